package ipc

import (
	"errors"

	"golang.org/x/sys/unix"
)

// readRounds bounds the reads of one ReadReady, as libuv's 32 reads per
// wake-up, so a flooding peer does not keep an event loop from the rest.
const readRounds = 32

// Reader reads a channel on its caller's goroutine, an event loop's: the
// loop polls the descriptor and calls ReadReady when it is readable, which
// reads what is there without blocking and hands every complete frame of
// those reads to one frames call. Unlike Start, no goroutine sits between
// the socket and the loop, so a message costs no hand-off.
type Reader struct {
	c      *Channel
	dec    splitter
	buf    []byte
	oob    []byte
	frames func([]Frame, bool)
	eof    func(error)
	done   bool
}

// NewReader reads lines (sized false; maxLine as in Start) or
// length-prefixed messages (sized true) with the callbacks of Start.
func (c *Channel) NewReader(sized bool, maxLine int, frames func([]Frame, bool), eof func(error)) *Reader {
	var dec splitter
	if sized {
		dec = NewSizeDecoder(nil)
	} else {
		dec = NewDecoder(maxLine, nil)
	}
	return &Reader{c: c, dec: dec, frames: frames, eof: eof}
}

// ReadReady reads until the socket has nothing more (or readRounds reads),
// delivers the frames, then the end of the stream if it came. It reports
// whether reading is over.
func (r *Reader) ReadReady() (done bool) {
	if r.done {
		return true
	}
	if r.buf == nil {
		r.buf = make([]byte, readSize)
		r.oob = make([]byte, unix.CmsgSpace(4*maxRecvFDs))
	}
	var out []Frame
	var end error
	ended := false
	for i := 0; i < readRounds; i++ {
		n, oobn, err := r.recv()
		if err == unix.EAGAIN {
			break
		}
		var fds []int
		if oobn > 0 {
			fds = parseRights(r.oob[:oobn])
		}
		if n > 0 || len(fds) > 0 {
			out = append(out, r.dec.Feed(r.buf[:n], fds)...)
		}
		if err != nil || n == 0 {
			ended, end = true, err
			break
		}
		if n < len(r.buf) {
			break // a short read drained the socket
		}
	}
	if len(out) > 0 {
		r.frames(out, r.dec.Buffering())
	}
	if ended {
		r.done = true
		r.dec.Close()
		r.c.mu.Lock()
		closed := r.c.closed
		r.c.mu.Unlock()
		if closed || errors.Is(end, unix.ECONNRESET) {
			end = nil
		}
		r.eof(end)
	}
	return r.done
}

// recv makes one non-blocking recvmsg; n is 0 with a nil error at EOF,
// and once the channel is closed.
func (r *Reader) recv() (n, oobn int, err error) {
	r.c.mu.Lock()
	defer r.c.mu.Unlock()
	if r.c.closed {
		return 0, 0, nil
	}
	for {
		n, oobn, _, _, err = unix.Recvmsg(r.c.fd, r.buf, r.oob, unix.MSG_CMSG_CLOEXEC|unix.MSG_DONTWAIT)
		if err != unix.EINTR {
			return n, oobn, err
		}
	}
}
