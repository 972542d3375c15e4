package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// uncaught handles an exception no JS code caught: 'uncaughtException'
// listeners get it, or the process prints it and exits 1, as Node does.
func (rt *Runtime) uncaught(ex *goja.Exception) {
	where := rt.throwSite(ex)
	rt.reword(ex.Value(), where)
	rt.fatal(ex.Value(), where, "uncaughtException")
}

// fatal reports err through process 'uncaughtException' listeners or, with
// none, prints it and exits. site is where it was thrown (file, line, col).
// It follows node's process._fatalException: a monitor or handler that
// throws ends the process with code 7, a _fatalException replaced by a
// non-function with code 6.
func (rt *Runtime) fatal(err goja.Value, where *site, origin string) {
	rt.fatalOrigin = origin
	p := rt.Process()
	if _, ok := goja.AssertFunction(p.Get("_fatalException")); !ok {
		// Printed by the thread itself, in a worker too (node's does).
		rt.printUncaught(err, where)
		rt.hardExit(6)
	}
	if !rt.emitInternal(p, "uncaughtExceptionMonitor", err, rt.VM.ToValue(origin)) {
		rt.hardExit(rt.fatalCode(7))
	}
	// process.setUncaughtExceptionCaptureCallback's callback takes it first.
	if capture, ok := goja.AssertFunction(rt.internal.Get("uncaughtCapture")); ok {
		if _, cerr := capture(goja.Undefined(), err); cerr != nil {
			rt.printFatal(cerr)
			rt.hardExit(rt.fatalCode(7))
		}
		rt.afterHandledException()
		return
	}
	if listenerCount(rt, p, "uncaughtException") > 0 {
		if ok := rt.emitInternal(p, "uncaughtException", err, rt.VM.ToValue(origin)); !ok {
			// A throwing handler is fatal with exit code 7, as in Node.
			rt.hardExit(rt.fatalCode(7))
		}
		rt.afterHandledException()
		return
	}
	// Unhandled: 'exit' first (unless the process is exiting already; what
	// its listeners throw is dropped), then the report, then the end with
	// process.exitCode, 1 unless a listener changed it.
	if !rt.exiting {
		p.Set("exitCode", 1)
		_ = rt.emitExit(1)
	}
	rt.reportFatal(err, where)
	rt.hardExit(rt.exitCodeOr(1))
}

// reportFatal prints an exception that ends the process; a worker's goes
// to its parent, as the Worker's 'error' event.
func (rt *Runtime) reportFatal(err goja.Value, where *site) {
	if rt.Opts.Worker != nil && rt.Opts.Worker.OnFatal != nil {
		// A stack getter that throws leaves the stack as it was.
		_ = rt.try(func() { rt.prepareWorkerError(err, where) })
		rt.Opts.Worker.OnFatal(rt, err)
		return
	}
	rt.printUncaught(err, where)
}

// fatalCode is the exit code of a fatal failure of node's exception
// handling: a worker thread ends with 1 whatever it was.
func (rt *Runtime) fatalCode(code int) int {
	if rt.IsWorker() {
		return 1
	}
	return code
}

// afterHandledException queues an empty immediate, as node's handler of
// uncaught exceptions does so that the loop takes one more turn: a throw
// handled in a 'beforeExit' listener, for one, brings 'beforeExit' again.
// As a callback, it runs the ticks a drain cut short left waiting.
func (rt *Runtime) afterHandledException() {
	rt.Loop.NewImmediate(func() { rt.MakeCallback(rt.VM.ToValue(func() {}), goja.Undefined()) })
}

// emitInternal emits a process event from Go; an exception thrown by a
// listener is printed and reported as false.
func (rt *Runtime) emitInternal(p *goja.Object, event string, args ...goja.Value) bool {
	emit, _ := goja.AssertFunction(p.Get("emit"))
	_, err := emit(p, append([]goja.Value{rt.VM.ToValue(event)}, args...)...)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			rt.reportFatal(ex.Value(), rt.throwSite(ex))
		} else {
			rt.printFatal(err)
		}
		return false
	}
	return true
}

