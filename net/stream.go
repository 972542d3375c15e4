package net

import (
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// Stream is the reading and writing half of a connected socket (or a
// FIFO), shared by TCP and Pipe handles. The loop owns its descriptor, as
// libuv does: non-blocking, outside Go's netpoller, polled in the loop's own
// epoll set, read and written on the loop goroutine.
type Stream struct {
	h *handle

	sockFD    int  // the descriptor; -1 when not connected
	socket    bool // a socket (a FIFO has no half-close)
	reading   bool
	readLimit int // bytes one read asks for; 0 is readSize
	watch     *gort.FDWatch
	pending   []writeJob // written or waiting, not yet reported, in order
	written   int        // leading pending jobs done, their reports posted
	blocked   bool       // the kernel refused the head job: wait for room
	failed    int        // a write's error: the jobs after it fail with it
	queued    int        // bytes not yet reported
	ended     bool

	bytesRead    int64
	bytesWritten int64

	// OnRead gets each chunk, or EOF / a negative errno with nil data.
	OnRead func(status int, data []byte)
	// Consumer, when set, takes the data chunks in OnRead's place (end of
	// input and errors still go to OnRead): Go code that parses a
	// socket's bytes itself, as Node's HTTP parser consumes its stream.
	Consumer func(data []byte)
	// OnWrite completes a write that Write could not finish at once.
	OnWrite func(req any, status int)
	// OnShutdown reports the end of Shutdown.
	OnShutdown func(status int)
	// OnTimeout reports an inactivity timeout (SetTimeout).
	OnTimeout func()

	idle idleTimer
}

type writeJob struct {
	data     []byte // what is left to write
	size     int    // what was queued
	req      any
	shutdown bool
}

func (s *Stream) active() bool { return s.reading || len(s.pending) > 0 }

// attachFD makes fd, a connected descriptor the stream now owns, its
// socket; it is made non-blocking, as libuv makes it.
func (s *Stream) attachFD(fd int, socket bool) int {
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return Errno(err)
	}
	s.attachNonblocking(fd, socket)
	return 0
}

// attachNonblocking is attachFD for a descriptor made non-blocking
// already (accept4's).
func (s *Stream) attachNonblocking(fd int, socket bool) {
	s.sockFD, s.socket = fd, socket
	s.watch = s.h.loop.NewFDWatch(fd, s.onEvents)
}

// Connected reports whether the stream has a socket to read and write.
func (s *Stream) Connected() bool { return s.sockFD >= 0 }

// onEvents is the loop's poll reporting the descriptor.
func (s *Stream) onEvents(readable, writable bool) {
	if writable && s.blocked {
		s.flush()
	}
	if readable {
		s.onReadable()
	}
}

// syncWatch polls for what the stream waits for now.
func (s *Stream) syncWatch() {
	if s.watch == nil || s.h.closed {
		return
	}
	err := s.watch.Want(s.reading, s.blocked)
	if err == nil {
		return
	}
	// Not pollable (the descriptor is gone): waiting writes fail with the
	// error, and a reader hears it on the next turn, as from a failed read.
	status := Errno(err)
	if s.blocked {
		s.blocked = false
		s.failed = status
		s.flush()
	}
	if s.reading {
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
	}
}

// Write sends data. It returns done=true when the kernel took everything at
// once (no OnWrite follows); otherwise the rest goes out when the socket
// has room and OnWrite(req, status) reports it on a later turn. A negative
// status is a failure now. The caller must not change data until the
// write completes.
func (s *Stream) Write(data []byte, req any) (done bool, status int) {
	if s.h.closed {
		return false, -int(syscall.EBADF)
	}
	if s.sockFD < 0 || s.ended {
		return false, -int(syscall.EPIPE)
	}
	s.bytesWritten += int64(len(data))
	if len(s.pending) == 0 {
		n, err := writeFD(s.sockFD, data)
		if err != nil {
			return false, Errno(err)
		}
		if n == len(data) {
			return true, 0
		}
		data = data[n:]
	}
	s.queue(writeJob{data: data, req: req})
	return false, 0
}

