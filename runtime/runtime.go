package runtime

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// NodeVersion is the Node.js release whose behaviour gocluster reproduces.
const NodeVersion = "v20.20.2"

// Version is gocluster's own version.
const Version = "0.1.0"

// Options configure one process-like runtime.
type Options struct {
	Script   string // path of the main script ("" with Eval)
	Eval     string // code given with -e
	EvalName string // the eval code's module name: "[eval]" (the default) or "[stdin]"
	// EvalModule: the eval code is an ES module (--input-type=module);
	// EvalPrints: it came with -p, which an ES module cannot have.
	EvalModule, EvalPrints bool
	Args                   []string // arguments after the script
	ExecPath               string   // the gocluster binary
	ExecArgv               []string // options given before the script
	Preload                []string // -r modules
	Imports                []string // --import modules, loaded (and awaited) after Preload
	Stdout                 io.Writer
	Stderr                 io.Writer
	Worker                 *WorkerOptions // set in a worker thread (worker.go)
}

// Runtime is one JS world: a goja VM, its event loop, its modules and its
// process object. It is not safe for concurrent use; other goroutines reach
// it only through Loop.Post.
type Runtime struct {
	VM   *goja.Runtime
	Loop *Loop
	Opts Options

	internal *goja.Object // the object bootstrap.js returns
	native   *goja.Object // Go helpers handed to bootstrap.js

	makeCallback      goja.Callable
	makeCallbackApply goja.Callable
	processTicks      goja.Callable

	hasTicks       bool
	rejections     []rejection
	reported       map[*goja.Promise]int // rejection id of a reported promise
	pendingHandled []handledLate
	lastRejection  int    // the last rejection id given
	rejectionMode  string // --unhandled-rejections, read on first use

	corePrograms map[string]*goja.Program

	sources      map[string]string     // module sources, for fatal reports
	lineCache    map[string][]string   // sources split into lines, by file
	wrappedFiles map[string]bool       // files whose line 1 carries the wrapper
	mappedFiles  map[string]bool       // names positions take through a source map
	esmModules   map[string]*esmModule // ES modules converted, by file (esm_async.go)
	siteSymbol   *goja.Symbol          // key of the report site marked on errors

	asyncGenReady bool // __gocluster_agen is defined (lower_asyncgen.go)

	signalWatches map[string]*signalWatch

	exiting  bool
	exitCode int
	onExit   []func()

	terminated  atomic.Bool // Terminate was called (worker.go)
	runningMain bool        // the main script or eval code is running
	fatalOrigin string      // the origin of the exception fatal reports
	privateEnv  *workerEnv  // a worker's own environment (worker.go)
}

// ModuleLoader fills module.exports for a core module.
type ModuleLoader func(rt *Runtime, module *goja.Object)

var (
	coreMu      sync.RWMutex
	coreModules = map[string]ModuleLoader{}
)

// RegisterCore makes a core module available to require(name) and
// require('node:' + name).
func RegisterCore(name string, loader ModuleLoader) {
	coreMu.Lock()
	coreModules[name] = loader
	coreMu.Unlock()
}

func coreLoader(name string) (ModuleLoader, bool) {
	coreMu.RLock()
	defer coreMu.RUnlock()
	l, ok := coreModules[name]
	return l, ok
}

// CoreNames lists the registered core modules.
func CoreNames() []string {
	coreMu.RLock()
	defer coreMu.RUnlock()
	names := make([]string, 0, len(coreModules))
	for n := range coreModules {
		names = append(names, n)
	}
	return names
}

//go:embed js/bootstrap.js
var bootstrapSource string

