// Package vm is require('vm'): scripts compiled under a file name, run in
// the main context or in a context made from a sandbox object, functions
// compiled from text, cached data, timeouts and memory measurement.
//
// goja has one realm per Runtime and its values cannot cross runtimes, so a
// context is not a realm of its own. A context is its sandbox object plus a
// global proxy: reads look in the sandbox first and then in the main global
// (so the builtins, Array, Object, JSON..., are the main context's ones),
// while writes, declarations and deletes go to the sandbox. Code run in a
// context is compiled as `with (this) { code }` and runs with the proxy as
// goja's global object, so that:
//
//   - top-level var and function declarations and assignments to undeclared
//     names land on the sandbox, and `this` at top level is the proxy;
//   - functions the code defines keep the sandbox in scope when they are
//     called later, after the run;
//   - reading a name that neither the sandbox nor the main global has
//     throws a ReferenceError.
//
// The differences from node, whose contexts are separate V8 realms:
// builtins are shared (`vm.runInNewContext('[]') instanceof Array` is true,
// node says false); node's own globals (process, Buffer, console,
// setTimeout...) show through from the main context where node's fresh
// context has none; a var declaration makes a non-configurable property on
// the sandbox (node's is configurable); top-level let, const and class stay
// inside the run instead of persisting in the context between runs; code is
// sloppy-mode even when it starts with 'use strict' (with is not allowed in
// strict code); and a function made in a context whose global lookups miss
// the sandbox reads the main global, as the main context's code does. None
// of this is a security boundary, which node's vm is not either.
package vm

import (
	_ "embed"
	"encoding/binary"
	goruntime "runtime"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "vm"

//go:embed js/vm.js
var source string

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports for require('vm').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, newBinding(rt))
}

type binding struct {
	rt         *gort.Runtime
	mainGlobal *goja.Object
	reflectHas goja.Callable
}

func newBinding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := &binding{rt: rt, mainGlobal: vm.GlobalObject()}
	b.reflectHas, _ = goja.AssertFunction(vm.Get("Reflect").ToObject(vm).Get("has"))
	o := vm.NewObject()
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("compile", b.compile)
	set("run", b.run)
	set("contextGlobal", b.contextGlobal)
	set("cachedData", b.cachedData)
	set("checkCachedData", b.checkCachedData)
	set("heapBytes", func() float64 {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return float64(ms.HeapAlloc)
	})
	set("afterGC", b.afterGC)
	set("topFunctions", topFunctions)
	return o
}

// afterGC(callback) calls callback on the loop once Go's collector has run
// (a finalizer runs after the cycle that found its object dead). It keeps
// no handle: a process that ends first never calls it, as with V8.
func (b *binding) afterGC(callback goja.Value) {
	sentinel := new([32]byte)
	goruntime.SetFinalizer(sentinel, func(*[32]byte) {
		b.rt.Loop.Post(func() { b.rt.MakeCallback(callback, goja.Undefined()) })
	})
}

// compile(filename, head, source, tail) returns the compiled program, an
// opaque value for run, or throws the SyntaxError.
func (b *binding) compile(filename, head, source, tail string) goja.Value {
	prg, synErr := b.rt.CompileScript(filename, head, source, tail)
	if synErr != nil {
		panic(synErr)
	}
	return b.rt.VM.ToValue(prg)
}

// topFunctions lists the functions source declares at its top level. In a
// context the code runs inside a block (the body of its with), where a
// function declaration is the block's own: vm.js copies these to the
// sandbox after the run, as node makes them globals of the context.
func topFunctions(source string) []string {
	prg, err := parser.ParseFile(nil, "", source, 0, parser.WithDisableSourceMaps)
	if err != nil {
		return nil // compiling reports the error
	}
	var names []string
	for _, st := range prg.Body {
		if fd, ok := st.(*ast.FunctionDeclaration); ok && fd.Function.Name != nil {
			names = append(names, string(fd.Function.Name.Name))
		}
	}
	return names
}

// timeoutToken is the interrupt value of one run's timeout.
type timeoutToken struct{ ms int64 }

// run(program, global, timeoutMs) runs a compiled program, with global (a
// context's proxy) as goja's global object when it is not undefined, and
// interrupts it after timeoutMs when that is above 0.
func (b *binding) run(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM
	prg, ok := call.Argument(0).Export().(*goja.Program)
	if !ok {
		panic(vm.NewTypeError("vm: not a compiled script"))
	}
	if g, ok := call.Argument(1).(*goja.Object); ok {
		saved := vm.GlobalObject()
		vm.SetGlobalObject(g)
		defer vm.SetGlobalObject(saved)
	}
	ms := call.Argument(2).ToInteger()
	if ms <= 0 {
		v, err := vm.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	}
	token := &timeoutToken{ms}
	var mu sync.Mutex
	done, fired := false, false
	timer := time.AfterFunc(time.Duration(ms)*time.Millisecond, func() {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			fired = true
			vm.Interrupt(token)
		}
	})
	v, err := vm.RunProgram(prg)
	timer.Stop()
	mu.Lock()
	done = true
	mu.Unlock()
	if ie, ok := err.(*goja.InterruptedError); ok && ie.Value() == token {
		vm.ClearInterrupt()
		panic(b.rt.NodeError("Error", "ERR_SCRIPT_EXECUTION_TIMEOUT",
			"Script execution timed out after "+call.Argument(2).String()+"ms"))
	}
	if fired && err == nil {
		// The timer went off as the script ended: the interrupt is ours
		// and no code saw it.
		vm.ClearInterrupt()
	}
	if err != nil {
		panic(err)
	}
	return v
}

// contextGlobal(sandbox) makes the global proxy of a context.
func (b *binding) contextGlobal(sandbox *goja.Object) *goja.Object {
	vm := b.rt.VM
	main := b.mainGlobal
	has := func(o *goja.Object, name string) bool {
		r, err := b.reflectHas(goja.Undefined(), o, vm.ToValue(name))
		if err != nil {
			panic(err)
		}
		return r.ToBoolean()
	}
	p := vm.NewProxy(sandbox, &goja.ProxyTrapConfig{
		Has: func(target *goja.Object, name string) bool {
			return has(target, name) || has(main, name)
		},
		Get: func(target *goja.Object, name string, receiver goja.Value) goja.Value {
			if has(target, name) {
				return target.Get(name)
			}
			return main.Get(name)
		},
	})
	return vm.ToValue(p).ToObject(vm)
}

// Cached data: goja has no code cache to save, so the data records what V8
// checks a cache against before using it: a format tag and the length of
// the source. A script given data that does not match reports
// cachedDataRejected as node does.
var cacheMagic = [4]byte{'g', 'c', 'v', 'm'}

func cacheRecord(source string) []byte {
	out := append(make([]byte, 0, 12), cacheMagic[:]...)
	return binary.LittleEndian.AppendUint64(out, uint64(len(source)))
}

func (b *binding) cachedData(source string) *goja.Object {
	return buffer.New(b.rt, cacheRecord(source))
}

// checkCachedData(bytes, source) reports whether data made by cachedData
// fits source. Like V8, it goes by the source's length, not its text.
func (b *binding) checkCachedData(data goja.Value, source string) bool {
	raw, ok := data.Export().([]byte)
	if !ok || len(raw) != 12 || [4]byte(raw[:4]) != cacheMagic {
		return false
	}
	return binary.LittleEndian.Uint64(raw[4:12]) == uint64(len(source))
}
