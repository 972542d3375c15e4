package net

import (
	"sync"

	"github.com/dop251/goja"
)

// openHandles holds, for each tracked handle, the flag its close sets.
var openHandles sync.Map // socketHandle -> *bool (closed)

// track lists a TCP or Pipe handle for process._getActiveHandles and
// getActiveResourcesInfo. Node names a TCP handle by the kind it was made
// as; here a handle owned by a server (an object with _connections, as
// net.Server has) is the server kind.
func (w *wrapper) track(h socketHandle, obj *goja.Object) {
	kind := func() string { return "PipeWrap" }
	if _, isTCP := h.(*tcpHandle); isTCP {
		sym := w.rt.VM.Get("Symbol").ToObject(w.rt.VM)
		symFor, _ := goja.AssertFunction(sym.Get("for"))
		key, _ := symFor(goja.Undefined(), w.rt.VM.ToValue("gocluster.owner_symbol"))
		ownerKey, _ := key.(*goja.Symbol)
		kind = func() string {
			if o, ok := obj.GetSymbol(ownerKey).(*goja.Object); ok && o.Get("_connections") != nil {
				return "TCPServerWrap"
			}
			return "TCPSocketWrap"
		}
	}
	closed := new(bool)
	openHandles.Store(h, closed)
	w.rt.TrackHandle(obj, kind, h.HasRef, func() bool { return !*closed })
}

// untrack marks h closed: it leaves the active lists.
func (w *wrapper) untrack(h socketHandle) {
	if v, ok := openHandles.LoadAndDelete(h); ok {
		*v.(*bool) = true
	}
}