func listenerCount(rt *Runtime, obj *goja.Object, event string) int {
	fn, ok := goja.AssertFunction(obj.Get("listenerCount"))
	if !ok {
		return 0
	}
	n, err := fn(obj, rt.VM.ToValue(event))
	if err != nil {
		return 0
	}
	return int(n.ToInteger())
}

// site is a place in a script: where an exception was thrown.
type site struct {
	file      string
	line, col int
	width     int // carets under the line: a syntax error's token; 0 is one
	// linking: an ES module's import of a name not exported; node's report
	// has no blank line after its carets.
	linking bool
}

func (rt *Runtime) throwSite(ex *goja.Exception) *site {
	if s := rt.markedSite(ex.Value()); s != nil {
		return s
	}
	for _, f := range ex.Stack() {
		if p := f.Position(); p.Filename != "" && !strings.HasPrefix(p.Filename, "node:") {
			return rt.makeSite(p.Filename, p.Line, p.Column)
		}
	}
	return nil
}

// makeSite corrects a goja position for the module wrapper on line 1, and
// points at the `throw` when the line has exactly one, or at the later
// `throw err` of an error made on the line: goja reports where an Error was
// made, V8 where it was thrown.
func (rt *Runtime) makeSite(file string, line, col int) *site {
	return rt.siteAtThrow(file, line, rt.fixColumn(file, line, col))
}

// siteAtThrow is makeSite for a place whose column is V8's already (an
// error's stack, as errorSite reads it).
func (rt *Runtime) siteAtThrow(file string, line, col int) *site {
	text, ok := rt.sourceLine(file, line)
	if ok && strings.Count(text, "throw ") == 1 {
		col = strings.Index(text, "throw ") + 1
	} else if ok {
		if l, c := rt.laterThrow(file, line, text); l > 0 {
			line, col = l, c
		}
	}
	return &site{file: file, line: line, col: col}
}

var errorBinding = lazyRegexp(`^\s*(?:(?:const|let|var)\s+)?([\w$.]+)\s*=\s*new\s+[\w$.]*Error\b`)

// laterThrow finds where an error made on line (`const err = new
// Error(...)`) is thrown further down the same block (`throw err;`): the
// line and column of that throw, or 0.
func (rt *Runtime) laterThrow(file string, line int, text string) (int, int) {
	m := errorBinding().FindStringSubmatch(text)
	if m == nil {
		return 0, 0
	}
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	throw := regexp.MustCompile(`\bthrow\s+` + regexp.QuoteMeta(m[1]) + `\s*(?:;|$)`)
	for n := line + 1; n <= line+50; n++ {
		next, ok := rt.sourceLine(file, n)
		if !ok {
			break
		}
		body := strings.TrimLeft(next, " \t")
		if body != "" && len(next)-len(body) < indent {
			break // the block ended
		}
		if loc := throw.FindStringIndex(next); loc != nil {
			return n, loc[0] + 1
		}
	}
	return 0, 0
}

var stackPlace = lazyRegexp(`(?m)^\s+at (?:.*? \()?(.+?):(\d+):(\d+)(?:\(\d+\))?\)?$`)

