package buffer

import (
	"bytes"
	"testing"
)

func TestUTF8DecodeReplacement(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{0xe2, 0x82, 0x41}, "\uFFFDA"},            // truncated 3-byte sequence: one U+FFFD
		{[]byte{0xf0, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD"}, // overlong lead: each byte replaced
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"}, // surrogate
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xf0, 0x9f, 0x98}, "\uFFFD"}, // truncated at the end
		{[]byte{0xf0, 0x9f, 0x98, 0x80}, "\U0001F600"},
		{[]byte{0xc3, 0xa9, 0xa9}, "é\uFFFD"},
	}
	for _, c := range cases {
		if got := utf8Decode(c.in); got != c.want {
			t.Errorf("utf8Decode(% x) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBase64Lenient(t *testing.T) {
	cases := map[string]string{
		"YWJj!ZGVm":   "abcdef", // invalid characters are skipped
		"YWJj=ZGVm":   "abc",    // '=' ends the data
		"-_-_":        "\xfb\xff\xbf",
		"YQ":          "a",
		"Y":           "",
		"YW\nJj\r\n ": "abc",
	}
	for in, want := range cases {
		dst := make([]byte, 16)
		if got := dst[:base64DecodeInto(dst, in)]; string(got) != want {
			t.Errorf("base64DecodeInto(%q) = %q, want %q", in, got, want)
		}
	}
	dst := make([]byte, 2)
	if n := base64DecodeInto(dst, "YWJjZGVm"); n != 2 || string(dst) != "ab" {
		t.Errorf("short destination: %d %q", n, dst)
	}
}

func TestHexStopsAtInvalid(t *testing.T) {
	cases := map[string]string{"12zz34": "\x12", "zz12": "", "123": "\x12", "ABcd": "\xab\xcd"}
	for in, want := range cases {
		dst := make([]byte, 8)
		if got := dst[:hexDecodeInto(dst, in)]; string(got) != want {
			t.Errorf("hexDecodeInto(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSearch(t *testing.T) {
	hay := []byte("abcabc")
	cases := []struct {
		needle  string
		offset  int
		forward bool
		want    int
	}{
		{"c", 0, true, 2}, {"c", 3, true, 5}, {"c", -2, true, 5}, {"c", 100, true, -1},
		{"c", 6, false, 5}, {"c", 1, false, -1}, {"c", -5, false, -1}, {"c", 100, false, 5},
		{"", 10, true, 6}, {"", -10, true, 0}, {"bc", 2, true, 4}, {"abcabcx", 0, true, -1},
	}
	for _, c := range cases {
		if got := indexOfBytes(hay, []byte(c.needle), c.offset, false, c.forward); got != c.want {
			t.Errorf("indexOfBytes(%q, %d, %v) = %d, want %d", c.needle, c.offset, c.forward, got, c.want)
		}
	}
	ucs2 := []byte("a\x00b\x00c\x00")
	if got := indexOfBytes(ucs2, []byte{0x00, 0x62}, 0, true, true); got != -1 {
		t.Errorf("ucs2 search matched across units at %d", got)
	}
	if got := indexOfUnitString(ucs2, []uint16{'c'}, 0, true); got != 4 {
		t.Errorf("indexOfUnitString = %d, want 4", got)
	}
	if got := indexOfByte(hay, 'a', -3, false); got != 3 {
		t.Errorf("indexOfByte backwards = %d, want 3", got)
	}
}

func TestTranscode(t *testing.T) {
	got, code := transcode([]byte("a\xc3\xa9\xe2\x82\xac"), "utf8", "latin1")
	if code != 0 || !bytes.Equal(got, []byte{'a', 0xe9, '?'}) {
		t.Errorf("utf8->latin1 = % x (%d)", got, code)
	}
	if _, code := transcode([]byte{0xff}, "utf8", "utf16le"); code != 10 {
		t.Errorf("invalid utf8 -> utf16le code %d, want 10", code)
	}
	if _, code := transcode([]byte("a"), "utf8", "hex"); code != 1 {
		t.Errorf("unsupported target code %d, want 1", code)
	}
	got, _ = transcode([]byte{0xff, 'a'}, "ascii", "utf16le")
	if !bytes.Equal(got, []byte{0xff, 0, 'a', 0}) {
		t.Errorf("ascii->utf16le = % x", got)
	}
}

func TestFillRepeat(t *testing.T) {
	dst := make([]byte, 7)
	fillRepeat(dst, []byte("abc"))
	if string(dst) != "abcabca" {
		t.Errorf("fillRepeat = %q", dst)
	}
}
