// Package util is require('util'). It is written in JS (util.js and the
// internal/*.js files it loads); this file runs those sources and builds the
// binding object of Go helpers they use to see engine internals (promise
// state, proxy targets, function kinds, collection iterators).
package util

import (
	"bytes"
	"embed"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "util"

// ComparisonsModuleName is an internal core module exporting isDeepEqual
// and isDeepStrictEqual, for assert to share util's deep-equality engine.
const ComparisonsModuleName = "internal/util/comparisons"

// InspectModuleName is an internal core module exporting inspect, format,
// formatWithOptions and stripVTControlCharacters without the rest of util.
const InspectModuleName = "internal/util/inspect"

//go:embed util.js internal/*.js
var sources embed.FS

// sourceText holds each embedded file as a string, made once per process:
// ReadFile copies, and the compile cache compares sources.
var sourceText sync.Map

func lookupSource(path string) (string, bool) {
	if s, ok := sourceText.Load(path); ok {
		return s.(string), true
	}
	b, err := sources.ReadFile(path)
	if err != nil {
		return "", false
	}
	s, _ := sourceText.LoadOrStore(path, string(b))
	return s.(string), true
}

func source(path string) string {
	s, ok := lookupSource(path)
	if !ok {
		panic("util: missing embedded source " + path)
	}
	return s
}

// eagerInternals are the internal files util.js loads as it runs; the rest
// load on first use.
var eagerInternals = []string{"inspect", "inspect_options", "format", "types", "errors", "debuglog"}

// internalDeps are the files an internal file loads as it runs, compiled on
// other goroutines while it compiles.
var internalDeps = map[string][]string{
	"inspect_walk": {"inspect_base", "inspect_kinds", "inspect_describe"},
}

// exposedInternals maps node's internal module names (required with
// --expose-internals) to the internal files that are them.
var exposedInternals = map[string]string{
	"internal/util":         "exposed_util",
	"internal/test/binding": "test_binding",
}

// WeakRefModuleName holds WeakRef and FinalizationRegistry, made globals
// here: goja has neither.
const WeakRefModuleName = "internal/weakref"

func init() {
	gort.RegisterCoreJS(ModuleName, source("util.js"))
	gort.RegisterCore(WeakRefModuleName, func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS(WeakRefModuleName, source("internal/weakref.js"), module, rt.VM.NewObject())
	})
	for _, name := range []string{"WeakRef", "FinalizationRegistry"} {
		gort.RegisterGlobal(name, WeakRefModuleName, name)
	}
	// What node --expose-internals lets a program require; the loader hides
	// internal/* names without the flag.
	for name, file := range exposedInternals {
		gort.RegisterCore(name, func(rt *gort.Runtime, module *goja.Object) {
			_ = module.Set("exports", loadInternal(rt, file))
		})
	}
	// require('sys') is util under its pre-1.0 name, with node's warning.
	gort.RegisterCore("sys", func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS("sys", sysModule, module, rt.VM.NewObject())
	})
}

const sysModule = `'use strict';
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
`

// Require fills module.exports for require('util').
func Require(rt *gort.Runtime, module *goja.Object) {
	// They compile on other goroutines while util.js compiles.
	for _, name := range eagerInternals {
		gort.PrecompileCoreJS("internal/util/"+name, source("internal/"+name+".js"))
	}
	rt.RunCoreJS(ModuleName, source("util.js"), module, bindingOf(rt).obj)
}

// TypesModuleName is util/types: the same object as require('util').types.
const TypesModuleName = "util/types"

// RequireTypes fills module.exports for util/types.
func RequireTypes(rt *gort.Runtime, module *goja.Object) {
	u, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	_ = module.Set("exports", u.ToObject(rt.VM).Get("types"))
}

// RequireComparisons fills module.exports for internal/util/comparisons.
func RequireComparisons(rt *gort.Runtime, module *goja.Object) {
	_ = module.Set("exports", loadInternal(rt, "comparisons"))
}

