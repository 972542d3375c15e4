package child_process

import (
	"sync"
	"sync/atomic"

	gort "github.com/gocluster/gocluster/runtime"
)

// keepAlive holds one loop reference while a handle is active and
// referenced, as a libuv handle does. Loop goroutine only.
type keepAlive struct {
	loop    *gort.Loop
	refed   bool
	active  bool
	counted bool
}

func newKeepAlive(loop *gort.Loop) keepAlive { return keepAlive{loop: loop, refed: true} }

func (k *keepAlive) setRef(on bool)    { k.refed = on; k.update() }
func (k *keepAlive) setActive(on bool) { k.active = on; k.update() }

func (k *keepAlive) update() {
	want := k.refed && k.active
	if want == k.counted {
		return
	}
	k.counted = want
	if want {
		k.loop.Ref()
	} else {
		k.loop.Unref()
	}
}

// post runs fn on the loop; the loop stays alive until it has run, so a
// completion is never lost between a goroutine and the loop.
func post(loop *gort.Loop, fn func()) {
	loop.Ref()
	loop.Post(func() {
		loop.Unref()
		fn()
	})
}

// completions counts, per loop, the pipe write and shutdown completions
// posted and not yet run. A read on the loop waits behind them
// (completionsPending): with libuv a child's answer to a write, or its
// output once stdin ended, cannot be read before that write's callback.
var completions sync.Map // *gort.Loop -> *atomic.Int64

func completionCount(loop *gort.Loop) *atomic.Int64 {
	if c, ok := completions.Load(loop); ok {
		return c.(*atomic.Int64)
	}
	c, _ := completions.LoadOrStore(loop, new(atomic.Int64))
	return c.(*atomic.Int64)
}

// postCompletion posts a request's completion, counted until it runs.
func postCompletion(loop *gort.Loop, fn func()) {
	c := completionCount(loop)
	c.Add(1)
	post(loop, func() {
		c.Add(-1)
		fn()
	})
}

func completionsPending(loop *gort.Loop) bool { return completionCount(loop).Load() > 0 }
