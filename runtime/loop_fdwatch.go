package runtime

import (
	"time"

	"golang.org/x/sys/unix"
)

// Descriptors the loop polls itself, as libuv does: while the loop waits
// for work it sleeps in epoll_wait(2) on them and on an eventfd that Post
// writes, so a readable descriptor wakes the loop's own thread and is read
// there, with no goroutine in between to wake and hand the data over.
// Sockets, listeners and the IPC channel use it: a request or a message is
// then one wake-up, as in Node.
//
// Registrations are level-triggered and name a slot, not a descriptor: a
// slot freed by Stop and taken again gets a new generation, so an event
// already read for the old registration is dropped. The caller must stop a
// watch before closing its descriptor, as uv_poll_stop before close: the
// kernel keeps an epoll registration while any copy of the descriptor lives
// (a dup, or one passed to another process).

type fdWatch struct {
	fd   int32
	slot int32
	gen  int32
	// onEvents gets what the poll reported: readable covers data, end of
	// input, hang-up and errors; writable covers room, hang-up and errors.
	onEvents func(readable, writable bool)
	stopped  bool
}

type epollState struct {
	epfd    int // -1 until the first WatchFD
	slots   []*fdWatch
	free    []int32
	gen     int32
	events  []unix.EpollEvent
	watched int // registrations now
}

// WatchFD calls onReadable on the loop goroutine whenever fd is readable
// (or hung up, or in error) until stop is called; onReadable should read
// until EAGAIN, or expect another call on the next turn, since the poll is
// level-triggered. The watch itself does not keep the loop alive (Ref
// does). Call it, and stop, on the loop goroutine.
func (l *Loop) WatchFD(fd int, onReadable func()) (stop func(), err error) {
	w, err := l.addWatch(fd, unix.EPOLLIN, func(bool, bool) { onReadable() })
	if err != nil {
		return nil, err
	}
	return func() { l.stopWatch(w) }, nil
}

// FDWatch polls a descriptor for reading, writing or both, as libuv's
// uv__io_t: a stream turns each side on and off as it needs it. It is
// registered only while it wants something (a descriptor that hung up
// would otherwise be reported turn after turn). Use it on the loop
// goroutine; Stop it before the descriptor is closed.
type FDWatch struct {
	l           *Loop
	fd          int
	onEvents    func(readable, writable bool)
	w           *fdWatch // the registration; nil when none
	read, write bool
}

// NewFDWatch makes a watch of fd that wants nothing yet.
func (l *Loop) NewFDWatch(fd int, onEvents func(readable, writable bool)) *FDWatch {
	return &FDWatch{l: l, fd: fd, onEvents: onEvents}
}

// Want sets what the watch polls for.
func (f *FDWatch) Want(read, write bool) error {
	if read == f.read && write == f.write {
		return nil
	}
	if !read && !write {
		f.Stop()
		return nil
	}
	var events uint32
	if read {
		events |= unix.EPOLLIN
	}
	if write {
		events |= unix.EPOLLOUT
	}
	if f.w == nil {
		w, err := f.l.addWatch(f.fd, events, f.onEvents)
		if err != nil {
			return err
		}
		f.w = w
	} else {
		ev := unix.EpollEvent{Events: events, Fd: f.w.slot, Pad: f.w.gen}
		if err := unix.EpollCtl(f.l.ep.epfd, unix.EPOLL_CTL_MOD, f.fd, &ev); err != nil {
			return err
		}
	}
	f.read, f.write = read, write
	return nil
}

// Polled reports whether the descriptor is in the loop's poll now.
func (f *FDWatch) Polled() bool { return f.w != nil }

// Stop ends the registration, if any.
func (f *FDWatch) Stop() {
	if f.w != nil {
		f.l.stopWatch(f.w)
		f.w = nil
	}
	f.read, f.write = false, false
}

