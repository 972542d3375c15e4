package buffer

import (
	"reflect"
	"sync/atomic"

	"github.com/dop251/goja"
)

// goja hands out a view's memory without looking at whether its
// ArrayBuffer was detached: the slice it makes then points at no memory at
// all. Detaching only happens through Detach, so until the first one views
// are exported without the (costly) check.
var anyDetached atomic.Bool

// untransferable marks the ArrayBuffers a transfer must copy rather than
// detach: Buffer's pools, which every small Buffer shares, and what
// worker_threads.markAsUntransferable is given. A symbol made here has no
// name JS code can look up (it shows only in getOwnPropertySymbols).
var untransferable = goja.NewSymbol("untransferable")

var bytesType = reflect.TypeOf([]byte(nil))

// Detach detaches v, an ArrayBuffer named in a transfer list, unless it is
// marked untransferable (node then copies it and leaves it whole). It
// reports whether v was detached.
func Detach(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	ab, ok := o.Export().(goja.ArrayBuffer)
	if !ok || IsUntransferable(o) {
		return false
	}
	anyDetached.Store(true)
	return ab.Detach()
}

// MarkUntransferable keeps o from being detached by a transfer.
func MarkUntransferable(o *goja.Object) {
	_ = o.DefineDataPropertySymbol(untransferable, goja.Null(), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// IsUntransferable reports whether MarkUntransferable marked o.
func IsUntransferable(o *goja.Object) bool {
	return o.GetSymbol(untransferable) != nil
}

// isDetachedBuffer reports whether v is an ArrayBuffer that was detached.
func isDetachedBuffer(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	ab, ok := o.Export().(goja.ArrayBuffer)
	return ok && ab.Detached()
}

// viewDetached reports whether the ArrayBuffer under view o was detached.
func viewDetached(o *goja.Object) bool {
	return anyDetached.Load() && isDetachedBuffer(o.Get("buffer"))
}
