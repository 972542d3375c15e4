package ipc

import (
	"testing"

	"golang.org/x/sys/unix"
)

// A Reader hands over the complete lines of what the socket holds in one
// call, keeps a half line for later, pairs a descriptor with its line, and
// reports the end once the peer closes.
func TestReaderReadsWhatIsThere(t *testing.T) {
	ch, peer, err := Pair()
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	col := newCollector()
	r := ch.NewReader(false, 0, col.onFrames, col.onEOF)
	if r.ReadReady() {
		t.Fatal("done before anything was sent")
	}
	pfd := int(peer.Fd())
	if _, err := unix.Write(pfd, []byte("{\"a\":1}\n{\"b\":2}\n{\"c\"")); err != nil {
		t.Fatal(err)
	}
	passed, err := unix.Dup(pfd)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.Sendmsg(pfd, []byte(":3}\n"), unix.UnixRights(passed), nil, 0); err != nil {
		t.Fatal(err)
	}
	unix.Close(passed)
	if r.ReadReady() {
		t.Fatal("done while the peer is open")
	}
	if len(col.frames) != 3 || string(col.frames[2].Line) != `{"c":3}` || col.frames[2].FD < 0 || col.frames[0].FD >= 0 {
		t.Fatalf("frames: %+v", col.frames)
	}
	unix.Close(col.frames[2].FD)
	peer.Close()
	if !r.ReadReady() {
		t.Fatal("not done after the peer closed")
	}
	if err := <-col.eof; err != nil {
		t.Fatalf("eof: %v", err)
	}
}
