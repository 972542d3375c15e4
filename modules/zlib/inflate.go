package zlib

import (
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sync/atomic"
)

// zlibError is a failure in zlib's words: the message zlib's inflate sets
// and its return code (Z_DATA_ERROR, Z_BUF_ERROR, Z_NEED_DICT).
type zlibError struct {
	msg   string
	errno int
}

func (e *zlibError) Error() string { return e.msg }

const (
	zNeedDict  = 2
	zDataError = -3
	zBufError  = -5
)

func dataError(msg string) *zlibError { return &zlibError{msg, zDataError} }

var errTruncated = &zlibError{"unexpected end of file", zBufError}

// decoder reads one input format (zlib, gzip, raw deflate or either of the
// first two for unzip) and writes what it inflates to out. The framing is
// parsed here rather than by compress/zlib and compress/gzip, so that each
// failure carries the message zlib itself gives.
type decoder struct {
	mode int
	dict []byte
	out  io.Writer
}

func (d *decoder) decode(br *bufio.Reader) error {
	switch d.mode {
	case modeInflateRaw:
		return d.body(br, d.dict)
	case modeInflate:
		return d.zlibMember(br)
	case modeGunzip:
		return d.gzipMembers(br)
	}
	// Unzip: gzip's magic says gzip, anything else is zlib.
	if p, _ := br.Peek(2); len(p) == 2 && p[0] == 0x1f && p[1] == 0x8b {
		return d.gzipMembers(br)
	}
	return d.zlibMember(br)
}

func readFull(br *bufio.Reader, n int) ([]byte, error) {
	p := make([]byte, n)
	if _, err := io.ReadFull(br, p); err != nil {
		return nil, errTruncated
	}
	return p, nil
}

func (d *decoder) zlibMember(br *bufio.Reader) error {
	h, err := readFull(br, 2)
	if err != nil {
		return err
	}
	switch {
	case (int(h[0])<<8|int(h[1]))%31 != 0:
		return dataError("incorrect header check")
	case h[0]&0x0f != 8:
		return dataError("unknown compression method")
	case h[0]>>4 > 7:
		return dataError("invalid window size")
	}
	var dict []byte
	if h[1]&0x20 != 0 {
		id, err := readFull(br, 4)
		if err != nil {
			return err
		}
		if d.dict == nil {
			return &zlibError{"Missing dictionary", zNeedDict}
		}
		// Node reports a wrong dictionary with Z_NEED_DICT's code too.
		if adler32.Checksum(d.dict) != be32(id) {
			return &zlibError{"Bad dictionary", zNeedDict}
		}
		dict = d.dict
	}
	sum := adler32.New()
	if err := d.body(br, dict, sum); err != nil {
		return err
	}
	t, err := readFull(br, 4)
	if err != nil {
		return err
	}
	if be32(t) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

// gzipMembers inflates gzip members one after another, as Node's gunzip
// does; a zero byte after a member ends the input (padding), anything
// else must be another member.
func (d *decoder) gzipMembers(br *bufio.Reader) error {
	for {
		if err := d.gzipMember(br); err != nil {
			return err
		}
		p, err := br.Peek(1)
		if err != nil || p[0] == 0 {
			_, _ = io.Copy(io.Discard, br)
			return nil
		}
	}
}

func (d *decoder) gzipMember(br *bufio.Reader) error {
	// zlib checks the magic as soon as it has it.
	magic, err := readFull(br, 2)
	if err != nil {
		return err
	}
	if magic[0] != 0x1f || magic[1] != 0x8b {
		return dataError("incorrect header check")
	}
	rest, err := readFull(br, 8)
	if err != nil {
		return err
	}
	h := append(magic, rest...)
	switch {
	case h[2] != 8:
		return dataError("unknown compression method")
	case h[3]&0xe0 != 0:
		return dataError("unknown header flags set")
	}
	flags := h[3]
	if flags&0x04 != 0 { // FEXTRA
		n, err := readFull(br, 2)
		if err != nil {
			return err
		}
		if _, err := readFull(br, int(n[0])|int(n[1])<<8); err != nil {
			return err
		}
	}
	for _, bit := range []byte{0x08, 0x10} { // FNAME, FCOMMENT: zero-terminated
		if flags&bit != 0 {
			if _, err := br.ReadBytes(0); err != nil {
				return errTruncated
			}
		}
	}
	if flags&0x02 != 0 { // FHCRC
		if _, err := readFull(br, 2); err != nil {
			return err
		}
	}
	sum := crc32.NewIEEE()
	counter := &countingWriter{}
	if err := d.body(br, nil, sum, counter); err != nil {
		return err
	}
	t, err := readFull(br, 8)
	if err != nil {
		return err
	}
	if le32(t[:4]) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	if le32(t[4:]) != uint32(counter.n) {
		return dataError("incorrect length check")
	}
	return nil
}

// body inflates one deflate stream. compress/flate reads a ByteReader one
// byte at a time, so it leaves the trailer after the stream unread in br.
func (d *decoder) body(br *bufio.Reader, dict []byte, sums ...io.Writer) error {
	rec := &headRecorder{r: br}
	fr := flate.NewReaderDict(rec, dict)
	w := d.out
	if len(sums) > 0 {
		w = io.MultiWriter(append([]io.Writer{d.out}, sums...)...)
	}
	_, err := io.Copy(w, fr)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errTruncated
	}
	var corrupt flate.CorruptInputError
	if errors.As(err, &corrupt) {
		return dataError(rec.diagnose())
	}
	var ze *zlibError
	if errors.As(err, &ze) {
		return ze
	}
	return dataError(err.Error())
}

