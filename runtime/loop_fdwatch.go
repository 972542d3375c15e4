package runtime

import (
	"time"

	"golang.org/x/sys/unix"
)

// Descriptors the loop polls itself, as libuv does: while the loop waits
// for work it sleeps in ppoll(2) on them and on an eventfd that Post
// writes, so a readable descriptor wakes the loop's own thread and is read
// there, with no goroutine in between to wake and hand the data over. The
// IPC channel uses it: a message is then one wake-up, as in Node.

type fdWatch struct {
	fd         int32
	onReadable func()
	stopped    bool
}

// WatchFD calls onReadable on the loop goroutine whenever fd is readable
// (or hung up, or in error) until stop is called; onReadable should read
// until EAGAIN, since the poll is level-triggered. The watch itself does
// not keep the loop alive (Ref does). Call it on the loop goroutine.
func (l *Loop) WatchFD(fd int, onReadable func()) (stop func(), err error) {
	if l.wakeFD.Load() == 0 {
		efd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
		if err != nil {
			return nil, err
		}
		l.wakeFD.Store(int32(efd) + 1)
	}
	w := &fdWatch{fd: int32(fd), onReadable: onReadable}
	l.watches = append(l.watches, w)
	return func() {
		if w.stopped {
			return
		}
		w.stopped = true
		for i, x := range l.watches {
			if x == w {
				l.watches = append(l.watches[:i:i], l.watches[i+1:]...)
				break
			}
		}
	}, nil
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
	wakeFD := int(l.wakeFD.Load() - 1)
	watches := append(l.watchSnap[:0], l.watches...)
	fds := l.pollSet[:0]
	for _, w := range watches {
		fds = append(fds, unix.PollFd{Fd: w.fd, Events: unix.POLLIN})
	}
	if wait != 0 {
		fds = append(fds, unix.PollFd{Fd: int32(wakeFD), Events: unix.POLLIN})
		l.sleeping.Store(true)
		// A Post that came before sleeping was set did not write the
		// eventfd: look once more.
		if l.hasPosted() {
			wait = 0
		}
	}
	var ts *unix.Timespec
	if wait >= 0 {
		t := unix.NsecToTimespec(int64(wait))
		ts = &t
	}
	n, err := unix.Ppoll(fds, ts, nil)
	l.sleeping.Store(false)
	l.pollSet, l.watchSnap = fds, watches
	if err != nil || n <= 0 {
		return
	}
	if len(fds) > len(watches) && fds[len(watches)].Revents != 0 {
		var buf [8]byte
		_, _ = unix.Read(wakeFD, buf[:])
		select {
		case <-l.wake:
		default:
		}
	}
	l.updateTime()
	for i, w := range watches {
		if fds[i].Revents != 0 && !w.stopped && !l.stopped {
			w.onReadable()
		}
	}
}
