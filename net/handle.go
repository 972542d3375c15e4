package net

import (
	"errors"
	"io"
	stdnet "net"
	"os"
	"syscall"

	gort "github.com/gocluster/gocluster/runtime"
)

// EOF is libuv's UV_EOF: the peer ended its side of the stream.
const EOF = -4095

// handle is the part every socket handle shares: closing, and taking a
// loop reference exactly while it is active and referenced.
type handle struct {
	loop    *gort.Loop
	refed   bool
	counted bool // holds one loop reference now
	closed  bool
	active  func() bool
}

func (h *handle) init(loop *gort.Loop, active func() bool) {
	h.loop, h.refed, h.active = loop, true, active
}

// update takes or drops the loop reference after a state change. It runs on
// the loop goroutine only.
func (h *handle) update() {
	want := h.refed && !h.closed && h.active()
	if want == h.counted {
		return
	}
	h.counted = want
	if want {
		h.loop.Ref()
	} else {
		h.loop.Unref()
	}
}

// Ref makes an active handle keep the process alive (the default).
func (h *handle) Ref() { h.refed = true; h.update() }

// Unref lets the process exit while the handle is still active.
func (h *handle) Unref() { h.refed = false; h.update() }

// HasRef reports whether the handle is referenced.
func (h *handle) HasRef() bool { return h.refed }

// post runs fn on the loop unless the handle was closed by then. A posted
// function keeps the loop turning until it runs, so completions are never
// lost by the process exiting between the goroutine and the loop.
func (h *handle) post(fn func()) {
	h.loop.Ref()
	h.loop.Post(h.guarded(fn))
}

// guarded is fn as post runs it; made once, it can be posted again and
// again with postGuarded without allocating.
func (h *handle) guarded(fn func()) func() {
	return func() {
		h.loop.Unref()
		if !h.closed {
			fn()
		}
	}
}

func (h *handle) postGuarded(g func()) {
	h.loop.Ref()
	h.loop.Post(g)
}

// Errno is the libuv-style (negative) code of err, or 0 for nil.
func Errno(err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, io.EOF) {
		return EOF
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return -int(errno)
	}
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return -int(syscall.ETIMEDOUT)
	case errors.Is(err, os.ErrClosed), errors.Is(err, stdnet.ErrClosed):
		return -int(syscall.EBADF)
	}
	return -int(syscall.EIO)
}
