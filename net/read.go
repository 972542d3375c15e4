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
	if s.sockFD < 0 {
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

// Reading reports whether the stream delivers data now (ReadStart and
// not stopped or ended since).
func (s *Stream) Reading() bool { return s.reading }

// wantReadable has the loop poll the socket while the stream reads. A
// stream that stops reading stays polled until the poll next reports it
// (then onReadable drops it): a stop and a start in one turn cost no system
// call.
func (s *Stream) wantReadable() {
	if !s.h.closed && s.sockFD >= 0 {
		s.syncWatch()
	}
}

// onReadable reads on the loop goroutine until the socket is drained, the
// stream stops, or readRounds reads were made (the poll is level-triggered:
// the rest is read on the next turn, so one busy socket does not keep the
// loop from the others).
func (s *Stream) onReadable() {
	for i := 0; i < readRounds; i++ {
		if !s.reading || s.h.closed {
			s.syncWatch()
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
			s.syncWatch()
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
	for {
		n, err := unix.Read(s.sockFD, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		return n, nil
	}
}
