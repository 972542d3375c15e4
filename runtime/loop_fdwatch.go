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
	fd         int32
	slot       int32
	gen        int32
	onReadable func()
	stopped    bool
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
	w, err := l.addWatch(fd, onReadable)
	if err != nil {
		return nil, err
	}
	return func() { l.stopWatch(w) }, nil
}

// FDWatch is a WatchFD registration that a reader turns off and on as it
// stops and starts reading, without a function made per start.
type FDWatch struct {
	l *Loop
	w *fdWatch
}

// NewFDWatch registers fd as WatchFD does.
func (l *Loop) NewFDWatch(fd int, onReadable func()) (*FDWatch, error) {
	w, err := l.addWatch(fd, onReadable)
	if err != nil {
		return nil, err
	}
	return &FDWatch{l: l, w: w}, nil
}

// Stop ends the registration; a later Stop does nothing.
func (f *FDWatch) Stop() { f.l.stopWatch(f.w) }

func (l *Loop) addWatch(fd int, onReadable func()) (*fdWatch, error) {
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
	w := &fdWatch{fd: int32(fd), slot: slot, gen: e.gen, onReadable: onReadable}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: slot, Pad: w.gen}
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
			w.onReadable()
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