func (l *Loop) addWatch(fd int, events uint32, onEvents func(bool, bool)) (*fdWatch, error) {
	if err := l.ensureEpoll(); err != nil {
		return nil, err
	}
	e := &l.ep
	var slot int32
	if n := len(e.free); n > 0 {
		slot = e.free[n-1]
		e.free = e.free[:n-1]
	} else {
		slot = int32(len(e.slots))
		e.slots = append(e.slots, nil)
	}
	e.gen++
	w := &fdWatch{fd: int32(fd), slot: slot, gen: e.gen, onEvents: onEvents}
	ev := unix.EpollEvent{Events: events, Fd: slot, Pad: w.gen}
	if err := unix.EpollCtl(e.epfd, unix.EPOLL_CTL_ADD, fd, &ev); err != nil {
		e.free = append(e.free, slot)
		return nil, err
	}
	e.slots[slot] = w
	e.watched++
	return w, nil
}

func (l *Loop) stopWatch(w *fdWatch) {
	if w.stopped {
		return
	}
	w.stopped = true
	e := &l.ep
	_ = unix.EpollCtl(e.epfd, unix.EPOLL_CTL_DEL, int(w.fd), nil)
	e.slots[w.slot] = nil
	e.free = append(e.free, w.slot)
	e.watched--
}

// ensureEpoll makes the loop's epoll instance and its wake-up eventfd.
func (l *Loop) ensureEpoll() error {
	if l.wakeFD.Load() != 0 {
		return nil
	}
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return err
	}
	efd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return err
	}
	// The eventfd's events carry slot -1.
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: -1}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, efd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(efd)
		return err
	}
	l.ep.epfd = epfd
	l.ep.events = make([]unix.EpollEvent, 128)
	l.wakeFD.Store(int32(efd) + 1)
	return nil
}

// closePoll releases the epoll instance and the eventfd once the loop is
// done, so an embedder that makes runtime after runtime keeps no descriptors
// of the old ones. Watches stopped later only fail to deregister.
func (l *Loop) closePoll() {
	if w := l.wakeFD.Swap(0); w > 0 {
		unix.Close(int(w - 1))
		unix.Close(l.ep.epfd)
		l.ep.epfd = -1
		l.ep.watched = 0
	}
}

// wakeSleeper interrupts a loop asleep in pollWatches (called by Post).
func (l *Loop) wakeSleeper() {
	if !l.sleeping.Load() {
		return
	}
	if w := l.wakeFD.Load(); w > 0 {
		one := [8]byte{1}
		_, _ = unix.Write(int(w-1), one[:])
	}
}

// pollWatches polls the watched descriptors for up to wait (negative: no
// limit; 0: just look) and runs the callbacks of the readable ones.
func (l *Loop) pollWatches(wait time.Duration) {
	e := &l.ep
	// Look without sleeping first: under load something is ready, and a
	// wait that does not block never hands the thread's P to another.
	n, err := unix.EpollWait(e.epfd, e.events, 0)
	if err == nil && n == 0 && wait != 0 {
		l.sleeping.Store(true)
		// A Post that came before sleeping was set did not write the
		// eventfd: look once more.
		if !l.hasPosted() {
			n, err = unix.EpollWait(e.epfd, e.events, waitMillis(wait))
		}
		l.sleeping.Store(false)
	}
	if err != nil || n <= 0 {
		return
	}
	l.updateTime()
	// Watches stopped or replaced by an earlier callback of this batch
	// are skipped by their generation.
	for i := 0; i < n; i++ {
		ev := &e.events[i]
		if ev.Fd < 0 {
			var buf [8]byte
			_, _ = unix.Read(int(l.wakeFD.Load()-1), buf[:])
			select {
			case <-l.wake:
			default:
			}
			continue
		}
		if l.stopped {
			return
		}
		if int(ev.Fd) >= len(e.slots) {
			continue
		}
		if w := e.slots[ev.Fd]; w != nil && w.gen == ev.Pad {
			const broken = unix.EPOLLERR | unix.EPOLLHUP
			w.onEvents(ev.Events&(unix.EPOLLIN|unix.EPOLLRDHUP|broken) != 0, ev.Events&(unix.EPOLLOUT|broken) != 0)
		}
	}
}

// waitMillis rounds a wait up to epoll's milliseconds: a timer is never
// polled for before it is due.
func waitMillis(wait time.Duration) int {
	if wait < 0 {
		return -1
	}
	return int((wait + time.Millisecond - 1) / time.Millisecond)
}
