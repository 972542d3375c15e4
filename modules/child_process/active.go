package child_process

import (
	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// trackHandle lists a child_process handle for process._getActiveHandles
// and getActiveResourcesInfo while open (not closed) is true.
func trackHandle(rt *gort.Runtime, obj *goja.Object, kind string, k *keepAlive, open func() bool) {
	rt.TrackHandle(obj, func() string { return kind }, func() bool { return k.refed }, open)
}
