package ipc

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// collector gathers what a channel's reader delivers.
type collector struct {
	mu     sync.Mutex
	frames []Frame
	eof    chan error
	more   chan struct{}
}

func newCollector() *collector {
	return &collector{eof: make(chan error, 1), more: make(chan struct{}, 1)}
}

func (c *collector) onFrames(f []Frame, _ bool) {
	c.mu.Lock()
	c.frames = append(c.frames, f...)
	c.mu.Unlock()
	select {
	case c.more <- struct{}{}:
	default:
	}
}

func (c *collector) onEOF(err error) { c.eof <- err }

// wait returns once n frames arrived.
func (c *collector) wait(t *testing.T, n int) []Frame {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		c.mu.Lock()
		got := len(c.frames)
		c.mu.Unlock()
		if got >= n {
			c.mu.Lock()
			defer c.mu.Unlock()
			return append([]Frame(nil), c.frames...)
		}
		select {
		case <-c.more:
		case <-deadline:
			t.Fatalf("timed out with %d of %d frames", got, n)
		}
	}
}

// pair makes two connected channels in this process.
func pair(t *testing.T) (*Channel, *Channel) {
	t.Helper()
	a, bf, err := Pair()
	if err != nil {
		t.Fatal(err)
	}
	fd, err := unix.Dup(int(bf.Fd()))
	bf.Close()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(fd)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

func TestChannelPassesDescriptors(t *testing.T) {
	a, b := pair(t)
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if async, err := a.Write([]byte(`"before"`+"\n"), -1, nil); err != nil || async {
		t.Fatalf("write: async=%v err=%v", async, err)
	}
	if _, err := a.Write([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":{}}`+"\n"), int(w.Fd()), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte(`"after"`+"\n"), -1, nil); err != nil {
		t.Fatal(err)
	}
	frames := got.wait(t, 3)
	if frames[0].FD != -1 || frames[2].FD != -1 || frames[1].FD < 0 {
		t.Fatalf("descriptor on the wrong frame: %+v", frames)
	}
	// The received descriptor is the pipe's write end: prove it by writing.
	passed := os.NewFile(uintptr(frames[1].FD), "passed")
	defer passed.Close()
	if _, err := passed.Write([]byte("through the passed fd")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := r.Read(buf)
	if string(buf[:n]) != "through the passed fd" {
		t.Fatalf("read %q", buf[:n])
	}
	flags, err := unix.FcntlInt(uintptr(frames[1].FD), unix.F_GETFD, 0)
	if err != nil || flags&unix.FD_CLOEXEC == 0 {
		t.Fatalf("received descriptors must be close-on-exec (flags %v, %v)", flags, err)
	}
}

func TestChannelQueuesWhenThePeerIsSlow(t *testing.T) {
	a, b := pair(t)
	// Far more than the socket buffer: the write cannot finish at once.
	var msgs [][]byte
	total := 0
	for i := 0; total < 4<<20; i++ {
		m := []byte(fmt.Sprintf(`{"i":%d,"pad":"%s"}`+"\n", i, strings.Repeat("x", 40000)))
		msgs = append(msgs, m)
		total += len(m)
	}
	done := make(chan error, len(msgs))
	sawAsync := false
	for _, m := range msgs {
		async, err := a.Write(m, -1, func(err error) { done <- err })
		if err != nil {
			t.Fatal(err)
		}
		if async {
			sawAsync = true
		} else {
			done <- nil
		}
	}
	if !sawAsync || a.QueueSize() == 0 {
		t.Fatalf("expected queued writes (async=%v, queued=%d)", sawAsync, a.QueueSize())
	}
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)
	frames := got.wait(t, len(msgs))
	for i, f := range frames {
		if !bytes.Equal(append(f.Line, '\n'), msgs[i]) {
			t.Fatalf("frame %d out of order or damaged", i)
		}
	}
	for range msgs {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if q := a.QueueSize(); q != 0 {
		t.Fatalf("queue not drained: %d", q)
	}
}

func TestChannelEOFAndClose(t *testing.T) {
	a, b := pair(t)
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)
	a.Write([]byte(`"last"`+"\n"+`{"half":`), -1, nil)
	a.Close()
	select {
	case err := <-got.eof:
		if err != nil {
			t.Fatalf("end of stream should be a clean EOF, got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no EOF")
	}
	if f := got.wait(t, 1); len(f) != 1 || string(f[0].Line) != `"last"` {
		t.Fatalf("got %+v (the half line must be dropped)", f)
	}
	if _, err := a.Write([]byte("1\n"), -1, nil); err == nil {
		t.Fatal("write after Close must fail")
	}
	// Writing to a peer that is gone fails with EPIPE, without a signal.
	if _, err := b.Write([]byte("1\n"), -1, nil); err != unix.EPIPE {
		t.Fatalf("got %v, want EPIPE", err)
	}
}

func TestChannelCloseCancelsQueuedWrites(t *testing.T) {
	a, _ := pair(t)
	big := bytes.Repeat([]byte("y"), 8<<20)
	big = append(big, '\n')
	res := make(chan error, 1)
	async, err := a.Write(big, -1, func(err error) { res <- err })
	if err != nil || !async {
		t.Fatalf("async=%v err=%v", async, err)
	}
	a.Close()
	select {
	case err := <-res:
		if err != ErrCanceled {
			t.Fatalf("got %v, want ErrCanceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("queued write never completed")
	}
}

func TestLocalCloseStopsReader(t *testing.T) {
	_, b := pair(t)
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)
	b.Close()
	select {
	case err := <-got.eof:
		if err != nil {
			t.Fatalf("a local close should end reading quietly, got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reader did not stop")
	}
}

// Queued writes are sent together, but never one behind a write that
// carries a descriptor: the reader pairs a descriptor with the last line of
// its read, so the descriptor must stay with its own line.
func TestQueuedWritesKeepDescriptorsWithTheirLine(t *testing.T) {
	a, b := pair(t)
	big := []byte(`"` + strings.Repeat("f", 1<<20) + `"` + "\n")
	if async, err := a.Write(big, -1, func(error) {}); err != nil || !async {
		t.Fatalf("the filler should queue (async=%v, err=%v)", async, err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	lines := []string{`"a"`, `{"cmd":"NODE_HANDLE"}`, `"b"`, `"c"`}
	for i, l := range lines {
		fd := -1
		if i == 1 {
			fd = int(w.Fd())
		}
		if async, err := a.Write([]byte(l+"\n"), fd, func(error) {}); err != nil || !async {
			t.Fatalf("line %d should queue (async=%v, err=%v)", i, async, err)
		}
	}
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)
	frames := got.wait(t, 1+len(lines))
	for i, l := range lines {
		f := frames[i+1]
		if string(f.Line) != l || (f.FD >= 0) != (i == 1) {
			t.Fatalf("frame %d: %q fd %d", i+1, f.Line, f.FD)
		}
		if f.FD >= 0 {
			unix.Close(f.FD)
		}
	}
}

// Queue sends through the writer even when the socket could take the data
// at once, and reports completion like an asynchronous Write.
func TestQueueCompletesLikeAnAsyncWrite(t *testing.T) {
	a, b := pair(t)
	done := make(chan error, 1)
	if err := a.Queue([]byte(`"queued"`+"\n"), -1, func(err error) { done <- err }); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("queued write never completed")
	}
	got := newCollector()
	b.Start(0, got.onFrames, got.onEOF)
	if f := got.wait(t, 1); string(f[0].Line) != `"queued"` {
		t.Fatalf("got %q", f[0].Line)
	}
}