// errorSite is where an Error object was made, read from its stack text:
// for a rejection Node points at the error's origin, not a throw.
func (rt *Runtime) errorSite(err goja.Value) *site {
	o, ok := err.(*goja.Object)
	if !ok || o == nil || !rt.isError(o) {
		return nil
	}
	// The stack in Node's form has its columns corrected already.
	for _, m := range stackPlace().FindAllStringSubmatch(rt.nodeStack(o.Get("stack").String()), -1) {
		if strings.HasPrefix(m[1], "node:") {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return &site{file: m[1], line: line, col: col}
	}
	return nil
}

// siteArrow is the head of a fatal report: the file and line where, the
// source line, carets under the site, and for an error a blank line.
func (rt *Runtime) siteArrow(where *site, isErr bool) string {
	if where == nil {
		return ""
	}
	line, ok := rt.sourceLine(where.file, where.line)
	if !ok {
		return ""
	}
	arrow := fmt.Sprintf("%s:%d\n%s\n%s%s\n", where.file, where.line, line, strings.Repeat(" ", max(where.col-1, 0)), strings.Repeat("^", max(where.width, 1)))
	if isErr && !where.linking {
		arrow += "\n"
	}
	return arrow
}

// printUncaught writes Node's fatal-exception report to stderr: the source
// line with a caret, the inspected value, and the Node.js version line.
func (rt *Runtime) printUncaught(err goja.Value, where *site) {
	var b strings.Builder
	isErr := rt.isError(err)
	if !isErr {
		b.WriteByte('\n')
	}
	b.WriteString(rt.siteArrow(where, isErr))
	_, isObj := err.(*goja.Object)
	switch {
	case isObj:
		b.WriteString(rt.inspect(err))
	case !isSymbol(err):
		// A thrown primitive is shown as V8 converts it to a string
		// (a symbol, which does not convert, as nothing).
		b.WriteString(err.String())
	}
	b.WriteByte('\n')
	if !isErr && !isObj {
		b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	fmt.Fprintf(&b, "\nNode.js %s\n", NodeVersion)
	rt.writeStderr(b.String())
}

// printFatal reports an error that is not a JS exception (an internal
// failure); it is still printed as a JS error would be, never as a Go panic.
func (rt *Runtime) printFatal(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		rt.reportFatal(ex.Value(), rt.throwSite(ex))
		return
	}
	rt.writeStderr(fmt.Sprintf("Error: %v\n\nNode.js %s\n", err, NodeVersion))
}

// writeStderr writes as the console does: EPIPE is an error to ignore, not
// os.File's SIGPIPE (node's report on a closed stderr exits with its code).
func (rt *Runtime) writeStderr(s string) {
	writeStdio(rt.Opts.Stderr, []byte(s))
}

// isError is V8's IsNativeError: made by an Error constructor (subclasses
// included), which is what Node's fatal report treats as an error.
func (rt *Runtime) isError(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && o != nil && o.ClassName() == "Error"
}

// inspect formats v as util.inspect does; it never throws.
func (rt *Runtime) inspect(v goja.Value) string {
	fn, _ := goja.AssertFunction(rt.internal.Get("inspectForError"))
	r, err := fn(goja.Undefined(), v)
	if err != nil {
		if v == nil {
			return "undefined"
		}
		return v.String()
	}
	return r.String()
}

var gojaFrame = lazyRegexp(`^\tat (.*?)(?:\((\d+)\))(\)?)$`)

// NodeStack rewrites goja's stack text ("\tat f (file:1:2(7))") into
// Node's form ("    at f (file:1:2)"); lines already in Node's form stay.
func NodeStack(s string) string { return convertStack(s, nil) }

// NodeStack converts goja stack text as NodeStack does, with the line-1
// column correction for this runtime's module files.
func (rt *Runtime) NodeStack(s string) string { return rt.nodeStack(s) }

// nodeStack is NodeStack plus the line-1 column correction for files that
// carry the module wrapper, and without goja's native frames.
func (rt *Runtime) nodeStack(s string) string { return convertStack(s, rt.fixColumn) }

// fixColumn corrects a column goja reports: line 1 of a CommonJS file
// carries the module wrapper, and positions read through a source map come
// back 0-based.
func (rt *Runtime) fixColumn(file string, line, col int) int {
	if line == 1 && rt.wrappedFiles[file] {
		col -= len(moduleWrapperHead)
	}
	if rt.mappedFiles[file] {
		col++
	}
	return callColumn(rt.sourceLines(file), line, col)
}

// callColumn moves a call's position from its '(' (goja's) to the start of
// the callee's last name (V8's): `a.b.run(x)` is reported at `run`.
func callColumn(lines []string, line, col int) int {
	if line < 1 || line > len(lines) {
		return col
	}
	text := lines[line-1]
	if col < 1 || col > len(text) || text[col-1] != '(' {
		return col
	}
	end := col - 1
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 && isNameByte(text[start-1]) {
		start--
	}
	if start == end || text[start] >= '0' && text[start] <= '9' {
		return col // `f()()`, `a[0]()`, `(fn)()`: V8 too reports these elsewhere
	}
	return start + 1
}

var framePos = lazyRegexp(`^(.*?\(?)((?:file://)?/[^:()]*|\[eval\]|\[stdin\]|\[worker eval\]):(\d+):(\d+)$`)

func convertStack(s string, fix func(file string, line, col int) int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	out := lines[:0]
	for i, l := range lines {
		if !strings.HasPrefix(l, "\tat ") {
			out = append(out, l)
			continue
		}
		if strings.HasSuffix(l, "(native)") || l == "\tat native" {
			continue
		}
		body := strings.TrimPrefix(l, "\tat ")
		if m := gojaFrame().FindStringSubmatch(l); m != nil {
			body = m[1] + m[3]
		}
		// Only goja's own lines get here, so a column is corrected once.
		if fix != nil {
			inner, close := body, ""
			if strings.HasSuffix(inner, ")") {
				inner, close = inner[:len(inner)-1], ")"
			}
			if p := framePos().FindStringSubmatch(inner); p != nil {
				line, _ := strconv.Atoi(p[3])
				col, _ := strconv.Atoi(p[4])
				body = p[1] + p[2] + ":" + p[3] + ":" + strconv.Itoa(fix(p[2], line, col)) + close
			}
		}
		if moduleCodeFrame(body, lines[i+1:]) {
			// V8 names a CommonJS module's top-level code by its receiver,
			// module.exports.
			body = "Object.<anonymous> (" + body + ")"
		}
		out = append(out, "    at "+body)
	}
	return strings.Join(out, "\n")
}

// moduleCodeFrame reports whether body (a converted frame) is a CommonJS
// module's top-level code: anonymous, in a file, called by the loader.
func moduleCodeFrame(body string, rest []string) bool {
	if !strings.HasPrefix(body, "/") || strings.Contains(body, " ") {
		return false
	}
	for _, next := range rest {
		if !strings.HasSuffix(next, "(native)") {
			return strings.HasPrefix(next, "\tat _compile (node:internal/modules/cjs/loader:")
		}
	}
	return false
}

// describeError renders an error from the VM for Go callers.
func describeError(err error) string {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return NodeStack(ex.String())
	}
	return err.Error()
}

