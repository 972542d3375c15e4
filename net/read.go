package net

import (
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Reading works as libuv's does: the loop polls the socket itself (one
// epoll set for the loop, runtime.Loop.NewFDWatch) and reads it on its own
// goroutine when it is readable. So data that arrives while the loop is busy
// is read as one chunk, as Node sees it, a stopped stream reads nothing, and
// no goroutine is woken per chunk.

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

// wantReadable registers the socket with the loop's poll while the stream
// reads. A stream that stops reading keeps the registration until the poll
// next reports it (then onReadable drops it): a stop and start in one turn
// cost no system call.
func (s *Stream) wantReadable() {
	if s.watch != nil || s.h.closed {
		return
	}
	w, err := s.h.loop.NewFDWatch(s.sockFD, s.readableFn)
	if err != nil {
		// Not pollable (the descriptor is gone): report it as a read
		// error on the next turn, as a failed read would.
		status := Errno(err)
		s.h.post(func() {
			if !s.reading {
				return
			}
			s.reading = false
			s.h.update()
			if s.OnRead != nil {
				s.OnRead(status, nil)
			}
		})
		return
	}
	s.watch = w
}

// unwatch drops the poll registration; it must come before the descriptor
// is closed.
func (s *Stream) unwatch() {
	if s.watch != nil {
		s.watch.Stop()
		s.watch = nil
	}
}

// onReadable reads on the loop goroutine until the socket is drained, the
// stream stops, or readRounds reads were made (the poll is level-triggered:
// the rest is read on the next turn, so one busy socket does not keep the
// loop from the others).
func (s *Stream) onReadable() {
	for i := 0; i < readRounds; i++ {
		if !s.reading || s.h.closed {
			s.unwatch()
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
				// A short read drained the socket: the poll reports more.
				return
			}
		default:
			readBufs.Put(bp)
			status := EOF
			if err != nil {
				status = Errno(err)
			}
			s.reading = false
			s.unwatch()
			s.h.update()
			if s.OnRead != nil {
				s.OnRead(status, nil)
			}
			return
		}
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
