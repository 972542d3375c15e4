package intl

import (
	"sync"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// Date.prototype's toLocaleString, toLocaleDateString and
// toLocaleTimeString are Intl.DateTimeFormat's, as in node (goja's own
// ignore their arguments and write dates their own way). They are
// defined at start-up and load Intl on their first call.

var (
	toLocaleMu sync.Mutex
	toLocale   = map[*goja.Runtime]goja.Callable{} // intl.js's toLocaleString, by runtime
)

func setToLocaleString(vm *goja.Runtime, fn goja.Callable) {
	toLocaleMu.Lock()
	toLocale[vm] = fn
	toLocaleMu.Unlock()
}

// Startup puts the Intl versions on Date.prototype.
func Startup(rt *gort.Runtime) {
	vm := rt.VM
	proto := vm.Get("Date").ToObject(vm).Get("prototype").ToObject(vm)
	for _, m := range []struct{ name, required, defaults string }{
		{"toLocaleString", "any", "all"},
		{"toLocaleDateString", "date", "date"},
		{"toLocaleTimeString", "time", "time"},
	} {
		required, defaults := vm.ToValue(m.required), vm.ToValue(m.defaults)
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			toLocaleMu.Lock()
			f := toLocale[vm]
			toLocaleMu.Unlock()
			if f == nil {
				if _, err := rt.Require(ModuleName); err != nil {
					panic(err)
				}
				toLocaleMu.Lock()
				f = toLocale[vm]
				toLocaleMu.Unlock()
			}
			v, err := f(goja.Undefined(), call.This, call.Argument(0), call.Argument(1), required, defaults)
			if err != nil {
				panic(err)
			}
			return v
		}).ToObject(vm)
		_ = fn.DefineDataProperty("name", vm.ToValue(m.name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = fn.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = proto.DefineDataProperty(m.name, fn, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
}
