package ipc

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/sys/unix"
)

// MaxLine is the default longest line a Decoder buffers: V8's longest
// string, past which Node's own decoder fails with "Invalid string length".
const MaxLine = 1<<29 - 24

// ErrLineTooLong marks a frame whose line was dropped because it grew past
// the decoder's limit.
var ErrLineTooLong = errors.New("ipc: message line too long")

// Frame is one received line.
type Frame struct {
	Line []byte // the JSON text, without the "\n"; valid UTF-8
	FD   int    // descriptor that arrived with the line, or -1
	Err  error  // ErrLineTooLong: the line was dropped (Line is nil)
}

// Decoder splits a stream into "\n"-terminated lines and pairs received
// descriptors with lines. A descriptor belongs to the line that the last byte
// of its read belongs to (a "\n" belongs to the line it ends): the sender
// writes a NODE_HANDLE line and its descriptor in one sendmsg, and the kernel
// ends a read at the first message that carries descriptors, possibly with
// earlier bytes in front of it but never later ones.
//
// The zero value is not ready: use NewDecoder.
type Decoder struct {
	max      int
	buf      []byte
	fds      []int // descriptors tagged to the line in buf
	skipping bool  // dropping the rest of an over-long line
	closeFD  func(int)
}

// NewDecoder makes a decoder that drops lines longer than max bytes (MaxLine
// when max <= 0). closeFD closes descriptors no frame can carry (nil:
// unix.Close).
func NewDecoder(max int, closeFD func(int)) *Decoder {
	if max <= 0 {
		max = MaxLine
	}
	if closeFD == nil {
		closeFD = func(fd int) { _ = unix.Close(fd) }
	}
	return &Decoder{max: max, closeFD: closeFD}
}

// Feed takes the bytes and descriptors of one read and returns the lines
// they complete, in order.
func (d *Decoder) Feed(data []byte, fds []int) []Frame {
	var out []Frame
	endsLine := len(data) > 0 && data[len(data)-1] == '\n'
	lastSkipped := false
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		seg := data
		if i >= 0 {
			seg = data[:i]
		}
		switch {
		case d.skipping:
		case len(d.buf)+len(seg) > d.max:
			d.skipping = true
			d.buf = nil
			d.closeAll(d.fds)
			d.fds = nil
			out = append(out, Frame{FD: -1, Err: ErrLineTooLong})
		default:
			d.buf = append(d.buf, seg...)
		}
		if i < 0 {
			break
		}
		data = data[i+1:]
		lastSkipped = d.skipping
		if d.skipping {
			d.skipping = false
			continue
		}
		out = append(out, d.frame())
	}
	switch {
	case len(fds) == 0:
	case endsLine && !lastSkipped:
		last := &out[len(out)-1]
		if last.FD < 0 {
			last.FD, fds = fds[0], fds[1:]
		}
		d.closeAll(fds)
	case endsLine || d.skipping:
		// The line they came with was dropped.
		d.closeAll(fds)
	default:
		d.fds = append(d.fds, fds...)
	}
	return out
}

// frame finishes the line in buf.
func (d *Decoder) frame() Frame {
	// buf is the frame's own (it starts afresh below): no copy unless
	// invalid UTF-8 must be replaced.
	line := d.buf
	if !utf8.Valid(line) {
		line = ValidUTF8(line)
	}
	f := Frame{Line: line, FD: -1}
	if len(d.fds) > 0 {
		// One descriptor per message is all Node sends; more are strays.
		f.FD = d.fds[0]
		d.closeAll(d.fds[1:])
	}
	d.buf = nil
	d.fds = nil
	return f
}

// Buffering reports whether part of a line is waiting for its end.
func (d *Decoder) Buffering() bool { return len(d.buf) > 0 || d.skipping }

// Close drops a half line (the peer went away in the middle of it) and
// closes the descriptors that came with it.
func (d *Decoder) Close() {
	d.buf = nil
	d.skipping = false
	d.closeAll(d.fds)
	d.fds = nil
}

func (d *Decoder) closeAll(fds []int) {
	for _, fd := range fds {
		d.closeFD(fd)
	}
}
