package net

import (
	stdnet "net"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// streamConn is what a stream needs of a connected socket; TCP and Unix
// connections both have it.
type streamConn interface {
	stdnet.Conn
	CloseWrite() error
	SyscallConn() (syscall.RawConn, error)
}

// Stream is the reading and writing half of a connected socket, shared by
// TCP and Pipe handles.
type Stream struct {
	h    *handle
	conn streamConn
	rc   syscall.RawConn

	sockFD    int // conn's descriptor, for the loop's poll
	reading   bool
	readLimit int           // bytes one read asks for; 0 is readSize
	watch     *gort.FDWatch // the loop polls the socket; nil when not reading
	// onReadable as the poll calls it, made once per stream
	readableFn func()
	done       chan struct{} // closed by close: the writer goroutine stops
	writer     *writeQueue
	pending    []writeJob // handed to the writer, not yet reported, in order
	queued     int        // bytes handed to the writer and not yet written
	ended      bool

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
	data     []byte
	req      any
	shutdown bool
}

func (s *Stream) active() bool { return s.reading || len(s.pending) > 0 }

func (s *Stream) attach(c streamConn) {
	s.conn = c
	s.rc, _ = c.SyscallConn()
	s.done = make(chan struct{})
	s.sockFD = -1
	if s.rc != nil {
		_ = s.rc.Control(func(fd uintptr) { s.sockFD = int(fd) })
	}
	s.readableFn = s.onReadable
}

// Connected reports whether the stream has a socket to read and write.
func (s *Stream) Connected() bool { return s.conn != nil }

// Write sends data. It returns done=true when the kernel took everything at
// once (no OnWrite follows); otherwise the rest goes out in the background
// and OnWrite(req, status) reports it. A negative status is a failure now.
// The caller must not change data until the write completes.
func (s *Stream) Write(data []byte, req any) (done bool, status int) {
	if s.h.closed {
		return false, -int(syscall.EBADF)
	}
	if s.conn == nil || s.ended {
		return false, -int(syscall.EPIPE)
	}
	s.bytesWritten += int64(len(data))
	if len(s.pending) == 0 {
		n, err := WriteNow(s.rc, data)
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

// WriteNow writes what the kernel takes of data on a non-blocking
// descriptor now, without waiting (uv_try_write): it stops at EAGAIN. err is
// the write's errno, or rc's own error when the descriptor is closed.
func WriteNow(rc syscall.RawConn, data []byte) (int, error) {
	var n int
	var werr error
	err := rc.Write(func(fd uintptr) bool {
		for n < len(data) {
			m, e := unix.Write(int(fd), data[n:])
			if e == unix.EINTR {
				continue
			}
			if e == unix.EAGAIN {
				break
			}
			if e != nil {
				werr = e
				break
			}
			n += m
		}
		return true
	})
	if werr != nil {
		return n, werr
	}
	return n, err
}

func (s *Stream) queue(j writeJob) {
	if s.writer == nil {
		s.writer = &writeQueue{signal: make(chan struct{}, 1)}
		go s.writeLoop()
	}
	s.pending = append(s.pending, j)
	s.queued += len(j.data)
	s.h.update()
	s.writer.push(j)
}

// writeQueue hands jobs to the writer goroutine in order, without bound:
// a program that ignores write()'s false return is Node's to buffer too.
type writeQueue struct {
	mu     sync.Mutex
	jobs   []writeJob
	signal chan struct{}
}

func (q *writeQueue) push(j writeJob) {
	q.mu.Lock()
	q.jobs = append(q.jobs, j)
	q.mu.Unlock()
	select {
	case q.signal <- struct{}{}:
	default:
	}
}

func (q *writeQueue) pop(done <-chan struct{}) (writeJob, bool) {
	for {
		q.mu.Lock()
		if len(q.jobs) > 0 {
			j := q.jobs[0]
			q.jobs[0] = writeJob{}
			q.jobs = q.jobs[1:]
			q.mu.Unlock()
			return j, true
		}
		q.mu.Unlock()
		select {
		case <-q.signal:
		case <-done:
			return writeJob{}, false
		}
	}
}

func (s *Stream) writeLoop() {
	failed := 0
	for {
		j, ok := s.writer.pop(s.done)
		if !ok {
			return
		}
		status := failed
		if status == 0 {
			if j.shutdown {
				status = Errno(s.conn.CloseWrite())
			} else if _, err := s.conn.Write(j.data); err != nil {
				status = Errno(err)
				failed = status
			}
		}
		s.h.post(func() {
			s.pending[0] = writeJob{}
			s.pending = s.pending[1:]
			s.queued -= len(j.data)
			s.h.update()
			s.report(j, status)
		})
	}
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

// Shutdown ends the writing side after queued writes; OnShutdown follows.
func (s *Stream) Shutdown() int {
	if s.h.closed {
		return -int(syscall.EBADF)
	}
	if s.conn == nil {
		return -int(syscall.ENOTCONN)
	}
	if s.ended {
		return 0
	}
	s.ended = true
	if len(s.pending) > 0 {
		s.queue(writeJob{shutdown: true})
		return 0
	}
	// Nothing queued: shut down on the next turn and report then, as
	// libuv does from its pending queue, so what the peer sees of it
	// comes after what this turn did.
	s.pending = append(s.pending, writeJob{shutdown: true})
	s.h.update()
	s.h.post(func() {
		status := Errno(s.conn.CloseWrite())
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

// close stops the stream. Writes and a shutdown still in the background
// end with ECANCELED on a later turn, before the handle's close callback,
// as libuv cancels them.
func (s *Stream) close() {
	s.reading = false
	s.stopIdle()
	if cancelled := s.pending; len(cancelled) > 0 {
		s.pending = nil
		s.h.loop.Ref()
		s.h.loop.Post(func() {
			s.h.loop.Unref()
			for _, j := range cancelled {
				s.report(j, -int(syscall.ECANCELED))
			}
		})
	}
	s.queued = 0
	s.unwatch()
	if s.conn != nil {
		// Closing the connection unblocks a writer in the kernel; done
		// stops it waiting for more work.
		s.conn.Close()
		close(s.done)
	}
}

func secs(n int) time.Duration { return time.Duration(n) * time.Second }
