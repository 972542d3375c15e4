package net

import (
	stdnet "net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// readSize is how much one read asks the kernel for, as libuv's 64 KiB.
const readSize = 64 * 1024

// readAhead is how many chunks may be read but not yet delivered: a slow
// reader never makes the process buffer more than this per socket.
const readAhead = 2

// stream is the reading and writing half of a connected socket.
type stream struct {
	h          *handle
	conn       *stdnet.TCPConn
	rc         syscall.RawConn
	closedFlag atomic.Bool

	reading  bool
	started  bool          // the reader goroutine runs
	tokens   chan struct{} // read-ahead credits
	done     chan struct{} // closed by close: goroutines stop
	held     []readResult  // read while stopped, delivered on ReadStart
	writer   *writeQueue
	inFlight int // writes and a shutdown handed to the writer
	ended    bool

	// OnRead gets each chunk, or EOF / a negative errno with nil data.
	OnRead func(status int, data []byte)
	// OnWrite completes a write that Write could not finish at once.
	OnWrite func(req any, status int)
	// OnShutdown reports the end of Shutdown.
	OnShutdown func(status int)
}

type readResult struct {
	status int
	data   []byte
}

type writeJob struct {
	data     []byte
	req      any
	shutdown bool
}

func (s *stream) active() bool { return s.reading || s.inFlight > 0 }

func (s *stream) attach(c *stdnet.TCPConn) {
	s.conn = c
	s.rc, _ = c.SyscallConn()
	s.done = make(chan struct{})
}

// ReadStart delivers data to OnRead until ReadStop.
func (s *stream) ReadStart() int {
	if s.conn == nil {
		return -int(syscall.ENOTCONN)
	}
	if s.reading {
		return 0
	}
	s.reading = true
	s.h.update()
	if held := s.held; len(held) > 0 {
		s.held = nil
		s.h.post(func() {
			for i, r := range held {
				if !s.reading {
					s.held = append(held[i:len(held):len(held)], s.held...)
					return
				}
				s.deliver(r)
			}
		})
	}
	if !s.started {
		s.started = true
		s.tokens = make(chan struct{}, readAhead)
		for i := 0; i < readAhead; i++ {
			s.tokens <- struct{}{}
		}
		go s.readLoop()
	}
	return 0
}

// ReadStop stops OnRead calls; data read meanwhile waits for ReadStart.
func (s *stream) ReadStop() int {
	s.reading = false
	s.h.update()
	return 0
}

func (s *stream) readLoop() {
	for {
		select {
		case <-s.tokens:
		case <-s.done:
			return
		}
		buf := make([]byte, readSize)
		n, err := s.conn.Read(buf)
		r := readResult{status: n, data: buf[:n:n]}
		if n == 0 {
			r = readResult{status: Errno(err)}
		}
		if s.closedFlag.Load() {
			return
		}
		s.h.post(func() {
			if s.reading {
				s.deliver(r)
			} else {
				s.held = append(s.held, r)
			}
		})
		if n == 0 || (err != nil && n > 0 && s.stopAfter(err)) {
			return
		}
	}
}

// stopAfter handles a chunk that came with an error: the error is delivered
// as its own result after the data.
func (s *stream) stopAfter(err error) bool {
	r := readResult{status: Errno(err)}
	s.h.post(func() {
		if s.reading {
			s.deliver(r)
		} else {
			s.held = append(s.held, r)
		}
	})
	return true
}

func (s *stream) deliver(r readResult) {
	if r.status > 0 {
		select {
		case s.tokens <- struct{}{}:
		default:
		}
	} else {
		s.reading = false
		s.h.update()
	}
	if s.OnRead != nil {
		s.OnRead(r.status, r.data)
	}
}

// Write sends data. It returns done=true when the kernel took everything at
// once (no OnWrite follows); otherwise the rest goes out in the background
// and OnWrite(req, status) reports it. A negative status is a failure now.
func (s *stream) Write(data []byte, req any) (done bool, status int) {
	if s.conn == nil || s.ended {
		return false, -int(syscall.EPIPE)
	}
	if s.inFlight == 0 {
		n, err := s.tryWrite(data)
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

// tryWrite writes what the kernel takes now, without waiting: uv_try_write.
func (s *stream) tryWrite(data []byte) (int, error) {
	var n int
	var werr error
	err := s.rc.Write(func(fd uintptr) bool {
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

func (s *stream) queue(j writeJob) {
	if s.writer == nil {
		s.writer = &writeQueue{signal: make(chan struct{}, 1)}
		go s.writeLoop()
	}
	s.inFlight++
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

func (s *stream) writeLoop() {
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
			s.inFlight--
			s.h.update()
			if j.shutdown {
				if s.OnShutdown != nil {
					s.OnShutdown(status)
				}
			} else if s.OnWrite != nil {
				s.OnWrite(j.req, status)
			}
		})
	}
}

// Shutdown ends the writing side after queued writes; OnShutdown follows.
func (s *stream) Shutdown() int {
	if s.conn == nil {
		return -int(syscall.ENOTCONN)
	}
	if s.ended {
		return 0
	}
	s.ended = true
	s.queue(writeJob{shutdown: true})
	return 0
}

// WriteQueueSize is how many writes are still in the background.
func (s *stream) WriteQueueSize() int { return s.inFlight }

func (s *stream) close() {
	s.closedFlag.Store(true)
	s.reading = false
	s.inFlight = 0
	if s.conn != nil {
		// Closing the connection unblocks a reader or writer in the kernel;
		// done stops them waiting for more work.
		s.conn.Close()
		close(s.done)
	}
}

func secs(n int) time.Duration { return time.Duration(n) * time.Second }
