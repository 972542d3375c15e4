package url

import (
	"strings"
	"unicode/utf8"
)

// encodeSet says which ASCII bytes a percent-encode set covers; bytes
// >= 0x80 are always encoded.
type encodeSet [128]bool

func newSet(base *encodeSet, extra string) *encodeSet {
	var s encodeSet
	if base != nil {
		s = *base
	} else {
		for c := 0; c < 0x20; c++ {
			s[c] = true
		}
		s[0x7f] = true
	}
	for i := 0; i < len(extra); i++ {
		s[extra[i]] = true
	}
	return &s
}

// The WHATWG percent-encode sets, each a superset of the one before it
// (special-query aside). The path set leaves '^' and '|' alone, as the
// URL parser Node 20 ships does.
var (
	c0ControlSet    = newSet(nil, "")
	fragmentSet     = newSet(c0ControlSet, " \"<>`")
	querySet        = newSet(c0ControlSet, " \"#<>")
	specialQuerySet = newSet(querySet, "'")
	pathSet         = newSet(querySet, "?`{}")
	userinfoSet     = newSet(pathSet, "/:;=@[\\]^|")
	componentSet    = newSet(userinfoSet, "$%&+,")
	formSet         = newSet(componentSet, "!'()~")
)

const upperHex = "0123456789ABCDEF"

// appendEncoded percent-encodes the UTF-8 of r into b if set covers it.
func appendEncoded(b *strings.Builder, r rune, set *encodeSet) {
	if r < 0x80 && !set[r] {
		b.WriteRune(r)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
}

func encodeString(s string, set *encodeSet) string {
	var b strings.Builder
	for _, r := range s {
		appendEncoded(&b, r, set)
	}
	return b.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// percentDecode turns %XX sequences into bytes, leaving malformed ones.
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				out = append(out, hi<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

// toValidUTF8 decodes bytes as UTF-8 with one U+FFFD per maximal invalid
// subsequence, as the WHATWG Encoding standard's decoder does (Go's own
// decoder gives one per byte).
func toValidUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c >= 0xE0 && c <= 0xEF:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				break
			}
			lo, hi = 0x80, 0xBF
			j++
		}
		if j-i == need+1 {
			sb.Write(b[i:j])
		} else {
			sb.WriteRune(utf8.RuneError)
		}
		i = j
	}
	return sb.String()
}