// headRecorder keeps the first bytes of a deflate stream, to name what is
// wrong with its first block as zlib would. compress/flate only says the
// input is corrupt, not why.
type headRecorder struct {
	r    *bufio.Reader
	head []byte
}

func (h *headRecorder) ReadByte() (byte, error) {
	b, err := h.r.ReadByte()
	if err == nil && len(h.head) < 5 {
		h.head = append(h.head, b)
	}
	return b, err
}

func (h *headRecorder) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if room := 5 - len(h.head); room > 0 {
		h.head = append(h.head, p[:min(n, room)]...)
	}
	return n, err
}

// diagnose names the fault of a corrupt stream when its first block shows
// it (a reserved block type, a stored block whose lengths disagree); other
// faults get zlib's message for a bad code-lengths table, the commonest.
func (h *headRecorder) diagnose() string {
	if len(h.head) == 0 {
		return "invalid code lengths set"
	}
	switch (h.head[0] >> 1) & 3 {
	case 3:
		return "invalid block type"
	case 0:
		if len(h.head) >= 5 {
			n := uint16(h.head[1]) | uint16(h.head[2])<<8
			nn := uint16(h.head[3]) | uint16(h.head[4])<<8
			if n != ^nn {
				return "invalid stored block lengths"
			}
		}
	}
	return "invalid code lengths set"
}

// writeOnly hides bytes.Buffer's ReadFrom from io.Copy: ReadFrom reads
// straight into the buffer's spare room, so output taken and Reset by
// write while the decoder waited inside Read came back when that Read
// returned (each flush of a stream repeated all the output before it).
type writeOnly struct{ w io.Writer }

func (o writeOnly) Write(p []byte) (int, error) { return o.w.Write(p) }

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func be32(p []byte) uint32 {
	return uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
}

func le32(p []byte) uint32 {
	return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
}

// inflateAll decodes a whole input at once, for the Sync functions.
func inflateAll(mode int, dict, input []byte) ([]byte, error) {
	var out bytes.Buffer
	d := &decoder{mode: mode, dict: dict, out: &out}
	err := d.decode(bufio.NewReader(bytes.NewReader(input)))
	return out.Bytes(), err
}

// inflater decodes a stream fed chunk by chunk. compress/flate pulls its
// input from a reader, so the decoder runs on a goroutine whose reader
// hands it the chunks; write and finish return once that goroutine has
// used all the input it was given (it waits for more) or has ended, so
// every call's output is complete when it returns and never races.
type inflater struct {
	in       chan []byte
	idle     chan struct{}
	out      bytes.Buffer
	err      error
	done     atomic.Bool // set by the decoder goroutine as it returns
	inClosed bool
	cur      []byte
}

func newInflater(mode int, dict []byte) *inflater {
	f := &inflater{in: make(chan []byte), idle: make(chan struct{})}
	d := &decoder{mode: mode, dict: dict, out: writeOnly{&f.out}}
	go func() {
		err := d.decode(bufio.NewReader(f))
		f.err = err
		f.done.Store(true)
		f.idle <- struct{}{}
	}()
	<-f.idle // waiting for its first input
	return f
}

// Read is the decoder goroutine's side: when the current chunk is used up
// it says so and waits for the next (none: the input has ended).
func (f *inflater) Read(p []byte) (int, error) {
	if len(f.cur) == 0 {
		f.idle <- struct{}{}
		chunk, ok := <-f.in
		if !ok {
			return 0, io.EOF
		}
		f.cur = chunk
	}
	n := copy(p, f.cur)
	f.cur = f.cur[n:]
	return n, nil
}

// write gives the decoder a chunk and takes what it made of it. Input
// after the end of the stream is ignored, as zlib leaves it unread.
func (f *inflater) write(chunk []byte, finish bool) ([]byte, error) {
	if !f.done.Load() && !f.inClosed && len(chunk) > 0 {
		f.in <- chunk
		<-f.idle
	}
	if finish {
		f.endInput()
	}
	out := bytes.Clone(f.out.Bytes())
	f.out.Reset()
	return out, f.err
}

// stop ends the decoder goroutine of an abandoned stream.
func (f *inflater) stop() { f.endInput() }

// endInput tells the decoder the input has ended, once, and waits until it
// has returned: after the end it may still ask for input (each ask says
// idle) before it gives up.
func (f *inflater) endInput() {
	if f.done.Load() || f.inClosed {
		return
	}
	f.inClosed = true
	close(f.in)
	for {
		<-f.idle // each receive orders the decoder's writes before it
		if f.done.Load() {
			return
		}
	}
}
