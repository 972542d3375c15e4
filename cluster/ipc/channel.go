package ipc

import (
	"os"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// readSize is how much one read takes, as libuv reads a stream.
const readSize = 64 * 1024

// maxRecvFDs bounds the descriptors one read accepts; more are cut off by
// the kernel (MSG_CTRUNC), and their lines then arrive without one.
const maxRecvFDs = 16

// pollSlice is how long a goroutine waiting on the socket (the writer of a
// full socket, Start's reader) sleeps at most before it looks whether the
// channel was closed under it.
const pollSlice = 50 * time.Millisecond

// Channel is one end of an IPC socket. Write may be called from one
// goroutine at a time (the event loop). The descriptor is not registered
// with Go's network poller: the event loop polls it itself (Reader), and a
// poller registration would wake an idle Go thread on every message for
// nothing. Every syscall on it runs under mu, so Close cannot close the
// descriptor under one (and a recycled descriptor number is never used).
type Channel struct {
	fd int

	mu      sync.Mutex
	queue   []*write // writes waiting for the socket to drain
	queued  int      // bytes in queue
	writing bool     // the writer goroutine is running
	closed  bool

	readOnce sync.Once
}

// write is queued data: one Write's, or several in a row without
// descriptors, sent together (the bytes on the wire are the same).
type write struct {
	data  []byte
	fd    int // sent with the first byte; -1 when none (or already sent)
	dones []func(error)
}

func (w *write) finish(err error) {
	for _, done := range w.dones {
		done(err)
	}
}

// Open makes a Channel of fd, a connected AF_UNIX stream socket, and owns it
// from then on. The descriptor is made non-blocking and close-on-exec, so
// processes the owner spawns do not hold the channel open.
func Open(fd int) (*Channel, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, err
	}
	unix.CloseOnExec(fd)
	return &Channel{fd: fd}, nil
}

// Pair makes a socketpair: the Channel for this process and the other end,
// to hand to a child (as fd 3: exec.Cmd.ExtraFiles[0]). The caller closes
// the returned file once the child has it.
func Pair() (*Channel, *os.File, error) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, nil, os.NewSyscallError("socketpair", err)
	}
	c, err := Open(fds[0])
	if err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, nil, err
	}
	return c, os.NewFile(uintptr(fds[1]), "ipc-child"), nil
}

// FD is the channel's descriptor number.
func (c *Channel) FD() int { return c.fd }

// Start runs a reader goroutine once: frames gets every batch of complete
// lines with whether a partial line is still buffered; eof gets nil at end of
// stream or the read error (a reset counts as the end, as in Node), after
// which nothing more is delivered. maxLine bounds a line (0: MaxLine). An
// event loop uses NewReader instead.
func (c *Channel) Start(maxLine int, frames func([]Frame, bool), eof func(error)) {
	c.readOnce.Do(func() { go c.readLoop(c.NewReader(false, maxLine, frames, eof)) })
}

// StartSized is Start for the 'advanced' serialization: frames are
// length-prefixed V8-serialized messages (SizeDecoder), not lines.
func (c *Channel) StartSized(frames func([]Frame, bool), eof func(error)) {
	c.readOnce.Do(func() { go c.readLoop(c.NewReader(true, 0, frames, eof)) })
}

// splitter cuts the byte stream into frames: Decoder or SizeDecoder.
type splitter interface {
	Feed(data []byte, fds []int) []Frame
	Buffering() bool
	Close()
}

func (c *Channel) readLoop(r *Reader) {
	for !r.ReadReady() {
		c.waitFor(unix.POLLIN)
	}
}

// waitFor sleeps until the socket has events (or hangs up), for at most
// pollSlice, or at once when the channel is closed.
func (c *Channel) waitFor(events int16) {
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return
	}
	// The descriptor may be closed (even reused) while this polls: the
	// caller looks at closed again before it touches the socket.
	p := []unix.PollFd{{Fd: int32(c.fd), Events: events}}
	_, _ = unix.Poll(p, int(pollSlice/time.Millisecond))
}

// parseRights collects the descriptors of SCM_RIGHTS messages.
func parseRights(oob []byte) []int {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil
	}
	var fds []int
	for i := range msgs {
		if got, err := unix.ParseUnixRights(&msgs[i]); err == nil {
			fds = append(fds, got...)
		}
	}
	return fds
}

