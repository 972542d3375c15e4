package net

import (
	"time"

	gort "github.com/gocluster/gocluster/runtime"
)

// A stream's inactivity timeout (socket.setTimeout) lives here rather than
// in a JS timer: activity only records the loop time, and the one loop
// timer looks at it when it comes due, so a busy socket costs no timer
// work per read or write. The timer never keeps the process alive, as
// Node's socket timers are unref'd.

type idleTimer struct {
	t       *gort.Timer
	timeout float64 // ms; 0 is off
	last    float64 // loop time (ms) of the last activity
	fired   bool
}

// SetTimeout arms the inactivity timeout: OnTimeout runs once the stream
// saw no Touch for ms milliseconds. 0 disarms it.
func (s *Stream) SetTimeout(ms float64) {
	it := &s.idle
	if ms <= 0 || s.h.closed {
		it.timeout = 0
		if it.t != nil {
			it.t.Stop()
		}
		return
	}
	if it.t == nil {
		it.t = s.h.loop.NewTimer(s.idleDue)
		it.t.SetRef(false)
	}
	it.timeout, it.fired = ms, false
	it.last = s.h.loop.Now()
	it.t.Start(msDuration(ms))
}

// Touch is activity: the timeout counts again from now, and one that fired
// is armed again.
func (s *Stream) Touch() {
	it := &s.idle
	if it.timeout == 0 || s.h.closed {
		return
	}
	it.last = s.h.loop.Now()
	if it.fired {
		it.fired = false
		it.t.Start(msDuration(it.timeout))
	}
}

// idleDue runs when the timer comes due: early if there was activity
// since it was armed (it waits the rest), else the timeout.
func (s *Stream) idleDue() (time.Duration, bool) {
	it := &s.idle
	if it.timeout == 0 || s.h.closed {
		return 0, false
	}
	if rest := it.last + it.timeout - s.h.loop.Now(); rest >= 1 {
		return msDuration(rest), true
	}
	it.fired = true
	if s.OnTimeout != nil {
		s.OnTimeout()
	}
	return 0, false
}

func (s *Stream) stopIdle() {
	if s.idle.t != nil {
		s.idle.timeout = 0
		s.idle.t.Stop()
	}
}

func msDuration(ms float64) time.Duration { return time.Duration(ms * float64(time.Millisecond)) }