// writeFD writes what the kernel takes of data now (uv_try_write).
func writeFD(fd int, data []byte) (int, error) {
	n := 0
	for n < len(data) {
		m, err := unix.Write(fd, data[n:])
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n += m
	}
	return n, nil
}

func (s *Stream) queue(j writeJob) {
	j.size = len(j.data)
	s.pending = append(s.pending, j)
	s.queued += j.size
	s.h.update()
	if !s.blocked {
		s.flush()
	}
}

// flush writes the waiting jobs in order until the kernel has no room,
// on the loop goroutine; each finished job is reported on a later turn,
// from libuv's pending queue as it were.
func (s *Stream) flush() {
	for s.written < len(s.pending) {
		j := &s.pending[s.written]
		status := s.failed
		if status == 0 {
			if j.shutdown {
				status = s.shutdownNow()
			} else {
				n, err := writeFD(s.sockFD, j.data)
				j.data = j.data[n:]
				if err != nil {
					status = Errno(err)
					s.failed = status
				} else if len(j.data) > 0 {
					s.blocked = true
					s.syncWatch()
					return
				}
			}
		}
		s.written++
		s.postReport(status)
	}
	if s.blocked {
		s.blocked = false
		s.syncWatch()
	}
}

// postReport reports the oldest pending job on the next turn.
func (s *Stream) postReport(status int) {
	s.h.post(func() {
		j := s.pending[0]
		s.pending[0] = writeJob{}
		s.pending = s.pending[1:]
		s.written--
		s.queued -= j.size
		s.h.update()
		s.report(j, status)
	})
}

func (s *Stream) shutdownNow() int {
	if !s.socket {
		return -int(syscall.ENOTSOCK)
	}
	return Errno(unix.Shutdown(s.sockFD, unix.SHUT_WR))
}

func (s *Stream) report(j writeJob, status int) {
	if j.shutdown {
		if s.OnShutdown != nil {
			s.OnShutdown(status)
		}
	} else if s.OnWrite != nil {
		s.OnWrite(j.req, status)
	}
}

// Shutdown ends the writing side after queued writes; OnShutdown follows
// on a later turn, so what the peer sees of it comes after what this turn
// did, as libuv shuts down from its pending queue.
func (s *Stream) Shutdown() int {
	if s.h.closed {
		return -int(syscall.EBADF)
	}
	if s.sockFD < 0 {
		return -int(syscall.ENOTCONN)
	}
	if s.ended {
		return 0
	}
	s.ended = true
	if len(s.pending) > s.written {
		s.queue(writeJob{shutdown: true})
		return 0
	}
	s.pending = append(s.pending, writeJob{shutdown: true})
	s.h.update()
	s.h.post(func() {
		status := s.shutdownNow()
		s.pending = s.pending[1:]
		s.h.update()
		s.report(writeJob{shutdown: true}, status)
	})
	return 0
}

// WriteQueueSize is how many bytes are still waiting in the background, as
// libuv's write_queue_size.
func (s *Stream) WriteQueueSize() int { return s.queued }

// BytesRead and BytesWritten count the stream's traffic, as Node's handles
// do: bytes delivered to OnRead, and bytes given to Write.
func (s *Stream) BytesRead() int64 { return s.bytesRead }

// BytesWritten counts the bytes given to Write.
func (s *Stream) BytesWritten() int64 { return s.bytesWritten }

// close stops the stream and queues, for the loop's closing phase, the
// ECANCELED reports of writes and a shutdown not yet reported, then
// onClose (the handle's close callback, if any), as libuv cancels them
// when it finishes closing.
func (s *Stream) close(onClose func()) {
	s.reading = false
	s.stopIdle()
	cancelled := s.pending
	s.pending = nil
	if len(cancelled) > 0 || onClose != nil {
		s.h.loop.QueueClose(func() {
			for _, j := range cancelled {
				s.report(j, -int(syscall.ECANCELED))
			}
			if onClose != nil {
				onClose()
			}
		})
	}
	s.written, s.queued, s.blocked = 0, 0, false
	if s.sockFD >= 0 {
		if s.watch != nil {
			s.watch.Stop()
		}
		unix.Close(s.sockFD)
		s.sockFD = -1
	}
}

func secs(n int) time.Duration { return time.Duration(n) * time.Second }