// Write sends data (one or more whole lines) with fd (-1: none) attached to
// its first byte. It tries at once; whatever the socket does not take is
// queued for a writer goroutine, and then async is true and done is called
// from that goroutine once all of data is written (or with the error that
// stopped it). A synchronous error is returned, and done is not called.
func (c *Channel) Write(data []byte, fd int, done func(error)) (async bool, err error) {
	return c.write(data, fd, done, false)
}

// Queue is Write without the first try: data always goes through the
// queue, and done follows. A caller uses it to keep a write behind earlier
// ones whose completions it has not yet seen, as libuv queues every write
// behind a pending one until its loop has run their callbacks.
func (c *Channel) Queue(data []byte, fd int, done func(error)) error {
	_, err := c.write(data, fd, done, true)
	return err
}

func (c *Channel) write(data []byte, fd int, done func(error), queueOnly bool) (async bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false, unix.EBADF
	}
	if len(c.queue) == 0 && !queueOnly {
		n, err := c.send(data, fd)
		if err != nil && err != unix.EAGAIN {
			return false, err
		}
		if n == len(data) {
			return false, nil
		}
		if n > 0 {
			data, fd = data[n:], -1
		}
	}
	c.queued += len(data)
	// Behind a write without a descriptor, another goes in the same
	// sendmsg. Never behind one with: the reader pairs a descriptor with
	// the last line of the read it came in.
	if n := len(c.queue); n > 0 && fd < 0 && c.queue[n-1].fd < 0 {
		last := c.queue[n-1]
		last.data = append(last.data, data...)
		last.dones = append(last.dones, done)
		return true, nil
	}
	c.queue = append(c.queue, &write{data: append([]byte(nil), data...), fd: fd, dones: []func(error){done}})
	if !c.writing {
		c.writing = true
		go c.writeLoop()
	}
	return true, nil
}

// QueueSize is how many bytes wait to be written.
func (c *Channel) QueueSize() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.queued
}

// send makes one non-blocking sendmsg (mu held) and returns how much was
// written.
func (c *Channel) send(data []byte, fd int) (n int, err error) {
	var oob []byte
	if fd >= 0 {
		oob = unix.UnixRights(fd)
	}
	for {
		n, err = unix.SendmsgN(c.fd, data, oob, nil, unix.MSG_NOSIGNAL|unix.MSG_DONTWAIT)
		if err != unix.EINTR {
			return n, err
		}
	}
}

func (c *Channel) writeLoop() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			// Close has answered every queued write already.
			c.writing = false
			c.mu.Unlock()
			return
		}
		w := c.queue[0]
		n, err := c.send(w.data, w.fd)
		if err == unix.EAGAIN {
			c.mu.Unlock()
			c.waitFor(unix.POLLOUT)
			continue
		}
		if err != nil {
			// The socket is broken: every queued write fails with it.
			failed := c.queue
			c.queue, c.queued, c.writing = nil, 0, false
			c.mu.Unlock()
			for _, q := range failed {
				q.finish(err)
			}
			return
		}
		c.queued -= n
		w.data, w.fd = w.data[n:], -1
		finished := len(w.data) == 0
		if finished {
			c.queue = c.queue[1:]
		}
		c.mu.Unlock()
		if finished {
			w.finish(nil)
		}
	}
}

// ErrCanceled is what queued writes complete with when the channel closes
// under them (libuv's ECANCELED).
var ErrCanceled = unix.ECANCELED

// Close shuts the channel: the reader stops (its eof callback runs with
// nil), queued writes complete with ErrCanceled, and the descriptor is
// closed.
func (c *Channel) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	dropped := c.queue
	c.queue, c.queued = nil, 0
	err := unix.Close(c.fd)
	c.mu.Unlock()
	for _, w := range dropped {
		w.finish(ErrCanceled)
	}
	if err != nil {
		return os.NewSyscallError("close", err)
	}
	return nil
}

// PeerClosed reports whether the other end has been closed, even if data
// is still waiting to be read (POLLRDHUP).
func (c *Channel) PeerClosed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false
	}
	p := []unix.PollFd{{Fd: int32(c.fd), Events: unix.POLLIN | unix.POLLRDHUP}}
	if n, err := unix.Poll(p, 0); err == nil && n > 0 {
		return p[0].Revents&(unix.POLLRDHUP|unix.POLLHUP) != 0
	}
	return false
}
