package ipc

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// readSize is how much one read takes, as libuv reads a stream.
const readSize = 64 * 1024

// maxRecvFDs bounds the descriptors one read accepts; more are cut off by
// the kernel (MSG_CTRUNC), and their lines then arrive without one.
const maxRecvFDs = 16

// Channel is one end of an IPC socket. Write may be called from one
// goroutine at a time (the event loop); the read callbacks run on the
// channel's reader goroutine.
type Channel struct {
	f  *os.File
	rc syscall.RawConn
	fd int

	mu      sync.Mutex
	queue   []*write // writes waiting for the socket to drain
	queued  int      // bytes in queue
	writing bool     // the writer goroutine is running
	closed  bool

	readOnce sync.Once
}

type write struct {
	data []byte
	fd   int // sent with the first byte; -1 when none (or already sent)
	done func(error)
}

// Open makes a Channel of fd, a connected AF_UNIX stream socket, and owns it
// from then on. The descriptor is made non-blocking and close-on-exec, so
// processes the owner spawns do not hold the channel open.
func Open(fd int) (*Channel, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, err
	}
	unix.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "ipc")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &Channel{f: f, rc: rc, fd: fd}, nil
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

// Start runs the reader goroutine once: frames gets every batch of complete
// lines with whether a partial line is still buffered; eof gets nil at end of
// stream or the read error (a reset counts as the end, as in Node), after
// which nothing more is delivered. maxLine bounds a line (0: MaxLine).
func (c *Channel) Start(maxLine int, frames func([]Frame, bool), eof func(error)) {
	c.readOnce.Do(func() { go c.readLoop(NewDecoder(maxLine, nil), frames, eof) })
}

// StartSized is Start for the 'advanced' serialization: frames are
// length-prefixed V8-serialized messages (SizeDecoder), not lines.
func (c *Channel) StartSized(frames func([]Frame, bool), eof func(error)) {
	c.readOnce.Do(func() { go c.readLoop(NewSizeDecoder(nil), frames, eof) })
}

// splitter cuts the byte stream into frames: Decoder or SizeDecoder.
type splitter interface {
	Feed(data []byte, fds []int) []Frame
	Buffering() bool
	Close()
}

func (c *Channel) readLoop(dec splitter, frames func([]Frame, bool), eof func(error)) {
	buf := make([]byte, readSize)
	oob := make([]byte, unix.CmsgSpace(4*maxRecvFDs))
	for {
		n, oobn, err := c.recv(buf, oob)
		var fds []int
		if oobn > 0 {
			fds = parseRights(oob[:oobn])
		}
		if n > 0 || len(fds) > 0 {
			if out := dec.Feed(buf[:n], fds); len(out) > 0 {
				frames(out, dec.Buffering())
			}
		}
		if err != nil || n == 0 {
			dec.Close()
			c.mu.Lock()
			closed := c.closed
			c.mu.Unlock()
			if closed || err == io.EOF || errors.Is(err, unix.ECONNRESET) {
				err = nil
			}
			eof(err)
			return
		}
	}
}

func (c *Channel) recv(buf, oob []byte) (n, oobn int, err error) {
	rerr := c.rc.Read(func(fd uintptr) bool {
		n, oobn, _, _, err = unix.Recvmsg(int(fd), buf, oob, unix.MSG_CMSG_CLOEXEC)
		return err != unix.EAGAIN
	})
	if rerr != nil {
		return 0, 0, rerr
	}
	if err != nil {
		return 0, 0, err
	}
	if n == 0 {
		return 0, oobn, io.EOF
	}
	return n, oobn, nil
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
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return false, unix.EBADF
	}
	if len(c.queue) == 0 {
		n, err := c.send(data, fd, false)
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
	c.queue = append(c.queue, &write{data: append([]byte(nil), data...), fd: fd, done: done})
	c.queued += len(data)
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

// send makes one sendmsg, or with wait keeps going until the socket takes
// something. It returns how much was written.
func (c *Channel) send(data []byte, fd int, wait bool) (n int, err error) {
	var oob []byte
	if fd >= 0 {
		oob = unix.UnixRights(fd)
	}
	werr := c.rc.Write(func(s uintptr) bool {
		n, err = unix.SendmsgN(int(s), data, oob, nil, unix.MSG_NOSIGNAL)
		return !wait || err != unix.EAGAIN
	})
	if werr != nil {
		return 0, werr
	}
	return n, err
}

func (c *Channel) writeLoop() {
	for {
		c.mu.Lock()
		if len(c.queue) == 0 || c.closed {
			c.writing = false
			c.mu.Unlock()
			return
		}
		w := c.queue[0]
		c.mu.Unlock()

		n, err := c.send(w.data, w.fd, true)

		c.mu.Lock()
		if c.closed {
			// Close has answered every queued write already.
			c.mu.Unlock()
			return
		}
		if err != nil {
			// The socket is broken: every queued write fails with it.
			failed := c.queue
			c.queue, c.queued, c.writing = nil, 0, false
			c.mu.Unlock()
			for _, q := range failed {
				q.done(err)
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
			w.done(nil)
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
	c.mu.Unlock()
	err := c.f.Close()
	for _, w := range dropped {
		w.done(ErrCanceled)
	}
	return err
}

// PeerClosed reports whether the other end has been closed, even if data
// is still waiting to be read (POLLRDHUP).
func (c *Channel) PeerClosed() bool { return peerClosed(c.rc) }

func peerClosed(rc syscall.RawConn) bool {
	closed := false
	_ = rc.Control(func(fd uintptr) {
		p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN | unix.POLLRDHUP}}
		if n, err := unix.Poll(p, 0); err == nil && n > 0 {
			closed = p[0].Revents&(unix.POLLRDHUP|unix.POLLHUP) != 0
		}
	})
	return closed
}
