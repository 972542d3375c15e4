package child_process

import (
	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// trackHandle lists a child_process handle for process._getActiveHandles
// and getActiveResourcesInfo while open (not closed) is true. A pipe
// handle is made an instance of a class named Pipe, as Node's are: an IPC
// channel has no owner, so it is listed as itself.
func trackHandle(rt *gort.Runtime, obj *goja.Object, kind string, k *keepAlive, open func() bool) {
	if kind == "PipeWrap" {
		vm := rt.VM
		ctor, err := vm.RunString("(class Pipe {})")
		if err == nil {
			_ = obj.SetPrototype(ctor.ToObject(vm).Get("prototype").ToObject(vm))
		}
	}
	rt.TrackHandle(obj, func() string { return kind }, func() bool { return k.refed }, open)
}
