package runtime

import (
	"container/heap"
	"sync"
	"sync/atomic"
	"time"
)

// Loop is a libuv-shaped event loop: timers, pending I/O completions, an
// immediate (check) phase, a closing phase, and a reference count that keeps the process alive
// while referenced work exists. Everything JS runs on the goroutine that calls
// Run; other goroutines hand work in with Post.
type Loop struct {
	start time.Time
	now   time.Duration // cached loop time, refreshed once per phase like uv_now

	timers     timerHeap
	timerSeq   uint64
	refTimers  int
	firing     *Timer // the timer whose callback runs now
	immediates []*Immediate
	// checkBatch is the check phase's batch while it runs, and checkAt the
	// index of the immediate running (immediatesFollow reads them).
	checkBatch []*Immediate
	checkAt    int
	refImmed   int
	closing    []func() // close callbacks, run after the check phase (QueueClose)

	mu     sync.Mutex
	posted []func()
	wake   chan struct{}

	refs atomic.Int64 // handles and in-flight operations that keep the loop alive

	stopped bool

	firstIdle func() // see OnFirstIdle; nil once run

	// WatchFD's state (loop_fdwatch.go).
	ep       epollState
	wakeFD   atomic.Int32 // eventfd + 1; 0 until the first WatchFD
	sleeping atomic.Bool  // in epoll_wait, to be woken through wakeFD
}

// NewLoop makes a loop on its own, for Go code that drives handles without
// a JS runtime (tests, embedders).
func NewLoop() *Loop { return newLoop() }

// Run turns the loop until nothing referenced is left or Stop is called.
func (l *Loop) Run() { l.run() }

func newLoop() *Loop {
	return &Loop{start: time.Now(), wake: make(chan struct{}, 1)}
}

// Now is the cached loop time in milliseconds, as timers see it.
func (l *Loop) Now() float64 { return float64(l.now) / float64(time.Millisecond) }

func (l *Loop) updateTime() { l.now = time.Since(l.start) }

// Post queues fn to run on the loop goroutine. Safe from any goroutine.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	l.posted = append(l.posted, fn)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	l.wakeSleeper()
}

// Ref and Unref count a handle or operation that keeps the loop alive (a
// server, a socket, a child process, the IPC channel). Safe from any goroutine.
func (l *Loop) Ref()   { l.refs.Add(1) }
func (l *Loop) Unref() { l.refs.Add(-1) }

// OnFirstIdle sets f to run once on the loop goroutine, the first time the
// loop has nothing to do but wait for a timer or I/O: start-up (the main
// script and what it set off at once) is over. It is for the embedder's
// housekeeping (GC settings); f must not run JS.
func (l *Loop) OnFirstIdle(f func()) { l.firstIdle = f }

// Stop makes Run return after the current callback.
func (l *Loop) Stop() { l.stopped = true }

func (l *Loop) alive() bool {
	return l.refTimers > 0 || l.refImmed > 0 || l.refs.Load() > 0 || len(l.closing) > 0 || l.hasPosted()
}

// QueueClose queues a handle's close callback for the closing phase, which
// follows the check phase (immediates) of this turn and comes before the
// next turn's timers, as libuv runs close callbacks. Loop goroutine only.
func (l *Loop) QueueClose(fn func()) { l.closing = append(l.closing, fn) }

// runClosing runs the close callbacks queued before this phase began, the
// last queued first (libuv keeps them in a list it pushes onto); ones
// queued by these callbacks wait for the next turn, as in libuv.
func (l *Loop) runClosing() {
	queue := l.closing
	l.closing = nil
	for i := len(queue) - 1; i >= 0; i-- {
		if l.stopped {
			l.closing = append(queue[:i+1:i+1], l.closing...)
			return
		}
		queue[i]()
	}
}

func (l *Loop) hasPosted() bool {
	l.mu.Lock()
	n := len(l.posted)
	l.mu.Unlock()
	return n > 0
}

// run turns the loop until nothing referenced is left or Stop is called.
func (l *Loop) run() {
	for !l.stopped && l.alive() {
		l.updateTime()
		l.runTimers()
		if l.stopped {
			return
		}
		l.runPosted()
		if l.stopped {
			return
		}
		l.poll()
		if l.stopped {
			return
		}
		l.runImmediates()
		if l.stopped {
			return
		}
		l.runClosing()
	}
}

func (l *Loop) runPosted() {
	l.mu.Lock()
	jobs := l.posted
	l.posted = nil
	l.mu.Unlock()
	for i, fn := range jobs {
		fn()
		if l.stopped {
			// Keep what did not run, in order, for a later turn.
			l.mu.Lock()
			l.posted = append(jobs[i+1:len(jobs):len(jobs)], l.posted...)
			l.mu.Unlock()
			return
		}
	}
}

// poll blocks for I/O completions until the next timer is due, or not at
// all when immediates are waiting.
func (l *Loop) poll() {
	if len(l.immediates) > 0 || len(l.closing) > 0 || l.hasPosted() {
		if l.ep.watched > 0 {
			l.pollWatches(0)
		}
		l.updateTime()
		l.runPosted()
		return
	}
	if !l.alive() {
		return
	}
	var timeout <-chan time.Time
	if d, ok := l.nextTimer(); ok {
		if d <= 0 {
			if l.ep.watched > 0 {
				l.pollWatches(0)
			}
			return
		}
		if l.ep.watched > 0 {
			l.idle()
			l.pollWatches(d)
			l.updateTime()
			l.runPosted()
			return
		}
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	} else if l.refs.Load() == 0 && l.refTimers == 0 {
		return
	}
	l.idle()
	if l.ep.watched > 0 {
		l.pollWatches(-1)
		l.updateTime()
		l.runPosted()
		return
	}
	select {
	case <-l.wake:
	case <-timeout:
	}
	l.updateTime()
	l.runPosted()
}

// idle runs the OnFirstIdle hook the first time the loop waits.
func (l *Loop) idle() {
	if f := l.firstIdle; f != nil {
		l.firstIdle = nil
		f()
	}
}

func (l *Loop) nextTimer() (time.Duration, bool) {
	for len(l.timers) > 0 && l.timers[0].cancelled {
		heap.Pop(&l.timers)
	}
	if len(l.timers) == 0 {
		return 0, false
	}
	return l.timers[0].when - time.Since(l.start), true
}
