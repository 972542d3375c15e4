package runtime

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// Compiling JS is most of what starting a runtime costs (goja compiles every
// function of a file at once). A goja.Program is not tied to a runtime, so
// each internal program is compiled once per process, by whichever
// goroutine asks first, and shared by every runtime after that.

// jsProgram is one compilation, finished when done is closed.
type jsProgram struct {
	src  programSource
	done chan struct{}
	prg  *goja.Program
	err  error
}

// programSource is a program's file name and its text: body wrapped in
// head and "\n})" (a function expression). It is put together only when it
// compiles, so that naming a program costs no copy of its body.
type programSource struct{ filename, head, body string }

// text is the program's source in one buffer. The parser keeps its own
// string copy of whatever it is given, and a string given would be copied
// once more into bytes first: a []byte skips that second copy, which is
// garbage the size of every program compiled.
func (s programSource) text() []byte {
	const tail = "\n})"
	b := make([]byte, 0, len(s.head)+len(s.body)+len(tail))
	return append(append(append(b, s.head...), s.body...), tail...)
}

// programCache holds the internal programs compiled in this process, by
// file name, including those still compiling.
type programCache struct {
	mu      sync.Mutex
	entries map[string]*jsProgram
}

var programs = programCache{entries: map[string]*jsProgram{}}

// claim returns the compilation of src, and whether the caller must run it
// (nobody has started it yet).
func (c *programCache) claim(src programSource) (*jsProgram, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p, ok := c.entries[src.filename]; ok && p.src == src {
		return p, false
	}
	p := &jsProgram{src: src, done: make(chan struct{})}
	c.entries[src.filename] = p
	return p, true
}

func (p *jsProgram) compile() {
	defer close(p.done)
	// A panic in the compiler must not end the process from a background
	// goroutine: it becomes the error the program's user reports.
	defer func() {
		if r := recover(); r != nil {
			p.err = fmt.Errorf("compiler panic: %v", r)
		}
	}()
	start := time.Now()
	p.prg, p.err = compileSource(p.src.filename, p.src.text())
	if traceCompile {
		fmt.Fprintf(os.Stderr, "gocluster: compiled %-45s %7d B %6.2f ms\n",
			p.src.filename, len(p.src.body), float64(time.Since(start).Microseconds())/1000)
	}
}

// compileSource is goja.Compile (strict code) of a source in bytes.
func compileSource(filename string, text []byte) (*goja.Program, error) {
	ast, err := parser.ParseFile(nil, filename, text, 0)
	if err != nil {
		return nil, &goja.CompilerSyntaxError{CompilerError: goja.CompilerError{Message: err.Error()}}
	}
	return goja.CompileAST(ast, true)
}

// traceCompile (GOCLUSTER_TRACE_COMPILE=1) prints each internal program as
// it compiles, with its size and time: compiling is most of start-up, so
// this is the list to shorten.
var traceCompile = os.Getenv("GOCLUSTER_TRACE_COMPILE") != ""

// compiled returns the program of src (strict code), compiling it here
// unless this process already has, or another goroutine is doing so.
func compiled(src programSource) (*goja.Program, error) {
	p, isNew := programs.claim(src)
	if isNew {
		p.compile()
	}
	<-p.done
	return p.prg, p.err
}

// started reports whether src is compiled or compiling in this process.
func (c *programCache) started(src programSource) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.entries[src.filename]
	return ok && p.src == src
}

// CompiledPrograms lists the file names of the internal programs compiled
// (or compiling) in this process so far, for tests that check what a
// program loads.
func CompiledPrograms() []string {
	programs.mu.Lock()
	defer programs.mu.Unlock()
	names := make([]string, 0, len(programs.entries))
	for name := range programs.entries {
		names = append(names, name)
	}
	return names
}

// precompile compiles src on another goroutine, unless someone has started
// by the time that goroutine runs: a caller that needs it first compiles it
// itself rather than wait for a goroutine that has no CPU yet.
func precompile(src programSource) {
	if programs.started(src) {
		return
	}
	go func() {
		if p, isNew := programs.claim(src); isNew {
			growStack()
			p.compile()
		}
	}()
}

