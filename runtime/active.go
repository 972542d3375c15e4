package runtime

import (
	"container/list"
	"sync"

	"github.com/dop251/goja"
)

// What keeps the loop alive, as process._getActiveHandles(),
// _getActiveRequests() and getActiveResourcesInfo() report it. Modules
// that make handles list them with TrackHandle (libuv keeps such a queue
// of its handle wraps); timers and immediates are counted by the loop.

type trackedHandle struct {
	obj    *goja.Object
	kind   func() string
	hasRef func() bool
	alive  func() bool
}

// handleList is the runtime's tracked handles. Closed ones are dropped
// whenever the list is read, and when it has doubled since the last drop:
// a server that never asks must not keep every connection it ever had.
type handleList struct {
	all   []*trackedHandle
	limit int // compact when all reaches this length
}

var handleLists sync.Map // *Runtime -> *handleList

// TrackHandle lists the JS object of a handle until it is closed. kind is
// node's name for it (TCPSocketWrap, PipeWrap, ProcessWrap, ...), hasRef
// whether it keeps the loop alive. alive, when not nil, says whether it
// is still open; without it a handle counts as closed once the object
// that owns it (its owner_symbol, set by net and dgram) has let go of it
// (owner._handle is another value). Loop goroutine only.
func (rt *Runtime) TrackHandle(obj *goja.Object, kind func() string, hasRef, alive func() bool) {
	v, loaded := handleLists.LoadOrStore(rt, &handleList{})
	if !loaded {
		rt.OnExit(func() { handleLists.Delete(rt) })
	}
	l := v.(*handleList)
	if len(l.all) >= l.limit {
		rt.compactHandles(l)
	}
	l.all = append(l.all, &trackedHandle{obj, kind, hasRef, alive})
}

// open reports whether a tracked handle is still open.
func (h *trackedHandle) open(sym *goja.Symbol) bool {
	if h.alive != nil {
		return h.alive()
	}
	if o := owner(h.obj, sym); o != h.obj {
		hv := o.Get("_handle")
		return hv == nil || goja.IsUndefined(hv) || hv.SameAs(h.obj)
	}
	return true
}

// compactHandles drops the closed handles, keeping the order.
func (rt *Runtime) compactHandles(l *handleList) {
	sym := rt.ownerSymbol()
	kept := l.all[:0]
	for _, h := range l.all {
		if h.open(sym) {
			kept = append(kept, h)
		}
	}
	clear(l.all[len(kept):])
	l.all = kept
	l.limit = max(64, 2*len(kept))
}

// ownerSymbol is Symbol.for('gocluster.owner_symbol') of rt's VM.
func (rt *Runtime) ownerSymbol() *goja.Symbol {
	symFor, _ := goja.AssertFunction(rt.VM.Get("Symbol").ToObject(rt.VM).Get("for"))
	v, err := symFor(goja.Undefined(), rt.VM.ToValue("gocluster.owner_symbol"))
	if err != nil {
		return nil
	}
	s, _ := v.(*goja.Symbol)
	return s
}

// owner is what holds a handle object: its owner_symbol, followed once more
// when that is a wrapper itself (a ChildProcess's ProcessWrap), or the
// object itself.
func owner(obj *goja.Object, sym *goja.Symbol) *goja.Object {
	o := obj
	for range 2 {
		if sym == nil {
			break
		}
		next, ok := o.GetSymbol(sym).(*goja.Object)
		if !ok {
			break
		}
		o = next
	}
	return o
}

// liveHandles drops the closed handles and returns the open, referenced
// ones with their owners, oldest first.
func (rt *Runtime) liveHandles() (owners []*goja.Object, kinds []string) {
	v, ok := handleLists.Load(rt)
	if !ok {
		return nil, nil
	}
	l := v.(*handleList)
	rt.compactHandles(l)
	sym := rt.ownerSymbol()
	for _, h := range l.all {
		if h.hasRef() {
			owners = append(owners, owner(h.obj, sym))
			kinds = append(kinds, h.kind())
		}
	}
	return owners, kinds
}

