package ipc

import "unicode/utf8"

// ValidUTF8 returns b, or a copy with every ill-formed sequence replaced by
// U+FFFD the way the WHATWG decoder (and so Node's string decoder) does it:
// one replacement per maximal subpart of an ill-formed sequence. It always
// returns a fresh slice, so callers may keep it.
func ValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return append([]byte(nil), b...)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		n := validPrefix(b[i:])
		if n > 0 {
			out = append(out, b[i:i+n]...)
			i += n
			continue
		}
		out = utf8.AppendRune(out, utf8.RuneError)
		i += -n
	}
	return out
}

// validPrefix looks at the sequence starting at b[0] (a byte >= 0x80). It
// returns its length when it is a whole valid character, or minus the length
// of the maximal subpart to replace with one U+FFFD (at least 1).
func validPrefix(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF) // bounds of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return -1
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return -k
		}
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if b[k] < l || b[k] > h {
			return -k
		}
	}
	return need + 1
}
