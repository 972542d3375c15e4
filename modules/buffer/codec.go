package buffer

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Encoding numbers shared with buffer.js (encodingOps[*].id).
const (
	encUTF8 = iota
	encUCS2
	encLatin1
	encASCII
	encBase64
	encBase64URL
	encHex
)

// units returns the UTF-16 code units of a JS string.
func units(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	n := s.Length()
	out := make([]uint16, n)
	for i := 0; i < n; i++ {
		out[i] = s.CharAt(i)
	}
	return out
}

// utf8Length is the UTF-8 size of a JS string, lone surrogates counting as
// the 3 bytes of U+FFFD they become.
func utf8Length(v goja.Value) int {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	n, size := s.Length(), 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			size++
		case c < 0x800:
			size += 2
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			size += 4
			i++
		default:
			size += 3
		}
	}
	return size
}

// encodeInto writes str in encoding enc into dst and returns how many bytes
// it wrote. As in Node, a character that does not fit whole is left out.
func encodeInto(dst []byte, str goja.Value, enc int) int {
	switch enc {
	case encUTF8:
		s := str.String()
		if len(s) <= len(dst) {
			return copy(dst, s)
		}
		n := len(dst)
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return copy(dst, s[:n])
	case encUCS2:
		u := units(str)
		n := min(len(u), len(dst)/2)
		for i := 0; i < n; i++ {
			dst[2*i] = byte(u[i])
			dst[2*i+1] = byte(u[i] >> 8)
		}
		return n * 2
	case encLatin1, encASCII:
		u := units(str)
		n := min(len(u), len(dst))
		for i := 0; i < n; i++ {
			dst[i] = byte(u[i])
		}
		return n
	case encHex:
		return hexDecodeInto(dst, str.String())
	case encBase64, encBase64URL:
		return base64DecodeInto(dst, str.String())
	}
	return 0
}

// hexDecodeInto decodes pairs of hex digits until the first invalid pair.
func hexDecodeInto(dst []byte, s string) int {
	n := 0
	for n < len(dst) && 2*n+1 < len(s) {
		hi, ok1 := hexVal(s[2*n])
		lo, ok2 := hexVal(s[2*n+1])
		if !ok1 || !ok2 {
			break
		}
		dst[n] = hi<<4 | lo
		n++
	}
	return n
}

func hexVal(c byte) (byte, bool) {
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

// b64 maps a character of either base64 alphabet to its 6-bit value; other
// characters are 0xFF (skipped, as Node's lenient decoder does).
var b64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'], t['_'] = 62, 63
	return
}()

// base64DecodeInto decodes leniently: characters outside both alphabets are
// skipped and the first '=' ends the data.
func base64DecodeInto(dst []byte, s string) int {
	n, acc, bits := 0, uint32(0), 0
	for i := 0; i < len(s) && n < len(dst); i++ {
		c := s[i]
		if c == '=' {
			break
		}
		v := b64[c]
		if v == 0xFF {
			continue
		}
		acc = acc<<6 | uint32(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			dst[n] = byte(acc >> bits)
			n++
		}
	}
	return n
}

