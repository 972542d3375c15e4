package child_process

import (
	"sync"

	gort "github.com/gocluster/gocluster/runtime"
)

// deferWrite keeps line back instead of sending it, when the channel is
// handling received frames, until the next write or the end of that
// handling (flushDeferred), and reports whether it did. channel.js asks it
// for writes whose errors nobody hears (swallowErrors: NODE_HANDLE_ACK and
// the like), so sending them later changes no outcome; the bytes on the wire
// and their order stay the same. What it saves: a worker acknowledges a
// round-robin connection and answers the cluster request that came with it
// in one sendmsg, and the primary wakes once for both.
func (h *channelHandle) deferWrite(line string) bool {
	if !h.reading || h.closed {
		return false
	}
	h.deferred = append(append(h.deferred, line...), '\n')
	return true
}

// flushDeferred sends the lines deferWrite kept back. Their errors are
// swallowed, as their senders asked; a write the socket queues keeps the
// loop alive until it is out.
func (h *channelHandle) flushDeferred() {
	if len(h.deferred) == 0 || h.closed {
		return
	}
	data := h.deferred
	h.deferred = h.deferred[:0]
	async, err := h.ch.Write(data, -1, func(error) { post(h.rt.Loop, func() { h.rt.Loop.Unref() }) })
	if err == nil && async {
		h.rt.Loop.Ref()
	}
}

// exitFlush is, per runtime, the channel handle whose received frames JS is
// handling now: a process that exits in the middle (process.exit() in a
// 'message' listener) still sends the lines that handle kept back. One exit
// hook per runtime, not one per channel, which a primary forking workers
// for days would pile up.
type exitFlush struct{ handling *channelHandle }

var exitFlushes sync.Map // *gort.Runtime -> *exitFlush

func exitFlushOf(rt *gort.Runtime) *exitFlush {
	if f, ok := exitFlushes.Load(rt); ok {
		return f.(*exitFlush)
	}
	f := &exitFlush{}
	exitFlushes.Store(rt, f)
	rt.OnExit(func() {
		if f.handling != nil {
			f.handling.flushDeferred()
		}
		exitFlushes.Delete(rt)
	})
	return f
}
