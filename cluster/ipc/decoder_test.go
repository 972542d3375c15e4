package ipc

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// fakeFDs records which "descriptors" the decoder closed.
type fakeFDs struct{ closed []int }

func (f *fakeFDs) close(fd int) { f.closed = append(f.closed, fd) }

func lines(frames []Frame) []string {
	var out []string
	for _, f := range frames {
		if f.Err != nil {
			out = append(out, "ERR")
			continue
		}
		out = append(out, string(f.Line))
	}
	return out
}

func TestDecoderSplitsAndBuffers(t *testing.T) {
	var fds fakeFDs
	d := NewDecoder(0, fds.close)
	got := lines(d.Feed([]byte(`{"a":1}`+"\n"+`"b"`+"\n"+`{"c"`), nil))
	if want := []string{`{"a":1}`, `"b"`}; !reflect.DeepEqual(got, want) {
		t.Fatalf("first read: got %q want %q", got, want)
	}
	if !d.Buffering() {
		t.Fatal("a partial line must be reported as buffering")
	}
	if got := d.Feed([]byte(`:2`), nil); len(got) != 0 {
		t.Fatalf("no newline yet, got %q", lines(got))
	}
	got = lines(d.Feed([]byte("}\n\n"), nil))
	if want := []string{`{"c":2}`, ``}; !reflect.DeepEqual(got, want) {
		t.Fatalf("completion: got %q want %q", got, want)
	}
	if d.Buffering() {
		t.Fatal("nothing should be buffered")
	}
}

func TestDecoderDropsHalfLineAtClose(t *testing.T) {
	var fds fakeFDs
	d := NewDecoder(0, fds.close)
	out := d.Feed([]byte("1\n{\"half"), []int{7})
	// fd 7 came with the read that ended inside the half line.
	if len(out) != 1 || out[0].FD != -1 {
		t.Fatalf("got %+v", out)
	}
	d.Close()
	if !reflect.DeepEqual(fds.closed, []int{7}) {
		t.Fatalf("closed %v, want [7] (the half line's descriptor)", fds.closed)
	}
	if d.Buffering() {
		t.Fatal("Close must drop the partial line")
	}
}

func TestDecoderPairsDescriptorsWithTheirLine(t *testing.T) {
	var fds fakeFDs
	d := NewDecoder(0, fds.close)
	// The kernel glues earlier bytes in front of a message with descriptors.
	out := d.Feed([]byte(`"plain"`+"\n"+`{"cmd":"NODE_HANDLE"}`+"\n"), []int{5})
	if len(out) != 2 || out[0].FD != -1 || out[1].FD != 5 {
		t.Fatalf("got %+v", out)
	}
	// A line read in pieces keeps the descriptor of its first piece.
	out = d.Feed([]byte(`1`+"\n"+`{"cmd":"NODE_`), []int{6})
	if len(out) != 1 || out[0].FD != -1 {
		t.Fatalf("got %+v", out)
	}
	out = d.Feed([]byte(`HANDLE"}`+"\n"), nil)
	if len(out) != 1 || out[0].FD != 6 {
		t.Fatalf("got %+v", out)
	}
	// Extra descriptors on one line are strays and get closed.
	out = d.Feed([]byte("1\n"), []int{9, 10, 11})
	if out[0].FD != 9 || !reflect.DeepEqual(fds.closed, []int{10, 11}) {
		t.Fatalf("got %+v, closed %v", out, fds.closed)
	}
}

func TestDecoderOverLongLine(t *testing.T) {
	var fds fakeFDs
	d := NewDecoder(8, fds.close)
	out := d.Feed([]byte("12345"), []int{3})
	if len(out) != 0 {
		t.Fatalf("got %+v", out)
	}
	out = d.Feed([]byte("6789"), []int{4})
	if len(out) != 1 || !errors.Is(out[0].Err, ErrLineTooLong) {
		t.Fatalf("got %+v", out)
	}
	out = d.Feed([]byte("more garbage\nok\n"), nil)
	if got := lines(out); !reflect.DeepEqual(got, []string{"ok"}) {
		t.Fatalf("after the long line: %q", got)
	}
	if !reflect.DeepEqual(fds.closed, []int{3, 4}) {
		t.Fatalf("closed %v", fds.closed)
	}
	// Exactly max bytes is fine.
	if got := lines(d.Feed([]byte("12345678\n"), nil)); !reflect.DeepEqual(got, []string{"12345678"}) {
		t.Fatalf("got %q", got)
	}
}

func TestValidUTF8(t *testing.T) {
	r := "\uFFFD"
	cases := []struct{ in, want string }{
		{"plain é ✓ 😀", "plain é ✓ 😀"},
		{"a\xffb", "a" + r + "b"},
		{"\xe2\x82", r},                     // truncated 3-byte: one maximal subpart
		{"\xe2\x82A", r + "A"},              // the A is not swallowed
		{"\xf0\x9f\x98", r},                 // truncated 4-byte
		{"\xed\xa0\x80", r + r + r},         // surrogate: ED then two lone bytes
		{"\xc0\xaf", r + r},                 // overlong lead is never valid
		{"\xf4\x90\x80\x80", r + r + r + r}, // above U+10FFFF
	}
	for _, c := range cases {
		if got := string(ValidUTF8([]byte(c.in))); got != c.want {
			t.Errorf("ValidUTF8(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	in := []byte("keep")
	out := ValidUTF8(in)
	out[0] = 'X'
	if !bytes.Equal(in, []byte("keep")) {
		t.Fatal("ValidUTF8 must not alias its input")
	}
}