// New makes a runtime ready to run opts.Script.
func New(opts Options) (*Runtime, error) {
	precompileBootstrap()
	growStack()
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.ExecPath == "" {
		if exe, err := os.Executable(); err == nil {
			opts.ExecPath = exe
		}
	}
	rt := &Runtime{
		VM:           goja.New(),
		Loop:         newLoop(),
		Opts:         opts,
		wrappedFiles: map[string]bool{},
		mappedFiles:  map[string]bool{},
		corePrograms: map[string]*goja.Program{},
	}
	if opts.Worker != nil && opts.Worker.Env != nil {
		rt.privateEnv = &workerEnv{vars: opts.Worker.Env}
	}
	rt.VM.SetParserOptions(parser.WithSourceMapLoader(loadSourceMap))
	rt.VM.SetMaxCallStackSize(maxCallDepth)
	rt.VM.SetPromiseRejectionTracker(rt.trackRejection)
	InstallJSON(rt.VM)
	if err := rt.bootstrap(); err != nil {
		return nil, err
	}
	return rt, nil
}

func (rt *Runtime) bootstrap() error {
	rt.native = rt.VM.NewObject()
	rt.installNative(rt.native)
	prg, err := compiled(bootstrapProgram)
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	fnv, err := rt.VM.RunProgram(prg)
	if err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	fn, _ := goja.AssertFunction(fnv)
	res, err := fn(goja.Undefined(), rt.native)
	if err != nil {
		return fmt.Errorf("bootstrap: %s", describeError(err))
	}
	_ = res
	rt.makeCallback = rt.internalFunc("makeCallback")
	rt.makeCallbackApply = rt.internalFunc("makeCallbackApply")
	rt.processTicks = rt.internalFunc("processTicks")
	return nil
}

func (rt *Runtime) internalFunc(name string) goja.Callable {
	fn, ok := goja.AssertFunction(rt.internal.Get(name))
	if !ok {
		panic("bootstrap did not define " + name)
	}
	return fn
}

// Process is the JS process object.
func (rt *Runtime) Process() *goja.Object {
	return rt.internal.Get("process").ToObject(rt.VM)
}

// Require loads a core module by name (without the node: prefix).
func (rt *Runtime) Require(name string) (goja.Value, error) {
	var v goja.Value
	err := rt.try(func() {
		fn, _ := goja.AssertFunction(rt.internal.Get("requireCore"))
		var err error
		v, err = fn(goja.Undefined(), rt.VM.ToValue(name))
		if err != nil {
			panic(err)
		}
	})
	return v, err
}

// RunCoreJS runs the body of a JS core module as a function of
// (exports, require, module, binding), compiled once per process.
func (rt *Runtime) RunCoreJS(name, source string, module *goja.Object, binding goja.Value) {
	prg, ok := rt.corePrograms[name]
	if !ok {
		var err error
		prg, err = compiled(coreModule(name, source))
		if err != nil {
			panic(rt.VM.NewGoError(fmt.Errorf("core module %s: %w", name, err)))
		}
		rt.corePrograms[name] = prg
	}
	fnv, err := rt.VM.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	if binding == nil {
		binding = goja.Undefined()
	}
	req := rt.internal.Get("requireCore")
	if _, err := fn(goja.Undefined(), module.Get("exports"), req, module, binding); err != nil {
		panic(err)
	}
}

// PrecompileCoreJS starts compiling the body of a JS core module on another
// goroutine, for a RunCoreJS of the same name and source soon after. A
// module calls it for the files its body is certain to load, so that they
// compile while it compiles and runs its own: compiling is most of what
// loading a core module costs.
func PrecompileCoreJS(name, source string) {
	precompile(coreModule(name, source))
}

// try runs f, turning a goja panic into an error.
func (rt *Runtime) try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *goja.Exception:
				err = e
			case *goja.InterruptedError:
				err = e
			case error:
				err = e
			default:
				panic(r)
			}
		}
	}()
	f()
	return nil
}

