// Package web holds the web-platform globals Node provides: DOMException,
// AbortController/AbortSignal, TextEncoder/TextDecoder, structuredClone and
// performance. They live in the internal core module "internal/web"; the
// globals load from it on first use.
package web

import (
	_ "embed"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the internal core module holding the web classes.
const ModuleName = "internal/web"

// Globals are the names registered as lazy globals from ModuleName.
var Globals = []string{
	"DOMException", "AbortController", "AbortSignal", "TextEncoder", "TextDecoder",
	"structuredClone", "performance", "Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure",
	"PerformanceObserver", "PerformanceObserverEntryList",
}

// PerfHooksModuleName is require('perf_hooks'), made of the same classes.
const PerfHooksModuleName = "perf_hooks"

// RequirePerfHooks fills module.exports for require('perf_hooks').
func RequirePerfHooks(rt *gort.Runtime, module *goja.Object) {
	web, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	_ = module.Set("exports", web.ToObject(rt.VM).Get("perfHooks"))
}

var (
	//go:embed web.js
	source string
	//go:embed domexception.js
	domSource string
	//go:embed abort.js
	abortSource string
	//go:embed encoding.js
	encodingSource string
	//go:embed clone.js
	cloneSource string
	//go:embed observer.js
	observerSource string
	//go:embed performance.js
	perfSource string
	//go:embed histogram.js
	histogramSource string
)

var parts = []struct{ name, src string }{
	{"domexception", domSource},
	{"abort", abortSource},
	{"encoding", encodingSource},
	{"clone", cloneSource},
	{"observer", observerSource},
	{"performance", perfSource},
	{"histogram", histogramSource},
}

// observed holds, per runtime, the entry types some PerformanceObserver
// watches, for Observing.
var observed sync.Map // *gort.Runtime -> map[string]bool

// Observing reports whether an observer of rt watches entryType: other
// modules ask before they time anything (node's hasObserver), without
// loading internal/web.
func Observing(rt *gort.Runtime, entryType string) bool {
	v, ok := observed.Load(rt)
	return ok && v.(map[string]bool)[entryType]
}

// start is when the process began, for performance.timeOrigin and now().
var start = time.Now()

// Require fills module.exports for internal/web.
func Require(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	b := vm.NewObject()
	loaded := vm.NewObject()
	_ = b.Set("parts", loaded)
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	mem := func(v goja.Value) []byte {
		p, ok := buffer.Bytes(vm, v)
		if !ok {
			panic(vm.NewTypeError("argument must be a buffer"))
		}
		return p
	}
	set("setObserved", func(call goja.FunctionCall) goja.Value {
		var types []string
		_ = vm.ExportTo(call.Argument(0), &types)
		set := make(map[string]bool, len(types))
		for _, t := range types {
			set[t] = true
		}
		if _, had := observed.Swap(rt, set); !had {
			rt.OnExit(func() { observed.Delete(rt) })
		}
		return goja.Undefined()
	})
	set("loadParts", func(goja.FunctionCall) goja.Value {
		for _, p := range parts {
			m := vm.NewObject()
			_ = m.Set("exports", vm.NewObject())
			rt.RunCoreJS(ModuleName+"/"+p.name, p.src, m, b)
			_ = loaded.Set(p.name, m.Get("exports"))
		}
		return goja.Undefined()
	})
	set("encodeUTF8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer([]byte(call.Argument(0).String())))
	})
	set("encodeInto", func(call goja.FunctionCall) goja.Value {
		s := call.Argument(0).(goja.String)
		units := make([]uint16, s.Length())
		for i := range units {
			units[i] = s.CharAt(i)
		}
		read, written := encodeInto(units, mem(call.Argument(1)))
		return vm.ToValue([]int{read, written})
	})
	set("canonicalEncoding", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(canonicalEncoding(call.Argument(0).String()))
	})
	set("newDecoder", func(call goja.FunctionCall) goja.Value {
		d := newTextDecoder(call.Argument(0).String(), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
		h := vm.NewObject()
		// decode(input, stream): the text, or null when a fatal decoder
		// met invalid data.
		_ = h.Set("decode", func(call goja.FunctionCall) goja.Value {
			var p []byte
			if !goja.IsUndefined(call.Argument(0)) {
				p = mem(call.Argument(0))
			}
			s, err := d.decode(p, call.Argument(1).ToBoolean())
			if err != nil {
				return goja.Null()
			}
			return vm.ToValue(s)
		})
		return h
	})
	// Through buffer, which keeps its pools whole and its views safe.
	set("detach", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(buffer.Detach(call.Argument(0)))
	})
	set("isProxy", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return vm.ToValue(false)
		}
		_, isProxy := o.Export().(goja.Proxy)
		return vm.ToValue(isProxy)
	})
	set("timeOrigin", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(start.UnixNano()) / 1e6)
	})
	set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(time.Since(start).Nanoseconds()) / 1e6)
	})
	rt.RunCoreJS(ModuleName, source, module, b)
}
