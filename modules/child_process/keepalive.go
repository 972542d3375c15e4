package child_process

import (
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
