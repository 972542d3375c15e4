package ipc

import (
	"encoding/binary"

	"golang.org/x/sys/unix"
)

// SizeDecoder splits the stream of the 'advanced' serialization: each
// message is a 4-byte big-endian length and that many bytes of V8-serialized
// value. Frame.Line holds the value's bytes (without the length).
// Descriptors pair with messages as Decoder pairs them with lines: one
// belongs to the message the last byte of its read belongs to.
type SizeDecoder struct {
	buf     []byte
	fds     []int // descriptors tagged to the message in buf
	closeFD func(int)
}

// NewSizeDecoder makes a decoder of length-prefixed messages; closeFD
// closes descriptors no frame can carry (nil: unix.Close).
func NewSizeDecoder(closeFD func(int)) *SizeDecoder {
	if closeFD == nil {
		closeFD = func(fd int) { _ = unix.Close(fd) }
	}
	return &SizeDecoder{closeFD: closeFD}
}

// Feed takes the bytes and descriptors of one read and returns the
// messages they complete, in order.
func (d *SizeDecoder) Feed(data []byte, fds []int) []Frame {
	d.buf = append(d.buf, data...)
	var out []Frame
	for len(d.buf) >= 4 {
		size := int(binary.BigEndian.Uint32(d.buf))
		if len(d.buf) < 4+size {
			break
		}
		out = append(out, Frame{Line: append([]byte(nil), d.buf[4:4+size]...), FD: -1})
		d.buf = d.buf[4+size:]
	}
	if len(d.buf) == 0 {
		d.buf = nil
	}
	// Descriptors of earlier reads go with the first message completed.
	if len(d.fds) > 0 && len(out) > 0 {
		out[0].FD = d.fds[0]
		d.closeAll(d.fds[1:])
		d.fds = nil
	}
	switch {
	case len(fds) == 0:
	case len(d.buf) == 0 && len(out) > 0:
		last := &out[len(out)-1]
		if last.FD < 0 {
			last.FD, fds = fds[0], fds[1:]
		}
		d.closeAll(fds)
	default:
		d.fds = append(d.fds, fds...)
	}
	return out
}

// Buffering reports whether part of a message is waiting for the rest.
func (d *SizeDecoder) Buffering() bool { return len(d.buf) > 0 }

// Close drops what is buffered, closing its descriptors.
func (d *SizeDecoder) Close() {
	d.closeAll(d.fds)
	d.fds, d.buf = nil, nil
}

func (d *SizeDecoder) closeAll(fds []int) {
	for _, fd := range fds {
		d.closeFD(fd)
	}
}