// decode turns bytes into a JS string in encoding enc.
// It throws node's ERR_STRING_TOO_LONG for a string V8 could not hold.
func decode(vm *goja.Runtime, p []byte, enc int) goja.Value {
	if decodedLength(len(p), enc) > maxStringLength {
		panic(stringTooLong(vm))
	}
	switch enc {
	case encUTF8:
		s := vm.ToValue(utf8Decode(p))
		if len(p) > maxStringLength && s.(goja.String).Length() > maxStringLength {
			panic(stringTooLong(vm))
		}
		return s
	case encUCS2:
		u := make([]uint16, len(p)/2)
		for i := range u {
			u[i] = uint16(p[2*i]) | uint16(p[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case encLatin1:
		if isASCII(p) {
			return vm.ToValue(string(p))
		}
		u := make([]uint16, len(p))
		for i, b := range p {
			u[i] = uint16(b)
		}
		return goja.StringFromUTF16(u)
	case encASCII:
		b := make([]byte, len(p))
		for i, c := range p {
			b[i] = c & 0x7F
		}
		return vm.ToValue(string(b))
	case encHex:
		return vm.ToValue(hex.EncodeToString(p))
	case encBase64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(p))
	case encBase64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(p))
	}
	return goja.Undefined()
}

// maxStringLength is V8's limit on a string's UTF-16 length (buffer's
// constants.MAX_STRING_LENGTH).
const maxStringLength = 0x1fffffe8

// decodedLength is the UTF-16 length of n bytes decoded in enc; for UTF-8,
// which decode measures after the fact, it is 0.
func decodedLength(n, enc int) int {
	switch enc {
	case encUCS2:
		return n / 2
	case encLatin1, encASCII:
		return n
	case encHex:
		return 2 * n
	case encBase64:
		return (n + 2) / 3 * 4
	case encBase64URL:
		return (4*n + 2) / 3
	}
	return 0
}

// stringTooLong is the error node raises (from C++, so its stack has no
// "[CODE]") when a decoded string would pass V8's limit.
func stringTooLong(vm *goja.Runtime) *goja.Object {
	err, cerr := vm.New(vm.Get("Error"), vm.ToValue("Cannot create a string longer than 0x1fffffe8 characters"))
	if cerr != nil {
		panic(cerr)
	}
	_ = err.Set("code", "ERR_STRING_TOO_LONG")
	return err
}

func isASCII(p []byte) bool {
	for _, b := range p {
		if b >= 0x80 {
			return false
		}
	}
	return true
}

// utf8Decode follows the WHATWG decoder (as V8 does): each maximal invalid
// subsequence becomes one U+FFFD.
func utf8Decode(p []byte) string {
	if isASCII(p) {
		return string(p)
	}
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); {
		c := p[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		var need int
		lower, upper := byte(0x80), byte(0xBF)
		var cp rune
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need, cp = 1, rune(c&0x1F)
		case c >= 0xE0 && c <= 0xEF:
			need, cp = 2, rune(c&0x0F)
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need, cp = 3, rune(c&0x07)
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
		default:
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		ok := true
		for k := 0; k < need; k++ {
			if j >= len(p) || p[j] < lower || p[j] > upper {
				ok = false
				break
			}
			cp = cp<<6 | rune(p[j]&0x3F)
			lower, upper = 0x80, 0xBF
			j++
		}
		if ok {
			b.WriteRune(cp)
		} else {
			b.WriteRune(utf8.RuneError)
		}
		i = j
	}
	return b.String()
}

// validUTF8 reports whether p is well-formed UTF-8 (no surrogates, no
// overlong forms), as buffer.isUtf8 requires.
func validUTF8(p []byte) bool { return utf8.Valid(p) }

// transcode converts between the encodings Node's ICU-backed transcode
// supports. It returns the bytes, or an ICU error number: 1 for an
// unsupported encoding, 10 for invalid UTF-8 on the way to UTF-16.
func transcode(p []byte, from, to string) ([]byte, int) {
	ok := func(e string) bool { return e == "ascii" || e == "latin1" || e == "utf16le" || e == "utf8" }
	if !ok(from) || !ok(to) {
		return nil, 1
	}
	if from == "utf8" && to == "utf16le" && !utf8.Valid(p) {
		return nil, 10
	}
	var runes []rune
	switch from {
	case "ascii":
		if to == "utf16le" {
			// Node widens ASCII like Latin-1 on this path.
			from = "latin1"
		}
		for _, b := range p {
			if b < 0x80 || from == "latin1" {
				runes = append(runes, rune(b))
			} else {
				runes = append(runes, utf8.RuneError)
			}
		}
	case "latin1":
		for _, b := range p {
			runes = append(runes, rune(b))
		}
	case "utf8":
		runes = []rune(utf8Decode(p))
	case "utf16le":
		u := make([]uint16, len(p)/2)
		for i := range u {
			u[i] = uint16(p[2*i]) | uint16(p[2*i+1])<<8
		}
		runes = utf16.Decode(u)
	}
	var out []byte
	switch to {
	case "ascii", "latin1":
		limit := rune(0x7F)
		if to == "latin1" {
			limit = 0xFF
		}
		for _, r := range runes {
			if r > limit {
				r = '?'
			}
			out = append(out, byte(r))
		}
	case "utf8":
		out = []byte(string(runes))
	case "utf16le":
		for _, u := range utf16.Encode(runes) {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out, 0
}
