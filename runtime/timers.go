package runtime

import (
	"container/heap"
	"time"
)

// Timer is one scheduled timeout or interval. The JS Timeout object owns it;
// fire runs the JS side and reports whether the timer repeats.
type Timer struct {
	loop      *Loop
	when      time.Duration
	seq       uint64
	index     int
	cancelled bool
	active    bool
	refed     bool
	fire      func() (repeat time.Duration, again bool)
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// NewTimer makes an unscheduled, referenced timer.
func (l *Loop) NewTimer(fire func() (time.Duration, bool)) *Timer {
	return &Timer{loop: l, fire: fire, refed: true, index: -1}
}

// Start (re)schedules the timer to fire after d, measured from the cached
// loop time as Node does.
func (t *Timer) Start(d time.Duration) {
	t.loop.updateTime()
	t.startFrom(t.loop.now, d)
}

// StartFrom schedules the timer to fire d after base, a loop time (ms, as
// Now gives it) that may be past: a JS interval re-arms from when its
// callback began, so that its period does not include the callback's run
// time, as node's.
func (t *Timer) StartFrom(base float64, d time.Duration) {
	t.startFrom(time.Duration(base*float64(time.Millisecond)), d)
}

// startFrom schedules the timer to fire d after base (a loop time).
func (t *Timer) startFrom(base, d time.Duration) {
	l := t.loop
	t.Stop()
	if d < time.Millisecond {
		d = time.Millisecond
	}
	t.cancelled = false
	t.active = true
	l.timerSeq++
	t.seq = l.timerSeq
	t.when = base + d
	heap.Push(&l.timers, t)
	if t.refed {
		l.refTimers++
	}
}

// Stop unschedules the timer; it may be started again.
func (t *Timer) Stop() {
	if !t.active {
		// Stopped from its own callback: no longer counted as active
		// (getActiveResourcesInfo), as node's clearTimeout does.
		if t.loop.firing == t {
			t.loop.firing = nil
		}
		return
	}
	t.active = false
	if t.index >= 0 {
		heap.Remove(&t.loop.timers, t.index)
	}
	if t.refed {
		t.loop.refTimers--
	}
}

// Active reports whether the timer is scheduled.
func (t *Timer) Active() bool { return t.active }

// SetRef sets whether the timer keeps the loop alive.
func (t *Timer) SetRef(ref bool) {
	if t.refed == ref {
		return
	}
	t.refed = ref
	if t.active {
		if ref {
			t.loop.refTimers++
		} else {
			t.loop.refTimers--
		}
	}
}

// Refed reports whether the timer keeps the loop alive.
func (t *Timer) Refed() bool { return t.refed }

// runTimers fires the timers due when the pass began, as node's
// processTimers(now) does: a timer re-armed in the pass is not due again
// within it.
func (l *Loop) runTimers() {
	now := l.now
	for len(l.timers) > 0 && !l.stopped {
		t := l.timers[0]
		if t.when > now {
			return
		}
		heap.Pop(&l.timers)
		t.active = false
		if t.refed {
			l.refTimers--
		}
		l.firing = t
		d, again := t.fire()
		l.firing = nil
		if again && !t.active {
			t.Start(d)
		}
	}
}

// Immediate is one setImmediate callback.
type Immediate struct {
	loop    *Loop
	refed   bool
	pending bool
	fire    func()
}

// NewImmediate queues fire for the check phase of this or the next turn.
func (l *Loop) NewImmediate(fire func()) *Immediate {
	im := &Immediate{loop: l, refed: true, pending: true, fire: fire}
	l.immediates = append(l.immediates, im)
	l.refImmed++
	return im
}

// Clear cancels a pending immediate.
func (im *Immediate) Clear() {
	if !im.pending {
		return
	}
	im.pending = false
	if im.refed {
		im.loop.refImmed--
	}
}

// SetRef sets whether the immediate keeps the loop alive.
func (im *Immediate) SetRef(ref bool) {
	if im.refed == ref {
		return
	}
	im.refed = ref
	if im.pending {
		if ref {
			im.loop.refImmed++
		} else {
			im.loop.refImmed--
		}
	}
}

// Refed reports whether the immediate keeps the loop alive.
func (im *Immediate) Refed() bool { return im.refed }

// runImmediates runs the immediates queued before this phase began; ones
// queued by these callbacks wait for the next turn, as in Node.
func (l *Loop) runImmediates() {
	queue := l.immediates
	l.immediates = nil
	l.checkBatch = queue
	defer func() { l.checkBatch = nil }()
	for i, im := range queue {
		if l.stopped {
			l.immediates = append(queue[i:len(queue):len(queue)], l.immediates...)
			return
		}
		if !im.pending {
			continue
		}
		l.checkAt = i
		im.Clear()
		im.fire()
	}
}

// immediatesFollow reports whether an immediate is running and another of
// its batch is still due.
func (l *Loop) immediatesFollow() bool {
	if l.checkBatch == nil {
		return false
	}
	for _, im := range l.checkBatch[l.checkAt+1:] {
		if im.pending {
			return true
		}
	}
	return false
}