// Run executes the main script (or -e code) and turns the event loop until
// the process would exit. It returns the exit code.
func (rt *Runtime) Run() int {
	code, done := rt.guard(func() {
		rt.runStartup()
		main := rt.internal.Get("runMain")
		script := rt.Opts.Script
		if script != "" {
			if abs, err := filepath.Abs(script); err == nil {
				script = abs
			}
		}
		rt.runningMain = true
		rt.MakeCallback(main, goja.Undefined(), rt.VM.ToValue(script), rt.VM.ToValue(rt.Opts.Eval),
			rt.VM.ToValue(rt.Opts.Preload), rt.VM.ToValue(rt.Opts.Imports))
		rt.runningMain = false
	})
	if done {
		return code
	}
	for {
		code, done = rt.guard(rt.Loop.run)
		if done {
			return code
		}
		// The loop is empty: 'beforeExit' may schedule more work.
		code, done = rt.guard(func() { rt.emitProcess("beforeExit", rt.VM.ToValue(rt.currentExitCode())) })
		if done {
			return code
		}
		if !rt.Loop.alive() {
			break
		}
		rt.Loop.stopped = false
	}
	code, _ = rt.guard(func() { rt.exit(rt.currentExitCode()) })
	return code
}

// exitUnwind is panicked through goja (which lets foreign panics pass
// without running JS finally blocks, as process.exit skips them in Node) up
// to guard, once the process has decided to exit.
type exitUnwind struct{ code int }

// guard runs f and reports whether the process ended (process.exit, or a
// fatal exception), with its exit code.
func (rt *Runtime) guard(f func()) (code int, done bool) {
	defer func() {
		if r := recover(); r != nil {
			if u, ok := r.(exitUnwind); ok {
				code, done = u.code, true
				return
			}
			if rt.terminated.Load() {
				// Interrupted by Terminate wherever the JS was.
				rt.exiting = true
				rt.runExitHooks()
				code, done = 1, true
				return
			}
			code, done = rt.internalFailure(r), true
		}
	}()
	f()
	return 0, false
}

// internalFailure reports a bug in gocluster itself (a Go panic that
// escaped a native function) as a fatal error, without a Go stack trace
// unless GOCLUSTER_DEBUG is set, and ends the process with code 70.
func (rt *Runtime) internalFailure(r any) int {
	msg := fmt.Sprintf("gocluster internal error: %v", r)
	if os.Getenv("GOCLUSTER_DEBUG") != "" {
		msg += "\n" + string(debug.Stack())
	}
	rt.writeStderr(msg + "\n")
	rt.exiting = true
	rt.exitCode = 70
	rt.runExitHooks()
	return 70
}

// call invokes a JS function as a macrotask: then nextTicks, microtasks and
// unhandled rejections are processed, and an exception is handled the way
// Node handles an uncaught one.
func (rt *Runtime) call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	res, err := fn(this, args...)
	thrown := 0
	if err != nil {
		rt.handleError(err)
		if rt.Loop.immediatesFollow() {
			// An immediate threw and more are due in this check phase:
			// they start before its ticks, as in node (JS's makeCallback,
			// called for the next one, finds the tick queue not empty).
			rt.hasTicks = false
			return res
		}
		// The throw may have cut a tick drain short: what is left in the
		// queue still runs, once the exception has been handled. (Node
		// leaves them to the next callback, but goja runs promise jobs as
		// the call returns: running ticks now keeps them first.)
		rt.hasTicks = true
		thrown = 1
	}
	rt.drainAfterCallback(thrown)
	return res
}

