package runtime

import "github.com/dop251/goja"

// Async context tracking (AsyncLocalStorage, async_hooks). The current
// context is one JS value, holder.current, owned by the async_hooks
// module's JS. Nothing here runs until a program first makes an
// AsyncLocalStorage, an AsyncResource or a hook: until then promises,
// callbacks and fs operations carry no context and cost nothing extra.

// asyncTracker is goja's hook on promise reactions (then() and await): the
// context current when a reaction is registered is current again while its
// job runs, as Node's promise resources give.
type asyncTracker struct {
	holder  *goja.Object
	prev    goja.Value // the context a running job replaced; jobs never nest
	resumed bool       // false for the job that started tracking: it had no Resumed
}

func (t *asyncTracker) Grab() any { return t.holder.Get("current") }

func (t *asyncTracker) Resumed(ctx any) {
	t.prev = t.holder.Get("current")
	t.resumed = true
	if v, ok := ctx.(goja.Value); ok {
		_ = t.holder.Set("current", v)
	}
}

func (t *asyncTracker) Exited() {
	// The job that enabled tracking gets an Exited without a Resumed:
	// restoring its nil prev would leave no current context at all.
	if t.resumed {
		_ = t.holder.Set("current", t.prev)
	}
	t.prev, t.resumed = nil, false
}

// EnableAsyncContext starts tracking: promise reactions keep the context
// of their then()/await, every callback from the loop leaves the context
// as it found it (so an enterWith inside one ends with it), and AsyncWrap
// starts wrapping. wrap(type, fn) returns fn bound to the current context
// as a new resource of that type. Called once per runtime.
func (rt *Runtime) EnableAsyncContext(holder *goja.Object, wrap goja.Value) {
	if rt.internal.Get("asyncWrap") != nil {
		return
	}
	_ = rt.internal.Set("asyncWrap", wrap)
	_ = rt.internal.Set("asyncState", holder)
	rt.VM.SetAsyncContextTracker(&asyncTracker{holder: holder})
	rt.makeCallback = scoped(holder, rt.makeCallback)
	rt.processTicks = scoped(holder, rt.processTicks)
}

// scoped restores holder.current after fn, whatever fn and the promise
// jobs drained at its end did to it.
func scoped(holder *goja.Object, fn goja.Callable) goja.Callable {
	if fn == nil {
		return nil
	}
	return func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		prev := holder.Get("current")
		defer func() { _ = holder.Set("current", prev) }()
		return fn(this, args...)
	}
}

// AsyncWrap binds a callback that Go will call later (an fs request's
// completion) to the context current now, as a resource of Node's type
// typ (FSREQCALLBACK). Without tracking it returns fn as it is.
func (rt *Runtime) AsyncWrap(typ string, fn goja.Value) goja.Value {
	wrap, ok := goja.AssertFunction(rt.internal.Get("asyncWrap"))
	if !ok {
		return fn
	}
	bound, err := wrap(goja.Undefined(), rt.VM.ToValue(typ), fn)
	if err != nil {
		return fn
	}
	return bound
}

// CaptureAsyncContext returns the current context, for a handle whose
// later callbacks from Go (a socket's reads and writes, a server's
// connections) run in the context it was made in; nil while nothing
// tracks.
func (rt *Runtime) CaptureAsyncContext() goja.Value {
	holder, ok := rt.internal.Get("asyncState").(*goja.Object)
	if !ok {
		return nil
	}
	return holder.Get("current")
}

// WithAsyncContext runs f with ctx (from CaptureAsyncContext) current, and
// the context it found restored after; with a nil ctx it just runs f.
func (rt *Runtime) WithAsyncContext(ctx goja.Value, f func()) {
	holder, ok := rt.internal.Get("asyncState").(*goja.Object)
	if ctx == nil || !ok {
		f()
		return
	}
	prev := holder.Get("current")
	_ = holder.Set("current", ctx)
	defer func() { _ = holder.Set("current", prev) }()
	f()
}
