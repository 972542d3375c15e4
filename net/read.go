package net

import (
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Reading works as libuv's does: a goroutine only waits (in Go's netpoller)
// until the socket is readable and tells the loop, and the loop goroutine
// reads what is there. So data that arrives while the loop is busy is
// read as one chunk, as Node sees it, and a stopped stream reads nothing.

// readSize is how much one read asks the kernel for, as libuv's 64 KiB.
const readSize = 64 * 1024

// readRounds bounds the reads of one wake-up, as libuv's 32, so one busy
// socket does not keep the loop from the others.
const readRounds = 32

// readBufs lends 64 KiB read buffers; a small chunk is copied out at its
// own size so the buffer goes back, a big one keeps it.
var readBufs = sync.Pool{New: func() any { b := make([]byte, readSize); return &b }}

// ReadStart delivers data to OnRead until ReadStop; after EOF or an error
// (delivered as a negative status) reading stops by itself.
func (s *Stream) ReadStart() int {
	if s.h.closed {
		return -int(syscall.EINVAL)
	}
	if s.conn == nil {
		return -int(syscall.ENOTCONN)
	}
	if s.reading {
		return 0
	}
	s.reading = true
	s.h.update()
	s.wantReadable()
	return 0
}

// SetReadLimit makes each read ask for at most n bytes (0: 64 KiB), for a
// reader that takes data into a buffer of its own (Node's onread option).
func (s *Stream) SetReadLimit(n int) { s.readLimit = n }

// ReadStop stops OnRead calls; data that arrives waits in the kernel.
func (s *Stream) ReadStop() int {
	s.reading = false
	s.h.update()
	return 0
}

// wantReadable asks the watcher goroutine for one readiness report.
func (s *Stream) wantReadable() {
	if s.armed || s.h.closed {
		return
	}
	s.armed = true
	if !s.watcher {
		s.watcher = true
		go s.watch()
	}
	// A request still waiting in the channel does the same job: the loop
	// must never block here. (A stopped and restarted stream can ask
	// again while a read is pending; an extra report only costs an EAGAIN.)
	select {
	case s.arm <- struct{}{}:
	default:
	}
}

func (s *Stream) watch() {
	// Readable means data, EOF or an error. poll(2) looks without taking
	// anything: a peek would consume a pending error (ECONNRESET) and
	// leave the loop's read an EOF.
	// Once the netpoller reports readiness, no second look is needed: a
	// spurious wake-up only costs the loop an EAGAIN.
	pfd := []unix.PollFd{{Events: unix.POLLIN}}
	looked := false
	peek := func(fd uintptr) bool {
		if looked {
			return true
		}
		looked = true
		pfd[0].Fd = int32(fd)
		for {
			n, err := unix.Poll(pfd, 0)
			if err == unix.EINTR {
				continue
			}
			return err != nil || n > 0
		}
	}
	for {
		select {
		case <-s.arm:
		case <-s.done:
			return
		}
		looked = false
		if err := s.rc.Read(peek); err != nil && s.h.gone.Load() {
			return
		}
		s.h.postGuarded(s.polledFn)
	}
}

// polled takes the readiness into the loop one turn late: completions the
// loop queued meanwhile (shutdown, close) go first, as libuv runs its
// pending queue before it polls.
func (s *Stream) polled() { s.h.postGuarded(s.readableFn) }

// onReadable reads on the loop goroutine until the socket is drained, the
// stream stops, or readRounds reads were made (then it goes on next turn).
func (s *Stream) onReadable() {
	s.armed = false
	for i := 0; i < readRounds; i++ {
		if !s.reading || s.h.closed {
			return
		}
		bp := readBufs.Get().(*[]byte)
		buf := *bp
		if s.readLimit > 0 && s.readLimit < len(buf) {
			buf = buf[:s.readLimit]
		}
		n, err := s.readNow(buf)
		switch {
		case err == unix.EAGAIN:
			readBufs.Put(bp)
			s.wantReadable()
			return
		case n > 0:
			var data []byte
			if n > readSize/2 {
				data = buf[:n:n]
			} else {
				data = append(make([]byte, 0, n), buf[:n]...)
				readBufs.Put(bp)
			}
			s.bytesRead += int64(n)
			if s.Consumer != nil {
				s.Consumer(data)
			} else if s.OnRead != nil {
				s.OnRead(n, data)
			}
			if n < len(buf) {
				// A short read drained the socket: wait for more.
				if s.reading {
					s.wantReadable()
				}
				return
			}
		default:
			readBufs.Put(bp)
			status := EOF
			if err != nil {
				status = Errno(err)
			}
			s.reading = false
			s.h.update()
			if s.OnRead != nil {
				s.OnRead(status, nil)
			}
			return
		}
	}
	if s.reading {
		s.armed = true
		s.h.postGuarded(s.readableFn)
	}
}

// readNow makes one non-blocking read; n is 0 with a nil error at EOF.
func (s *Stream) readNow(buf []byte) (int, error) {
	n := 0
	var rerr error
	err := s.rc.Control(func(fd uintptr) {
		for {
			n, rerr = unix.Read(int(fd), buf)
			if rerr != unix.EINTR {
				return
			}
		}
	})
	if err != nil {
		return 0, err
	}
	if rerr != nil {
		return 0, rerr
	}
	return n, nil
}
