package ipc

import (
	"bytes"
	"encoding/binary"
	"testing"
)

func sized(payload string) []byte {
	b := make([]byte, 4, 4+len(payload))
	binary.BigEndian.PutUint32(b, uint32(len(payload)))
	return append(b, payload...)
}

func TestSizeDecoderSplitsAndJoins(t *testing.T) {
	var closed []int
	d := NewSizeDecoder(func(fd int) { closed = append(closed, fd) })
	stream := append(append(sized("first"), sized("")...), sized("third message")...)
	// A cut inside the length and one inside a payload.
	got := d.Feed(stream[:2], nil)
	if len(got) != 0 || !d.Buffering() {
		t.Fatalf("after 2 bytes: %d frames, buffering %v", len(got), d.Buffering())
	}
	got = append(got, d.Feed(stream[2:20], []int{7})...)
	got = append(got, d.Feed(stream[20:], nil)...)
	want := []string{"first", "", "third message"}
	if len(got) != len(want) {
		t.Fatalf("frames: got %d, want %d", len(got), len(want))
	}
	for i, w := range want {
		if !bytes.Equal(got[i].Line, []byte(w)) {
			t.Errorf("frame %d: %q, want %q", i, got[i].Line, w)
		}
	}
	// The descriptor came in a read that ended inside the third message.
	if got[0].FD != -1 || got[1].FD != -1 || got[2].FD != 7 {
		t.Errorf("descriptors: %d %d %d, want -1 -1 7", got[0].FD, got[1].FD, got[2].FD)
	}
	if d.Buffering() || len(closed) != 0 {
		t.Errorf("buffering %v, closed %v", d.Buffering(), closed)
	}
}

func TestSizeDecoderDescriptorWithWholeMessage(t *testing.T) {
	d := NewSizeDecoder(func(int) {})
	got := d.Feed(append(sized("a"), sized("b")...), []int{3})
	if len(got) != 2 || got[0].FD != -1 || got[1].FD != 3 {
		t.Fatalf("got %+v", got)
	}
}
