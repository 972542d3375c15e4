// Package stream is require('stream') and require('stream/promises'):
// Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished
// and the rest, written in JS over EventEmitter and Buffer.
//
// The implementation is split into parts (utils, destroy, readable, ...)
// that load each other through binding.load(name). The internal module
// "internal/streams" exposes that loader to other core modules (net,
// http) that need the shared helpers, such as destroy's errorOrDestroy.
package stream

import (
	_ "embed"
	"fmt"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "stream"

// PromisesModuleName is require('stream/promises').
const PromisesModuleName = "stream/promises"

// ConsumersModuleName is require('stream/consumers').
const ConsumersModuleName = "stream/consumers"

// Aliases are the old per-class module names, each exporting one class of
// require('stream').
var Aliases = map[string]string{
	"_stream_readable":    "Readable",
	"_stream_writable":    "Writable",
	"_stream_duplex":      "Duplex",
	"_stream_transform":   "Transform",
	"_stream_passthrough": "PassThrough",
}

// InternalModuleName is the core-only module holding the parts loader.
const InternalModuleName = "internal/streams"

var (
	//go:embed utils.js
	utilsJS string
	//go:embed legacy.js
	legacyJS string
	//go:embed destroy.js
	destroyJS string
	//go:embed eos.js
	eosJS string
	//go:embed abort.js
	abortJS string
	//go:embed state.js
	stateJS string
	//go:embed readable_state.js
	readableStateJS string
	//go:embed readable.js
	readableJS string
	//go:embed readable_flow.js
	readableFlowJS string
	//go:embed readable_iter.js
	readableIterJS string
	//go:embed from.js
	fromJS string
	//go:embed readable_pipe.js
	readablePipeJS string
	//go:embed writable.js
	writableJS string
	//go:embed writable_end.js
	writableEndJS string
	//go:embed duplex.js
	duplexJS string
	//go:embed pipeline.js
	pipelineJS string
	//go:embed compose.js
	composeJS string
	//go:embed operators.js
	operatorsJS string
	//go:embed web.js
	webJS string
	//go:embed stream.js
	streamJS string
	//go:embed consumers.js
	consumersJS string
)

type file struct{ name, src string }

// parts maps a part name to its files. A part of several files exports the
// union of their exports, and later files build on what earlier ones defined
// (so loading "readable" always gives the complete Readable).
var parts = map[string][]file{
	"utils":   {{"utils", utilsJS}},
	"legacy":  {{"legacy", legacyJS}},
	"destroy": {{"destroy", destroyJS}},
	"eos":     {{"end-of-stream", eosJS}},
	"abort":   {{"add-abort-signal", abortJS}},
	"state":   {{"state", stateJS}},
	"readable": {
		{"readable_state", readableStateJS}, {"readable", readableJS},
		{"readable_flow", readableFlowJS}, {"readable_iter", readableIterJS},
	},
	"writable":  {{"writable", writableJS}, {"writable_end", writableEndJS}},
	"duplex":    {{"duplex", duplexJS}},
	"from":      {{"from", fromJS}},
	"pipe":      {{"readable_pipe", readablePipeJS}},
	"pipeline":  {{"pipeline", pipelineJS}},
	"compose":   {{"compose", composeJS}},
	"operators": {{"operators", operatorsJS}},
	"web":       {{"web", webJS}},
}

// RequireInternal fills module.exports for internal/streams: { load(name) }.
func RequireInternal(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	cache := map[string]goja.Value{}
	b := vm.NewObject()
	var load func(name string) goja.Value
	load = func(name string) goja.Value {
		if v, ok := cache[name]; ok {
			return v
		}
		files, ok := parts[name]
		if !ok {
			panic(vm.NewGoError(fmt.Errorf("internal/streams: no part %q", name)))
		}
		var exports *goja.Object
		for i, f := range files {
			m := vm.NewObject()
			_ = m.Set("exports", vm.NewObject())
			rt.RunCoreJS("internal/streams/"+f.name, f.src, m, b)
			out := m.Get("exports").ToObject(vm)
			if i == 0 {
				exports = out
				cache[name] = exports
				continue
			}
			for _, k := range out.Keys() {
				_ = exports.Set(k, out.Get(k))
			}
		}
		return exports
	}
	_ = b.Set("load", load)
	_ = module.Get("exports").ToObject(vm).Set("load", load)
}

// InternalModules are the internal modules of Node's streams that node
// --expose-internals lets a program require (Node's tests do): each maps to
// a part and, when Node's module exports one value of it, that export.
var InternalModules = map[string]struct{ part, export string }{
	"internal/streams/add-abort-signal": {"abort", ""},
	"internal/streams/compose":          {"compose", "compose"},
	"internal/streams/state":            {"state", ""},
	"internal/webstreams/adapters":      {"web", "adapters"},
}

// RequireInternalModule returns the loader of one of InternalModules: the
// very part require('stream') runs on.
func RequireInternalModule(name string) gort.ModuleLoader {
	m := InternalModules[name]
	return func(rt *gort.Runtime, module *goja.Object) {
		parts, err := rt.Require(InternalModuleName)
		if err != nil {
			panic(err)
		}
		load, ok := goja.AssertFunction(parts.ToObject(rt.VM).Get("load"))
		if !ok {
			panic(rt.VM.NewTypeError("internal/streams: no loader"))
		}
		exports, err := load(goja.Undefined(), rt.VM.ToValue(m.part))
		if err != nil {
			panic(err)
		}
		if m.export != "" {
			exports = exports.ToObject(rt.VM).Get(m.export)
		}
		_ = module.Set("exports", exports)
	}
}

// Require fills module.exports for require('stream').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, streamJS, module, nil)
}

// RequirePromises fills module.exports for require('stream/promises'),
// which is the same object as require('stream').promises.
func RequirePromises(rt *gort.Runtime, module *goja.Object) {
	s, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	_ = module.Set("exports", s.ToObject(rt.VM).Get("promises"))
}

// RequireConsumers fills module.exports for require('stream/consumers').
func RequireConsumers(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ConsumersModuleName, consumersJS, module, nil)
}

// RequireAlias returns the loader of an alias module: module.exports is
// require('stream')[class].
func RequireAlias(class string) gort.ModuleLoader {
	return func(rt *gort.Runtime, module *goja.Object) {
		s, err := rt.Require(ModuleName)
		if err != nil {
			panic(err)
		}
		_ = module.Set("exports", s.ToObject(rt.VM).Get(class))
	}
}
