package runtime

import (
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// moduleWrapperHead wraps a CommonJS file. It stays on the file's first line
// so line numbers are the file's own; columns on line 1 shift by its length,
// which positions are corrected for.
const moduleWrapperHead = "(function (exports, require, module, __filename, __dirname) { "

// esmWrapperHead wraps an ES module: the same arguments, but the last two
// under names of the same length that ES code does not use, since an ES
// module has no __filename or __dirname and often declares its own
// (`const __dirname = path.dirname(fileURLToPath(import.meta.url))`).
const esmWrapperHead = "(function (exports, require, module, __gcfile__, __gcdir__) { "

// importMetaPrologue defines what esbuild's output refers to for import.meta.
const importMetaPrologue = "var __gocluster_module = module, __gocluster_require = require._esm ? require._esm() : require; var module = void 0, exports = void 0, require = __gocluster_require; var __gocluster_import_meta = { get url() { return __gocluster_require._metaURL(); }, filename: __gcfile__, dirname: __gcdir__, resolve: (s) => __gocluster_require._metaResolve(s) };"

// In node mode esbuild gives an importer default = module.exports, which is
// Node's rule for CommonJS but wrong for a module that was ESM itself. An
// ES module has one namespace object, whoever imports it, with its own
// default: esbuild's __toESM is renamed and called through the loader,
// which gives that namespace for a module marked as ESM (loader.js's
// markESM) and leaves the rest to esbuild's helper. Modules are marked as
// soon as their exports object exists, before they import anything, so
// that a module importing them in a cycle already sees them as ESM.
const (
	esmMarkPrologue = "__gocluster_require._markESM(__gocluster_module.exports);"
	esbuildToESM    = "var __toESM = ("
	cachedToESM     = "var __toESM = (mod, isNodeMode) => __gocluster_require._namespace(mod, isNodeMode, __gocluster_toESM), __gocluster_toESM = ("
	// In CommonJS that esbuild lowered (for its import()), require is the
	// module's own.
	cachedToESMInCJS = "var __toESM = (mod, isNodeMode) => require._namespace(mod, isNodeMode, __gocluster_toESM), __gocluster_toESM = ("
)

// compileModule turns a file's source into its wrapper function. ESM (by
// extension, package "type", or import/export syntax that CommonJS rejects)
// and syntax goja lacks go through esbuild first, with an inline source map
// so positions still name the user's own lines.
func (rt *Runtime) compileModule(filename, source string) (goja.Value, error) {
	return rt.compileModuleAs(filename, source, isESMFile(filename))
}

// compileModuleAs is compileModule, told whether the source is an ES module.
func (rt *Runtime) compileModuleAs(filename, source string, esm bool) (goja.Value, error) {
	source = stripHashbang(source)
	rt.rememberSource(filename, source)
	rt.rememberSource(fileURL(filename), source)
	code := source
	wrapped := true
	if esm {
		wrapped = false
		var err error
		if code, err = rt.transformModule(filename, source, true); err != nil {
			return nil, rt.transformError(filename, err)
		}
		rt.mappedFiles[fileURL(filename)] = true
	}
	prefetchCore(source)
	if err := rt.asyncGenFor(code); err != nil {
		return nil, err
	}
	head := moduleWrapperHead
	if !wrapped {
		head = esmWrapperHead
	}
	wrappedSrc := lowerPropertyEscapes(head + code + "\n})")
	prg, err := compileSafely(filename, wrappedSrc)
	if err != nil && code == source {
		// CommonJS that does not parse may be ESM or use syntax goja lacks:
		// esbuild can fix both; if it cannot, the original error stands.
		// Lowering as CommonJS comes first: the words "import " or "export "
		// in a comment do not make a file ESM (undici's async generators).
		attempts := []bool{false}
		if looksLikeESM(source) {
			attempts = append(attempts, true)
		}
		for _, esm := range attempts {
			alt, terr := transformESM(filename, source, esm)
			if terr != nil {
				continue
			}
			head := moduleWrapperHead
			if esm {
				head = esmWrapperHead
			}
			if err := rt.asyncGenFor(alt); err != nil {
				return nil, err
			}
			if p2, err2 := compileSafely(filename, lowerPropertyEscapes(head+alt+"\n})")); err2 == nil {
				prg, err, wrapped = p2, nil, false
				if esm {
					rt.mappedFiles[fileURL(filename)] = true
				} else {
					rt.mappedFiles[filename] = true
				}
				break
			}
		}
	}
	if err != nil {
		return nil, rt.syntaxError(filename, wrappedSrc, err)
	}
	if wrapped {
		rt.wrappedFiles[filename] = true
	}
	return rt.VM.RunProgram(prg)
}

// compileSafely is goja.Compile (sloppy mode) with a panic of its parser
// returned as an error. goja's lexer panics on one valid literal: the
// escape '\u{10FFFF}' (its scan stops at U+10FFFF before the closing
// brace), which esbuild's output, tried next for a module, spells as the
// character itself. eval and new Function reach goja's parser directly and
// still fail on it.
func compileSafely(filename, src string) (prg *goja.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			prg, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return goja.Compile(filename, src, false)
}

// parseSafely is goja's parse for its error list, with a parser panic
// (see compileSafely) as a plain error.
func parseSafely(filename, src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	_, err = parser.ParseFile(nil, filename, src, 0, parser.WithDisableSourceMaps)
	return err
}

// fileURL is node's url.pathToFileURL(path).href for an absolute path:
// these bytes, and any outside ASCII, are percent-encoded. The module of
// --input-type=module code, [eval1], keeps its brackets, as node's does.
func fileURL(path string) string {
	const encoded = " \"#%<>?[\\]^`{|}~\x7f"
	var b strings.Builder
	b.WriteString("file://")
	name := path
	if dir, ok := strings.CutSuffix(path, "/[eval1]"); ok {
		name = dir + "/"
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < 0x20 || c >= 0x80 || strings.IndexByte(encoded, c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	if name != path {
		b.WriteString("[eval1]")
	}
	return b.String()
}

func stripHashbang(s string) string {
	if strings.HasPrefix(s, "#!") {
		return "//" + s[2:]
	}
	return s
}

func looksLikeESM(s string) bool {
	return strings.Contains(s, "import ") || strings.Contains(s, "export ") || strings.Contains(s, "import.meta") || strings.Contains(s, "import{") || strings.Contains(s, "export{")
}

// transformESM rewrites source with esbuild: ESM to CommonJS when esm is set,
// and in any case lowers syntax goja does not have.
func transformESM(filename, source string, esm bool) (string, error) {
	code, _, err := transformCode(filename, source, esm, false)
	return code, err
}

// transformCode is transformESM, which also says whether it made the module
// async (esm_async.go): it does when the module awaits at its top level,
// or when async is set.
func transformCode(filename, source string, esm, async bool) (string, bool, error) {
	name := filename
	if esm {
		// Node names ES modules by URL in stacks and reports.
		name = fileURL(filename)
	}
	opts := api.TransformOptions{
		Loader:     api.LoaderJS,
		Sourcefile: name,
		Sourcemap:  api.SourceMapInline,
		Target:     api.ES2020,
		// Characters as they are, not as escapes goja may misread.
		Charset: api.CharsetUTF8,
		Supported: map[string]bool{
			"async-generator":     false,
			"for-await":           false,
			"dynamic-import":      false,
			"top-level-await":     true,
			"class-static-blocks": true,
			// Left as literals, which compile_regexp.go lowers where it can
			// (esbuild would make them RegExp calls that goja refuses).
			"regexp-set-notation": true,
			// export { x as "a name" }: a property name in CommonJS.
			"arbitrary-module-namespace-names": true,
		},
		LogLevel: api.LogLevelSilent,
	}
	if esm {
		opts.Format = api.FormatCommonJS
		opts.Platform = api.PlatformNode
		// An ES module has none of CommonJS's module-scope names: user code
		// sees module and exports undefined through the prologue, require
		// here (esbuild's own output keeps its require), and __filename and
		// __dirname not at all (esmWrapperHead names them otherwise).
		opts.Define = map[string]string{
			"import.meta": "__gocluster_import_meta",
			"require":     "undefined",
		}
	}
	var res api.TransformResult
	if !async {
		res = api.Transform(source, opts)
	}
	if esm && (async || isTopLevelAwaitError(res.Errors)) {
		// CommonJS has no top-level await: the body becomes an async function.
		first := res
		res, async = transformAsync(source, opts)
		if !async && len(first.Errors) > 0 {
			res = first
		}
	}
	if len(res.Errors) > 0 {
		e := res.Errors[0]
		te := &transformFailure{text: e.Text}
		if e.Location != nil {
			te.line, te.col = e.Location.Line, e.Location.Column+1
		}
		return "", false, te
	}
	// Before the prologues: the marks keep the source map in step.
	code := markAsyncGenerators(string(res.Code))
	if esm {
		code = strings.ReplaceAll(code, dynamicImportLowered, dynamicImportWaiting)
	} else {
		code = strings.ReplaceAll(code, dynamicImportLowered, dynamicImportInCJS)
		code = strings.ReplaceAll(code, esbuildToESM, cachedToESMInCJS)
	}
	if esm {
		code = strings.ReplaceAll(code, esbuildToESM, cachedToESM)
		// The module's exports object is esbuild's to set; user code sees no
		// `module` (the prologue hides it), so esbuild's line uses the saved one.
		code = toCommonJSLine().ReplaceAllString(code, "__gocluster_module.exports = __gocluster_require._markESM(__toCommonJS($1));")
		// export * from: esbuild copies the other module's exports onto it.
		code = reExportTarget().ReplaceAllString(code, "${1}__gocluster_module.exports);")
		prologue := importMetaPrologue + esmMarkPrologue
		if async {
			prologue += asyncPrologue
		}
		// The prologues have a line of their own, which the source map is
		// told of: on esbuild's first line they shifted its columns.
		code = prologue + "\n" + mapOneLineDown(code)
	}
	return code, async, nil
}

// syntaxError makes a JS SyntaxError whose throw site is the offending line,
// so the fatal report quotes it as Node does.
func (rt *Runtime) syntaxError(filename, src string, err error) error {
	msg := err.Error()
	line, col := 0, 0
	// goja flattens parse errors into text; parsing again gives positions.
	perr := parseSafely(filename, src)
	var list parser.ErrorList
	if errors.As(perr, &list) && len(list) > 0 {
		msg = v8SyntaxMessage(list[0].Message)
		line, col = list[0].Position.Line, list[0].Position.Column
	} else if ce, ok := err.(*goja.CompilerSyntaxError); ok {
		msg = ce.Message
		if ce.File != nil {
			p := ce.File.Position(ce.Offset)
			line, col = p.Line, p.Column
		}
	}
	width := tokenWidth(src, line, col)
	if line == 1 {
		col -= len(moduleWrapperHead)
	}
	e := rt.VM.NewObject()
	se, _ := rt.VM.New(rt.VM.Get("SyntaxError"), rt.VM.ToValue(msg))
	if se != nil {
		e = se
	}
	rt.markSite(e, &site{file: filename, line: line, col: col, width: width})
	return &jsThrow{value: e}
}

// tokenWidth is how many carets V8 puts under the token a syntax error
// names, at line:col (1-based) of src: a word or number, a quoted string,
// else one character.
func tokenWidth(src string, line, col int) int {
	for i := 1; i < line; i++ {
		nl := strings.IndexByte(src, '\n')
		if nl < 0 {
			return 1
		}
		src = src[nl+1:]
	}
	if col < 1 || col > len(src) {
		return 1
	}
	rest := src[col-1:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if rest == "" {
		return 1
	}
	if q := rest[0]; q == '"' || q == '\'' || q == '`' {
		for i := 1; i < len(rest); i++ {
			if rest[i] == '\\' {
				i++
			} else if rest[i] == q {
				return i + 1
			}
		}
		return 1
	}
	n := 0
	for n < len(rest) && (rest[n] == '_' || rest[n] == '$' || rest[n] >= '0' && rest[n] <= '9' || rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] >= 0x80) {
		n++
	}
	return max(n, 1)
}

// toCommonJSLine finds where esbuild sets an ES module's exports object.
var toCommonJSLine = lazyRegexp(`(?m)^module\.exports = __toCommonJS\((\w+)\);`)

// reExportTarget finds the module.exports esbuild's `export * from` names.
var reExportTarget = lazyRegexp(`(?m)^(__reExport\([^\n]*, )module\.exports\);`)

// Regexps for rare paths (syntax errors, top-level await) compile on first
// use: compiling them in the package's init costs every process start-up.
var unexpectedToken = lazyRegexp(`^Unexpected token (\S+)$`)

func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// v8SyntaxMessage words a goja parse error as V8 does where they differ.
func v8SyntaxMessage(m string) string {
	if sub := unexpectedToken().FindStringSubmatch(m); sub != nil && sub[1] != "ILLEGAL" {
		return "Unexpected token '" + sub[1] + "'"
	}
	return m
}

// transformFailure is esbuild's reason for rejecting a file.
type transformFailure struct {
	text      string
	line, col int
	width     int    // carets (0: one)
	file      string // where it is, when not the file being compiled
	link      bool   // an import naming what its module does not export
}

func (t *transformFailure) Error() string { return fmt.Sprintf("%d:%d: %s", t.line, t.col, t.text) }

// transformError reports an ES module esbuild could not convert as a
// SyntaxError at the place esbuild names.
func (rt *Runtime) transformError(filename string, err error) error {
	if ae, ok := err.(*attributeError); ok {
		e := rt.nodeError("TypeError", ae.code, ae.message)
		rt.internalThrowSiteAt(e, "node:internal/modules/esm/assert", ae.line, ae.text, ae.col)
		return &jsThrow{value: e}
	}
	te, ok := err.(*transformFailure)
	if !ok {
		return err
	}
	msg := te.text
	if strings.Contains(msg, "Top-level await") {
		msg = "top-level await is not supported by gocluster yet"
	}
	if te.file != "" {
		filename = te.file
	}
	e, _ := rt.VM.New(rt.VM.Get("SyntaxError"), rt.VM.ToValue(msg))
	rt.markSite(e, &site{file: fileURL(filename), line: te.line, col: te.col, width: te.width, linking: te.link})
	return &jsThrow{value: e}
}

// jsThrow is an error whose JS value a native function throws as is.
type jsThrow struct{ value *goja.Object }

func (s *jsThrow) Error() string { return s.value.String() }

func (rt *Runtime) rememberSource(filename, source string) {
	if rt.sources == nil {
		rt.sources = map[string]string{}
	}
	rt.sources[filename] = source
	delete(rt.lineCache, filename)
}

// sourceLine returns line n (1-based) of a file the runtime loaded.
func (rt *Runtime) sourceLine(filename string, n int) (string, bool) {
	lines := rt.sourceLines(filename)
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}

// sourceLines splits a file's source once: stack traces read lines of the
// same files again and again (every new Error converts its frames).
func (rt *Runtime) sourceLines(filename string) []string {
	if lines, ok := rt.lineCache[filename]; ok {
		return lines
	}
	src, ok := rt.sources[filename]
	if !ok && !strings.HasPrefix(filename, "node:") {
		if data, err := os.ReadFile(filename); err == nil {
			src, ok = string(data), true
		}
	}
	var lines []string
	if ok {
		lines = strings.Split(src, "\n")
	}
	if rt.lineCache == nil {
		rt.lineCache = map[string][]string{}
	}
	rt.lineCache[filename] = lines
	return lines
}

// mapOneLineDown moves what code's inline source map says one line down,
// for a line put before code.
func mapOneLineDown(code string) string {
	return editInlineSourceMap(code, func(mappings string) string { return ";" + mappings })
}

// loadSourceMap reads source maps for goja: inline data URLs and files.
func loadSourceMap(path string) ([]byte, error) {
	const prefix = "data:application/json;base64,"
	if strings.HasPrefix(path, prefix) {
		return base64.StdEncoding.DecodeString(path[len(prefix):])
	}
	return os.ReadFile(path)
}
