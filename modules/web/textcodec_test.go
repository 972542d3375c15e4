package web

import "testing"

func TestCanonicalEncoding(t *testing.T) {
	cases := map[string]string{
		" UTF8 ": "utf-8", "unicode-1-1-utf-8": "utf-8", "utf-16": "utf-16le", "UTF-16BE": "utf-16be",
		"latin1": "windows-1252", "ascii": "windows-1252", "iso-8859-2": "iso-8859-2", "gbk": "gbk",
		"bogus": "", "utf-32": "", "": "", "replacement": "",
	}
	for label, want := range cases {
		if got := canonicalEncoding(label); got != want {
			t.Errorf("canonicalEncoding(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestUTF8Streaming(t *testing.T) {
	d := newTextDecoder("utf-8", false, false)
	var got []string
	for _, chunk := range [][]byte{{0xef, 0xbb}, {0xbf, 0xe2, 0x82}, {0xac, 0x41}} {
		s, err := d.decode(chunk, true)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	s, _ := d.decode([]byte{0xe2}, false)
	got = append(got, s)
	want := []string{"", "", "€A", "\uFFFD"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("chunk %d = %q, want %q", i, got[i], want[i])
		}
	}
	// A finished (non-stream) decode starts over, BOM included.
	if s, _ := d.decode([]byte{0xef, 0xbb, 0xbf, 'B'}, false); s != "B" {
		t.Errorf("after reset = %q", s)
	}
}

func TestFatal(t *testing.T) {
	d := newTextDecoder("utf-8", true, false)
	if _, err := d.decode([]byte{'a', 0xff}, false); err != errFatal {
		t.Errorf("invalid byte: err = %v", err)
	}
	if s, err := d.decode([]byte{'a', 0xef, 0xbf, 0xbd}, false); err != nil || s != "a\uFFFD" {
		t.Errorf("literal U+FFFD: %q %v", s, err)
	}
	u := newTextDecoder("utf-16le", true, false)
	if _, err := u.decode([]byte{0x00, 0xd8}, false); err != errFatal {
		t.Errorf("lone surrogate: err = %v", err)
	}
}

func TestUTF16(t *testing.T) {
	d := newTextDecoder("utf-16be", false, false)
	if s, _ := d.decode([]byte{0xfe, 0xff, 0x00, 'h', 0xd8, 0x3d, 0xde, 0x00}, false); s != "h😀" {
		t.Errorf("utf-16be = %q", s)
	}
	l := newTextDecoder("utf-16le", false, false)
	if s, _ := l.decode([]byte{'h', 0, 0x00, 0xd8, 'i', 0, 'j'}, false); s != "h\uFFFDi\uFFFD" {
		t.Errorf("utf-16le = %q", s)
	}
}

func TestWindows1252FastPath(t *testing.T) {
	d := newTextDecoder("windows-1252", false, false)
	if s, _ := d.decode([]byte{0x80}, false); s != "\u0080" {
		t.Errorf("whole input = %q, want Latin-1", s)
	}
	if s, _ := d.decode([]byte{0x80}, true); s != "€" {
		t.Errorf("streamed = %q, want windows-1252", s)
	}
	if s, _ := d.decode([]byte{0x80}, false); s != "€" {
		t.Errorf("after streaming = %q, want windows-1252", s)
	}
}

func TestEncodeInto(t *testing.T) {
	units := []uint16{'a', 0xd83d, 0xde00, 'b'}
	dst := make([]byte, 5)
	read, written := encodeInto(units, dst)
	if read != 3 || written != 5 {
		t.Errorf("encodeInto = %d, %d; want 3, 5", read, written)
	}
	read, written = encodeInto([]uint16{0xd800, 'x'}, make([]byte, 8))
	if read != 2 || written != 4 {
		t.Errorf("lone surrogate: %d, %d; want 2, 4", read, written)
	}
}
