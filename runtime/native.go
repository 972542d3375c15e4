package runtime

import (
	"cmp"
	_ "embed"
	"net/url"
	"os"
	"path/filepath"
	goruntime "runtime"
	"slices"
	"sort"
	"sync"

	"github.com/dop251/goja"
)

//go:embed js/loader.js
var loaderSource string

//go:embed js/errors.js
var errorsSource string

//go:embed js/node_errors.js
var nodeErrorsSource string

//go:embed js/callsites.js
var callSitesSource string

// callSitesProgram makes the CallSites a user's Error.prepareStackTrace
// gets; errors.js compiles it when first needed.
var callSitesProgram = internalProgram("node:internal/error_stack/callsites", "", callSitesSource)

// globalBinding says that globalThis[Name] is require(Module)[Prop] (or the
// module itself when Prop is empty), loaded on first use.
type globalBinding struct{ Name, Module, Prop string }

var (
	globalsMu sync.Mutex
	globals   []globalBinding
)

// RegisterGlobal makes globalThis[name] load from a core module on first use.
func RegisterGlobal(name, module, prop string) {
	globalsMu.Lock()
	globals = append(globals, globalBinding{name, module, prop})
	globalsMu.Unlock()
}

// installNative fills the object of Go helpers bootstrap.js and loader.js use.
func (rt *Runtime) installNative(n *goja.Object) {
	vm := rt.VM
	set := func(name string, v any) { _ = n.Set(name, v) }

	set("setInternal", func(o *goja.Object) { rt.internal = o })
	set("hasCore", func(name string) bool { _, ok := coreLoader(name); return ok })
	// node --expose-internals lets user code require internal/* modules
	// (Node's own tests do).
	set("evalName", cmp.Or(rt.Opts.EvalName, "[eval]"))
	set("evalModule", rt.Opts.EvalModule)
	set("evalPrints", rt.Opts.EvalPrints)
	set("exposeInternals", slices.Contains(rt.Opts.ExecArgv, "--expose-internals"))
	if slices.Contains(rt.Opts.ExecArgv, "--expose-gc") {
		set("gcFunction", rt.gcFunction())
	}
	set("coreNames", func() []string {
		names := CoreNames()
		sort.Strings(names)
		return names
	})
	set("loadCore", func(name string, module *goja.Object) {
		l, ok := coreLoader(name)
		if !ok {
			panic(vm.NewTypeError("no core module " + name))
		}
		l(rt, module)
	})
	set("ticksQueued", func() { rt.hasTicks = true })
	// The queue ran empty inside a callback: afterCallback need not enter
	// JS again to find it so.
	set("ticksDrained", func() { rt.hasTicks = false })
	set("immediatesFollow", rt.Loop.immediatesFollow)
	// A site the error was marked with (a loader's throw quoted as node's)
	// comes first.
	set("reportUncaught", func(err goja.Value) {
		where := rt.markedSite(err)
		if where == nil {
			where = rt.errorSite(err)
		}
		rt.fatal(err, where, "uncaughtException")
	})
	// reportModuleError is how node reports an error out of an ES module's
	// evaluation: where the error was made (V8's message for it), not
	// where it was thrown.
	set("reportModuleError", func(err goja.Value) {
		where := rt.markedSite(err)
		if where == nil {
			where = rt.errorSite(err)
		}
		rt.reword(err, where)
		rt.fatal(err, where, "uncaughtException")
	})
	set("isESMFile", isESMFile)
	// handleUncaught is reportUncaught for an exception JS caught at the top
	// of a callback: worded as V8 words it, as one that reached Go is.
	set("handleUncaught", func(err goja.Value) {
		where := rt.markedSite(err)
		if where == nil {
			if where = rt.errorSite(err); where != nil {
				where = rt.siteAtThrow(where.file, where.line, where.col)
			}
		}
		rt.reword(err, where)
		rt.fatal(err, where, "uncaughtException")
	})
	set("nodeStack", rt.nodeStack)
	set("globals", func() [][]string {
		globalsMu.Lock()
		defer globalsMu.Unlock()
		out := make([][]string, len(globals))
		for i, g := range globals {
			out[i] = []string{g.Name, g.Module, g.Prop}
		}
		return out
	})

	// Loader.
	set("dirname", filepath.Dir)
	set("extname", filepath.Ext)
	set("cwd", func() string { d, _ := os.Getwd(); return d })
	set("resolve", func(request, dir string, fromESM bool) goja.Value {
		conditions := requireConditions
		if fromESM {
			conditions = importConditions
		}
		f, ne := resolveModule(request, dir, conditions)
		if ne != nil {
			panic(rt.nodeError("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", ne.message()))
		}
		if f != "" {
			return vm.ToValue(f)
		}
		return goja.Null()
	})
	set("nodeModulePaths", nodeModulePaths)
	set("markNamespace", markNamespace)
	flags := make([]any, len(nodeOptionsFlags))
	for i, f := range nodeOptionsFlags {
		flags[i] = f
	}
	set("nodeOptionsFlags", vm.NewArray(flags...))
	set("readSource", func(filename string) string {
		data, err := os.ReadFile(filename)
		if err != nil {
			panic(rt.SystemError(err, "open", filename))
		}
		return string(data)
	})
	set("compile", func(filename, source string, esm goja.Value) goja.Value {
		isESM := isESMFile(filename)
		if esm != nil && !goja.IsUndefined(esm) {
			isESM = esm.ToBoolean() // --input-type=module code
		}
		fn, err := rt.compileModuleAs(filename, source, isESM)
		if err != nil {
			if t, ok := err.(*jsThrow); ok {
				panic(t.value)
			}
			panic(vm.ToValue(err))
		}
		return fn
	})
	// -e code runs as a script in the global scope, as node's
	// vm.runInThisContext: its completion value is -p's result.
	set("runScript", func(name, code string) goja.Value {
		prg, serr := rt.CompileScript(name, "", code, "")
		if serr != nil {
			panic(serr)
		}
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	})
	set("joinPath", func(dir, p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(dir, p)
	})
	set("fileURL", fileURL)
	set("internalThrowSite", rt.internalThrowSite)
	set("fileURLToPath", func(s string) string {
		u, err := url.Parse(s)
		if err != nil {
			return s
		}
		return u.Path
	})
	// The loader and error programs are compiled when bootstrap first
	// asks for them, in the order it needs them.
	lazyProgram := func(name string, p programSource) {
		var fn goja.Callable
		set(name, func(call goja.FunctionCall) goja.Value {
			if fn == nil {
				fn = rt.runInternal(p)
			}
			v, err := fn(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	lazyProgram("loaderJS", loaderProgram)
	lazyProgram("nodeErrorsJS", nodeErrorsProgram)
	lazyProgram("errorsJS", errorStackProgram)
	lazyProgram("callSitesJS", callSitesProgram)

	rt.installProcessNative(n)
	rt.installModuleNative(n)
}

// gcFunction is node --expose-gc's global gc(): a full collection now
// (Go's collector has no minor one); {execution: 'async'} returns a
// promise, resolved once it is done.
func (rt *Runtime) gcFunction() *goja.Object {
	vm := rt.VM
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		goruntime.GC()
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if ex := o.Get("execution"); ex != nil && ex.String() == "async" {
				p, resolve, _ := vm.NewPromise()
				_ = resolve(goja.Undefined())
				return vm.ToValue(p)
			}
		}
		return goja.Undefined()
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("gc"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return fn
}