// internalThrowSite makes the fatal report for err quote a line of Node's
// own code, as node's report does when the throw is inside node (a missing
// module, a failed assertion): file and text are what node shows, col is
// where its caret goes. The text becomes a line of a stand-in source.
func (rt *Runtime) internalThrowSite(err *goja.Object, file, text string, col int) {
	src := rt.sources[file]
	lines := strings.Split(src, "\n")
	line := 0
	for i, l := range lines {
		if l == text {
			line = i + 1
			break
		}
	}
	if line == 0 {
		if src == "" {
			src = text
			line = 1
		} else {
			src += "\n" + text
			line = len(lines) + 1
		}
		rt.rememberSource(file, src)
	}
	rt.markSite(err, &site{file: file, line: line, col: col})
}

// internalThrowSiteAt is internalThrowSite with node's line number too: the
// stand-in source gets the text at that line (when the line is free).
func (rt *Runtime) internalThrowSiteAt(err *goja.Object, file string, line int, text string, col int) {
	lines := strings.Split(rt.sources[file], "\n")
	for len(lines) < line {
		lines = append(lines, "")
	}
	if l := lines[line-1]; l != "" && l != text {
		rt.internalThrowSite(err, file, text, col)
		return
	}
	lines[line-1] = text
	rt.rememberSource(file, strings.Join(lines, "\n"))
	rt.markSite(err, &site{file: file, line: line, col: col})
}

// markSite records on err itself (so nothing outlives it) where the fatal
// report should point.
func (rt *Runtime) markSite(err *goja.Object, where *site) {
	if rt.siteSymbol == nil {
		rt.siteSymbol = goja.NewSymbol("gocluster.throwSite")
	}
	_ = err.DefineDataPropertySymbol(rt.siteSymbol, rt.VM.ToValue(where), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (rt *Runtime) markedSite(v goja.Value) *site {
	o, ok := v.(*goja.Object)
	if !ok || o == nil || rt.siteSymbol == nil {
		return nil
	}
	// An error never marked has no such property (GetSymbol gives nil).
	if v := o.GetSymbol(rt.siteSymbol); v != nil {
		if w, ok := v.Export().(*site); ok {
			return w
		}
	}
	return nil
}

func isSymbol(v goja.Value) bool {
	_, ok := v.(*goja.Symbol)
	return ok
}
