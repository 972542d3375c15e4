package runtime

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
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

func (s programSource) text() string { return s.head + s.body + "\n})" }

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
	p.prg, p.err = goja.Compile(p.src.filename, p.src.text(), true)
}

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

// precompile compiles src on another goroutine, unless someone has started
// by the time that goroutine runs: a caller that needs it first compiles it
// itself rather than wait for a goroutine that has no CPU yet.
func precompile(src programSource) {
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
	loaderProgram     = internalProgram("node:internal/modules/cjs/loader", "internal, native, requireCore", loaderSource)
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