// runInternal compiles (once per process) and runs an internal program,
// and returns the function it evaluates to.
func (rt *Runtime) runInternal(src programSource) goja.Callable {
	prg, err := compiled(src)
	if err != nil {
		panic(rt.VM.NewGoError(fmt.Errorf("%s: %w", src.filename, err)))
	}
	fnv, err := rt.VM.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		panic(rt.VM.NewTypeError(src.filename + " is not a function"))
	}
	return fn
}

// coreModule is the program of a JS core module body: a function of
// (exports, require, module, binding), as RunCoreJS calls it.
func coreModule(name, body string) programSource {
	return programSource{"node:" + name, "(function(exports, require, module, binding){", body}
}

// The runtime's own programs, each the body of a function of the
// parameters given, under the file name stacks show.
var (
	bootstrapProgram  = internalProgram("node:internal/bootstrap", "native", bootstrapSource)
	errorStackProgram = internalProgram("node:internal/error_stack", "native", errorsSource)
	nodeErrorsProgram = internalProgram("node:internal/errors", "exports, requireCore, native", nodeErrorsSource)
	processProgram    = internalProgram("node:internal/process", "process, native, internal", processSource)
	loaderProgram     = internalProgram("node:internal/modules/cjs/loader", "internal, native, requireCore", loaderESMSource+loaderSource)
)

func internalProgram(filename, params, body string) programSource {
	return programSource{filename, "(function(" + params + "){", body}
}

var (
	bootstrapMu   sync.Mutex
	bootstrapCore []programSource
)

// RegisterBootstrapJS names the body of a JS core module that every runtime
// loads while it bootstraps (events: process is an EventEmitter), so that it
// compiles alongside the runtime's own programs.
func RegisterBootstrapJS(name, body string) {
	bootstrapMu.Lock()
	bootstrapCore = append(bootstrapCore, coreModule(name, body))
	bootstrapMu.Unlock()
}

// precompileBootstrap starts compiling, on other goroutines, the programs
// bootstrap needs last, while this one compiles those it needs first: on a
// machine with a core to spare the two halves overlap.
func precompileBootstrap() {
	bootstrapMu.Lock()
	later := append([]programSource{processProgram, loaderProgram}, bootstrapCore...)
	bootstrapMu.Unlock()
	for _, p := range later {
		precompile(p)
	}
}

var (
	prefetchMu sync.Mutex
	prefetch   = map[string]programSource{}
)

// RegisterCoreJS names the JS body that require(name) runs first, so that
// it can compile ahead: when a user's module quotes the name (as in
// require('name') or import from 'node:name'), the body starts compiling on
// another goroutine while the module itself compiles and runs.
func RegisterCoreJS(name, body string) {
	prefetchMu.Lock()
	prefetch[name] = coreModule(name, body)
	prefetchMu.Unlock()
}

// prefetchCore starts compiling the registered core modules source quotes.
// A name that is not a require after all costs a compilation on a core
// that would otherwise have been idle.
func prefetchCore(source string) {
	prefetchMu.Lock()
	defer prefetchMu.Unlock()
	for name, src := range prefetch {
		if quotesModule(source, name) {
			precompile(src)
		}
	}
}

func quotesModule(source, name string) bool {
	for i := 0; ; {
		j := strings.Index(source[i:], name)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(name)
		i = at + 1
		if end >= len(source) || !isQuote(source[end]) {
			continue
		}
		if at > 0 && isQuote(source[at-1]) || strings.HasSuffix(source[:at], "node:") {
			return true
		}
	}
}

func isQuote(c byte) bool { return c == '\'' || c == '"' || c == '`' }

// stackIndex is read by growStack so that the compiler keeps its frame.
var stackIndex = 0

// growStack grows the calling goroutine's stack to at least 64 KiB in one
// step, while it is shallow. Parsing and compiling JS recurse deeply; left
// to itself the stack doubles many times from 8 KiB, and each time Go
// copies it frame by frame, reading the binary's pc tables for every frame
// (a tenth of start-up's page faults).
//
//go:noinline
func growStack() byte {
	var frame [64 << 10]byte
	return frame[stackIndex]
}
