// Package timers is require('timers') and the timer globals, on the
// runtime's event loop.
package timers

import (
	_ "embed"
	"math"
	"time"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "timers"

//go:embed timers.js
var source string

//go:embed legacy.js
var legacySource string

const legacyModuleName = "internal/timers/legacy"

func init() {
	gort.RegisterCoreJS(ModuleName, source)
	gort.RegisterCoreJS(PromisesModuleName, promisesSource)
}

// Require fills module.exports for require('timers').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// binding gives timers.js handles on loop timers and immediates.
func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	_ = b.Set("now", rt.Loop.Now)
	// timers.js runs legacy.js once, on the first call of enroll, active,
	// _unrefActive or unenroll, with the helpers it shares.
	_ = b.Set("legacy", func(shared *goja.Object) goja.Value {
		module := vm.NewObject()
		_ = module.Set("exports", vm.NewObject())
		rt.RunCoreJS(legacyModuleName, legacySource, module, shared)
		return module.Get("exports")
	})
	_ = b.Set("newTimer", func(owner *goja.Object, fire goja.Value) *goja.Object {
		var t *gort.Timer
		t = rt.Loop.NewTimer(func() (time.Duration, bool) {
			start := rt.Loop.Now()
			rt.MakeCallback(fire, owner)
			rep := owner.Get("_repeat")
			if rep == nil || goja.IsNull(rep) || goja.IsUndefined(rep) || owner.Get("_destroyed").ToBoolean() || t.Active() {
				return 0, false
			}
			// An interval counts its next period from when this callback
			// began, as node's: its run time is not added.
			t.StartFrom(start, wholeMillis(rep.ToFloat()))
			return 0, false
		})
		h := vm.NewObject()
		// start reports the loop time it started at, in whole ms: the
		// timer's _idleStart.
		_ = h.Set("start", func(ms float64) float64 {
			t.Start(wholeMillis(ms))
			return math.Floor(rt.Loop.Now())
		})
		_ = h.Set("stop", t.Stop)
		_ = h.Set("setRef", t.SetRef)
		_ = h.Set("hasRef", t.Refed)
		_ = h.Set("active", t.Active)
		return h
	})
	_ = b.Set("newImmediate", func(owner *goja.Object, fire goja.Value) *goja.Object {
		im := rt.Loop.NewImmediate(func() { rt.MakeCallback(fire, owner) })
		h := vm.NewObject()
		_ = h.Set("clear", im.Clear)
		_ = h.Set("setRef", im.SetRef)
		_ = h.Set("hasRef", im.Refed)
		return h
	})
	return b
}

// PromisesModuleName is require('timers/promises').
const PromisesModuleName = "timers/promises"

//go:embed promises.js
var promisesSource string

// RequirePromises fills module.exports for require('timers/promises').
func RequirePromises(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(PromisesModuleName, promisesSource, module, nil)
}

// wholeMillis truncates a delay to whole milliseconds, as node's timer
// lists do: timers of 1, 1.1 and 1.8 ms share one list and fire in the
// order they were made. The Timeout keeps the delay it was given.
func wholeMillis(ms float64) time.Duration {
	return time.Duration(math.Trunc(ms)) * time.Millisecond
}