// RequireInspect fills module.exports for internal/util/inspect: Node's
// internal names (inspect, format, formatWithOptions, getStringWidth,
// stripVTControlCharacters, ...) plus previewEntries, for console.table.
func RequireInspect(rt *gort.Runtime, module *goja.Object) {
	b := bindingOf(rt)
	vm := rt.VM
	exp := vm.NewObject()
	// inspect and format now (the console's, and util's own instances);
	// the rest when first read, as they load the whole inspect walk.
	from := func(file string, names ...string) {
		src := b.load(file).ToObject(vm)
		for i := 0; i < len(names); i += 2 {
			_ = exp.Set(names[i], src.Get(names[i+1]))
		}
	}
	later := func(file string, names ...string) {
		for i := 0; i < len(names); i += 2 {
			name, prop := names[i], names[i+1]
			get := vm.ToValue(func() goja.Value { return b.load(file).ToObject(vm).Get(prop) })
			_ = exp.DefineAccessorProperty(name, get, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
	}
	from("inspect", "inspect", "inspect")
	from("format", "format", "format", "formatWithOptions", "formatWithOptions")
	later("inspect_base",
		"inspectDefaultOptions", "defaultOptions",
		"getStringWidth", "getStringWidth",
		"stripVTControlCharacters", "stripAnsi",
		"isZeroWidthCodePoint", "isZeroWidthCodePoint")
	later("inspect_errors", "identicalSequenceRange", "commonFrameRun")
	later("inspect_describe", "getOwnNonIndexProperties", "ownNonIndexKeys")
	_ = exp.Set("previewEntries", b.obj.Get("previewEntries"))
	_ = module.Set("exports", exp)
}

func loadInternal(rt *gort.Runtime, name string) goja.Value {
	return bindingOf(rt).load(name)
}

// bindings keeps one binding per runtime, so that util, its internal
// modules (internal/util/inspect, the console's) and their users share one
// instance of each file: one inspect, one set of default options.
var bindings sync.Map // *gort.Runtime -> *binding

func bindingOf(rt *gort.Runtime) *binding {
	if b, ok := bindings.Load(rt); ok {
		return b.(*binding)
	}
	b := newBinding(rt)
	bindings.Store(rt, b)
	rt.OnExit(func() { bindings.Delete(rt) })
	return b
}

// binding is the JS-visible helper object plus the cache of internal files
// already run for it: each internal file runs once per binding.
type binding struct {
	rt     *gort.Runtime
	obj    *goja.Object
	loaded map[string]*goja.Object // internal name -> its module object
}

func newBinding(rt *gort.Runtime) *binding {
	b := &binding{rt: rt, obj: rt.VM.NewObject(), loaded: map[string]*goja.Object{}}
	vm := rt.VM
	set := func(name string, v any) { _ = b.obj.Set(name, v) }
	set("load", func(call goja.FunctionCall) goja.Value {
		return b.load(call.Argument(0).String())
	})
	set("types", newTypes(vm))
	// Deep equality of big typed arrays in JS walks every element and every
	// index key; these do it in Go.
	set("sameViewBytes", func(a, b *goja.Object) bool {
		x, okA := viewBytes(vm, a)
		y, okB := viewBytes(vm, b)
		return okA && okB && bytes.Equal(x, y)
	})
	// Own string keys that are not array indices (all, or enumerable
	// ones), as node's getOwnNonIndexProperties; symbols are the caller's.
	set("nonIndexStringKeys", func(o *goja.Object, all bool) *goja.Object {
		keys := o.Keys()
		if all {
			keys = o.GetOwnPropertyNames()
		}
		var out []any // a JS array: callers push symbols onto it
		for _, k := range keys {
			if !isArrayIndex(k) {
				out = append(out, k)
			}
		}
		return vm.NewArray(out...)
	})
	// Object.keys done in Go, so inspect is unaffected by a program that
	// replaces Object.keys (node's inspect uses primordials).
	set("keys", func(o *goja.Object) *goja.Object {
		keys := o.Keys()
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return vm.NewArray(out...)
	})
	set("getProxyDetails", func(call goja.FunctionCall) goja.Value {
		return proxyDetails(vm, call.Argument(0), call.Argument(1).ToBoolean())
	})
	set("getPromiseDetails", func(call goja.FunctionCall) goja.Value {
		return promiseDetails(vm, call.Argument(0))
	})
	set("getConstructorName", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(internalClassName(call.Argument(0)))
	})
	set("previewEntries", func(call goja.FunctionCall) goja.Value {
		return previewEntries(vm, call.Argument(0), call.Argument(1).ToBoolean())
	})
	set("stringWidth", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(stringWidth(call.Argument(0).String()))
	})
	set("sleep", func(msec int64) { time.Sleep(time.Duration(msec) * time.Millisecond) })
	set("nodeDebug", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(nodeDebugEnv(rt))
	})
	set("uvErrorName", func(call goja.FunctionCall) goja.Value {
		if e, ok := uvErrorByCode(call.Argument(0).ToInteger()); ok {
			return vm.ToValue(e.name)
		}
		return goja.Undefined()
	})
	set("uvErrorMap", func(goja.FunctionCall) goja.Value {
		return uvErrorMap(vm)
	})
	set("nodeStack", func(s string) string { return gort.NodeStack(s) })
	set("nodeError", func(base, code, msg string) *goja.Object {
		return rt.NodeError(base, code, msg)
	})
	return b
}

// load runs internal/<name>.js once and returns its exports. The module is
// cached before it runs so that two files may require each other, as in
// CommonJS: the second sees the first's exports object as filled so far.
func (b *binding) load(name string) goja.Value {
	if m, ok := b.loaded[name]; ok {
		return m.Get("exports")
	}
	if strings.ContainsAny(name, "/\\.") {
		panic(b.rt.VM.NewTypeError("util: bad internal module name " + name))
	}
	src, ok := lookupSource("internal/" + name + ".js")
	if !ok {
		panic(b.rt.VM.NewTypeError("util: no internal module " + name))
	}
	for _, dep := range internalDeps[name] {
		if _, ok := b.loaded[dep]; !ok {
			gort.PrecompileCoreJS("internal/util/"+dep, source("internal/"+dep+".js"))
		}
	}
	vm := b.rt.VM
	module := vm.NewObject()
	_ = module.Set("exports", vm.NewObject())
	b.loaded[name] = module
	b.rt.RunCoreJS("internal/util/"+name, src, module, b.obj)
	return module.Get("exports")
}

// nodeDebugEnv is NODE_DEBUG as the process was started with.
func nodeDebugEnv(rt *gort.Runtime) string {
	env := rt.Process().Get("env")
	if env == nil || goja.IsUndefined(env) || goja.IsNull(env) {
		return ""
	}
	v := env.ToObject(rt.VM).Get("NODE_DEBUG")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// viewBytes is the memory an ArrayBuffer view (a typed array, a DataView, a
// Buffer) covers, without copying it.
func viewBytes(vm *goja.Runtime, v *goja.Object) ([]byte, bool) {
	ab, ok := v.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	data := ab.Bytes()
	off, n := v.Get("byteOffset").ToInteger(), v.Get("byteLength").ToInteger()
	if off < 0 || n < 0 || off+n > int64(len(data)) {
		return nil, false
	}
	return data[off : off+n], true
}

// isArrayIndex reports whether key is a canonical array index ("0", "17",
// not "017" or "-1").
func isArrayIndex(key string) bool {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return false
	}
	n := uint64(0)
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
	}
	return n < 1<<32-1
}