// MakeCallback calls a JS function from the event loop (a timer, an I/O
// completion, an event from another goroutine), as Node's MakeCallback does.
// Up to three arguments go as they are, with their count, so that JS makes
// no array for them.
func (rt *Runtime) MakeCallback(fn goja.Value, this goja.Value, args ...goja.Value) goja.Value {
	var fixed [6]goja.Value
	switch len(args) {
	case 0, 1, 2, 3:
		fixed[0], fixed[1], fixed[2] = fn, this, rt.VM.ToValue(len(args))
		n := 3 + copy(fixed[3:], args)
		return rt.call(rt.makeCallback, goja.Undefined(), fixed[:n]...)
	default:
		return rt.call(rt.makeCallbackApply, goja.Undefined(), fn, this, rt.VM.NewArray(toAny(args)...))
	}
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func (rt *Runtime) afterCallback() { rt.drainAfterCallback(0) }

// drainAfterCallback runs the ticks, then the rejection handling, after a
// callback during which thrown exceptions were handled.
func (rt *Runtime) drainAfterCallback(thrown int) {
	for rt.hasTicks || len(rt.rejections) > 0 || len(rt.pendingHandled) > 0 {
		if rt.hasTicks {
			rt.hasTicks = false
			if _, err := rt.processTicks(goja.Undefined()); err != nil {
				rt.handleError(err)
				// After a second throw the rest waits for the next
				// callback, as bootstrap.js's catching drain does.
				thrown++
				rt.hasTicks = thrown < 2
			}
			continue
		}
		rt.processRejections()
	}
}

// handleError deals with an exception that reached the top of a callback.
func (rt *Runtime) handleError(err error) {
	rt.endIfTerminated()
	if rt.stackOverflow(err) {
		return
	}
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		ex = rt.asException(err)
	}
	rt.uncaught(ex)
}

func (rt *Runtime) asException(err error) *goja.Exception {
	var ex *goja.Exception
	rerr := rt.try(func() { panic(rt.VM.NewGoError(err)) })
	errors.As(rerr, &ex)
	return ex
}

// emitProcess emits a process event from the loop as node does, through
// MakeCallback: the ticks the listeners queue run before their promise jobs.
func (rt *Runtime) emitProcess(event string, args ...goja.Value) bool {
	all := append([]goja.Value{rt.VM.ToValue(event)}, args...)
	res := rt.MakeCallback(rt.Process().Get("emit"), rt.Process(), all...)
	return res != nil && res.ToBoolean()
}

func (rt *Runtime) currentExitCode() int { return rt.exitCodeOr(0) }

// exitCodeOr is process.exitCode when the program set one, else def: the
// code node ends with (its env->exit_code(default)).
func (rt *Runtime) exitCodeOr(def int) int {
	v := rt.Process().Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	return int(v.ToInteger())
}

// exit is the natural end: the 'exit' event, then the process ends with
// process.exitCode. It never returns: it unwinds to guard. The event is
// emitted even when process.exit() emitted it already and the program went
// on (its 'exit' listener threw and the throw was caught), as node does.
// A throwing listener's exception is an uncaught exception like any other.
func (rt *Runtime) exit(code int) {
	defer rt.runExitHooks()
	if err := rt.emitExit(code); err != nil {
		rt.handleError(err)
	}
	// A promise the listeners rejected unhandled is still fatal, as node
	// reports it after its 'exit' event.
	rt.afterCallback()
	panic(exitUnwind{rt.exitCodeOr(0)})
}

// emitExit marks the process as exiting and emits 'exit', returning the
// exception a listener threw: as in node, it is thrown on from
// process.exit(), or is uncaught at a natural exit.
func (rt *Runtime) emitExit(code int) error {
	rt.exiting = true
	p := rt.Process()
	p.Set("_exiting", true)
	emit, _ := goja.AssertFunction(p.Get("emit"))
	_, err := emit(p, rt.VM.ToValue("exit"), rt.VM.ToValue(code))
	return err
}

// hardExit ends the process without the 'exit' event, as Node does when an
// 'uncaughtException' handler itself throws.
func (rt *Runtime) hardExit(code int) {
	rt.exiting = true
	rt.exitCode = code
	rt.runExitHooks()
	panic(exitUnwind{code})
}

func (rt *Runtime) runExitHooks() {
	rt.Loop.Stop()
	hooks := rt.onExit
	rt.onExit = nil
	for _, f := range hooks {
		f()
	}
	rt.Loop.closePoll()
}

// OnExit registers f to run when the process exits (close handles, kill
// children that must not outlive it).
func (rt *Runtime) OnExit(f func()) { rt.onExit = append(rt.onExit, f) }

// ModuleClass is the CommonJS loader's Module constructor.
func (rt *Runtime) ModuleClass() goja.Value { return rt.internal.Get("Module") }