// requestList is a runtime's requests in flight (fs calls on the pool),
// oldest first, as node lists its req wraps; ctors are the classes, named
// as node's wraps, that _getActiveRequests shows them as.
type requestList struct {
	all   list.List // of *activeRequest
	ctors map[string]*goja.Object
}

type activeRequest struct {
	kind     string // node's name for its wrap: FSReqCallback
	callback goja.Value
}

var requestLists sync.Map // *Runtime -> *requestList

// TrackRequest lists a request in flight until done is called: it keeps
// no object of its own, _getActiveRequests makes one when asked. Loop
// goroutine only.
func (rt *Runtime) TrackRequest(kind string, callback goja.Value) (done func()) {
	v, ok := requestLists.Load(rt)
	if !ok {
		v, _ = requestLists.LoadOrStore(rt, &requestList{ctors: map[string]*goja.Object{}})
		rt.OnExit(func() { requestLists.Delete(rt) })
	}
	l := v.(*requestList)
	e := l.all.PushBack(&activeRequest{kind, callback})
	return func() { l.all.Remove(e) }
}

// activeRequests returns the requests in flight, oldest first.
func (rt *Runtime) activeRequests() (*requestList, []*activeRequest) {
	v, ok := requestLists.Load(rt)
	if !ok {
		return nil, nil
	}
	l := v.(*requestList)
	reqs := make([]*activeRequest, 0, l.all.Len())
	for e := l.all.Front(); e != nil; e = e.Next() {
		reqs = append(reqs, e.Value.(*activeRequest))
	}
	return l, reqs
}

// requestObject is what node's _getActiveRequests shows for a request: an
// instance of a class named as its wrap, with its callback as oncomplete.
func (rt *Runtime) requestObject(l *requestList, r *activeRequest) goja.Value {
	ctor := l.ctors[r.kind]
	if ctor == nil {
		v, err := rt.VM.RunString("(class " + r.kind + " {})")
		if err != nil {
			return goja.Undefined()
		}
		ctor = v.ToObject(rt.VM)
		l.ctors[r.kind] = ctor
	}
	o, err := rt.VM.New(ctor)
	if err != nil {
		return goja.Undefined()
	}
	_ = o.Set("oncomplete", r.callback)
	return o
}

// fillActive sets the process functions that read what is alive.
func (rt *Runtime) fillActive(p *goja.Object) {
	vm := rt.VM
	_ = p.Set("_getActiveHandles", func(goja.FunctionCall) goja.Value {
		owners, _ := rt.liveHandles()
		list := make([]any, len(owners))
		for i, o := range owners {
			list[i] = o
		}
		return vm.ToValue(list)
	})
	// Of requests in flight, fs calls are tracked (connects, writes and
	// lookups are not).
	_ = p.Set("_getActiveRequests", func(goja.FunctionCall) goja.Value {
		l, reqs := rt.activeRequests()
		objs := make([]any, len(reqs))
		for i, r := range reqs {
			objs[i] = rt.requestObject(l, r)
		}
		return vm.NewArray(objs...)
	})
	_ = p.Set("getActiveResourcesInfo", func(goja.FunctionCall) goja.Value {
		_, reqs := rt.activeRequests()
		_, kinds := rt.liveHandles()
		list := make([]any, 0, len(reqs)+len(kinds)+rt.Loop.refTimers+1+rt.Loop.refImmed)
		for _, r := range reqs {
			list = append(list, r.kind)
		}
		for _, k := range kinds {
			list = append(list, k)
		}
		// Node counts a timer as active until its callback has returned.
		timers := rt.Loop.refTimers
		if f := rt.Loop.firing; f != nil && f.refed && !f.active {
			timers++
		}
		for range timers {
			list = append(list, "Timeout")
		}
		for range rt.Loop.refImmed {
			list = append(list, "Immediate")
		}
		return vm.ToValue(list)
	})
}
