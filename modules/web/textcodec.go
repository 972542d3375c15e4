package web

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// textDecoder is the state of one TextDecoder: WHATWG decoders for UTF-8
// and UTF-16 (exact replacement and streaming rules), x/text for the rest.
type textDecoder struct {
	name      string
	fatal     bool
	ignoreBOM bool
	bomSeen   bool

	// UTF-8: code point so far, bytes still needed and seen, next range.
	cp            rune
	needed, seen  int
	lower, upper  byte
	pending       []byte // UTF-16 odd byte, or undecoded x/text input
	leadSurrogate int    // UTF-16: pending lead surrogate, or -1

	other encoding.Encoding
	tr    transform.Transformer

	// windows-1252 decoders read plain Latin-1 until they are first used
	// with stream (Node's fast path, dropped from then on).
	latin1Fast bool
}

// canonicalEncoding maps a WHATWG label to the name TextDecoder reports,
// or "" when the encoding is not supported.
func canonicalEncoding(label string) string {
	label = strings.ToLower(strings.Trim(label, "\t\n\f\r "))
	switch label {
	case "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8":
		return "utf-8"
	case "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le":
		return "utf-16le"
	case "unicodefffe", "utf-16be":
		return "utf-16be"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" || name == "x-user-defined" {
		return ""
	}
	return name
}

func newTextDecoder(name string, fatal, ignoreBOM bool) *textDecoder {
	d := &textDecoder{name: name, fatal: fatal, ignoreBOM: ignoreBOM, latin1Fast: true}
	if name != "utf-8" && name != "utf-16le" && name != "utf-16be" && name != "windows-1252" {
		d.other, _ = htmlindex.Get(name)
	}
	d.reset()
	return d
}

func (d *textDecoder) reset() {
	d.bomSeen = false
	d.cp, d.needed, d.seen = 0, 0, 0
	d.lower, d.upper = 0x80, 0xBF
	d.pending = nil
	d.leadSurrogate = -1
	if d.other != nil {
		d.tr = d.other.NewDecoder()
	}
}

var errFatal = errors.New("invalid encoded data")

// decode runs a chunk through the decoder; with stream false it flushes
// and resets. A fatal decoder reports invalid input as errFatal.
func (d *textDecoder) decode(p []byte, stream bool) (string, error) {
	var out []uint16
	var err error
	switch d.name {
	case "utf-8":
		out, err = d.utf8(p, !stream)
	case "utf-16le", "utf-16be":
		out, err = d.utf16(p, !stream, d.name == "utf-16be")
	case "windows-1252":
		d.latin1Fast = d.latin1Fast && !stream
		out = singleByte(p, !d.latin1Fast)
	default:
		var s string
		s, err = d.viaXText(p, !stream)
		out = utf16.Encode([]rune(s))
	}
	if err != nil {
		d.reset()
		return "", err
	}
	if !d.bomSeen && len(out) > 0 {
		d.bomSeen = true
		if !d.ignoreBOM && out[0] == 0xFEFF && d.other == nil && d.name != "windows-1252" {
			out = out[1:]
		}
	}
	if !stream {
		d.reset()
	}
	return string(utf16.Decode(out)), nil
}

func (d *textDecoder) bad(out []uint16) ([]uint16, error) {
	if d.fatal {
		return nil, errFatal
	}
	return append(out, 0xFFFD), nil
}

func (d *textDecoder) utf8(p []byte, flush bool) ([]uint16, error) {
	out := make([]uint16, 0, len(p))
	var err error
	for i := 0; i < len(p); {
		b := p[i]
		if d.needed == 0 {
			i++
			switch {
			case b < 0x80:
				out = append(out, uint16(b))
			case b >= 0xC2 && b <= 0xDF:
				d.needed, d.cp = 1, rune(b&0x1F)
			case b >= 0xE0 && b <= 0xEF:
				if b == 0xE0 {
					d.lower = 0xA0
				} else if b == 0xED {
					d.upper = 0x9F
				}
				d.needed, d.cp = 2, rune(b&0x0F)
			case b >= 0xF0 && b <= 0xF4:
				if b == 0xF0 {
					d.lower = 0x90
				} else if b == 0xF4 {
					d.upper = 0x8F
				}
				d.needed, d.cp = 3, rune(b&0x07)
			default:
				if out, err = d.bad(out); err != nil {
					return nil, err
				}
			}
			continue
		}
		if b < d.lower || b > d.upper {
			// The byte starts over: it is not consumed here.
			d.cp, d.needed, d.seen = 0, 0, 0
			d.lower, d.upper = 0x80, 0xBF
			if out, err = d.bad(out); err != nil {
				return nil, err
			}
			continue
		}
		i++
		d.lower, d.upper = 0x80, 0xBF
		d.cp = d.cp<<6 | rune(b&0x3F)
		d.seen++
		if d.seen == d.needed {
			out = utf16.AppendRune(out, d.cp)
			d.cp, d.needed, d.seen = 0, 0, 0
		}
	}
	if flush && d.needed != 0 {
		d.cp, d.needed, d.seen = 0, 0, 0
		d.lower, d.upper = 0x80, 0xBF
		return d.bad(out)
	}
	return out, nil
}

func (d *textDecoder) utf16(p []byte, flush, bigEndian bool) ([]uint16, error) {
	data := append(d.pending, p...)
	d.pending = nil
	out := make([]uint16, 0, len(data)/2)
	var err error
	n := len(data) &^ 1
	for i := 0; i < n; i += 2 {
		unit := uint16(data[i]) | uint16(data[i+1])<<8
		if bigEndian {
			unit = uint16(data[i])<<8 | uint16(data[i+1])
		}
		if d.leadSurrogate >= 0 {
			lead := uint16(d.leadSurrogate)
			d.leadSurrogate = -1
			if unit >= 0xDC00 && unit <= 0xDFFF {
				out = append(out, lead, unit)
				continue
			}
			if out, err = d.bad(out); err != nil {
				return nil, err
			}
		}
		switch {
		case unit >= 0xD800 && unit <= 0xDBFF:
			d.leadSurrogate = int(unit)
		case unit >= 0xDC00 && unit <= 0xDFFF:
			if out, err = d.bad(out); err != nil {
				return nil, err
			}
		default:
			out = append(out, unit)
		}
	}
	if n < len(data) {
		d.pending = []byte{data[n]}
	}
	if flush && (d.leadSurrogate >= 0 || d.pending != nil) {
		d.leadSurrogate, d.pending = -1, nil
		return d.bad(out)
	}
	return out, nil
}

// windows1252 is what bytes 0x80-0x9F mean in windows-1252.
var windows1252 = [32]uint16{
	0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
}

// singleByte decodes the windows-1252 family, or plain Latin-1.
func singleByte(p []byte, cp1252 bool) []uint16 {
	out := make([]uint16, len(p))
	for i, b := range p {
		out[i] = uint16(b)
		if cp1252 && b >= 0x80 && b <= 0x9F {
			out[i] = windows1252[b-0x80]
		}
	}
	return out
}

func (d *textDecoder) viaXText(p []byte, flush bool) (string, error) {
	src := append(d.pending, p...)
	d.pending = nil
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		nDst, nSrc, err := d.tr.Transform(buf, src, flush)
		b.Write(buf[:nDst])
		src = src[nSrc:]
		if err == transform.ErrShortDst {
			continue
		}
		if err == transform.ErrShortSrc && !flush {
			d.pending = append([]byte(nil), src...)
		}
		break
	}
	s := b.String()
	if d.fatal && strings.ContainsRune(s, utf8.RuneError) {
		return "", errFatal
	}
	return s, nil
}

// encodeInto writes the UTF-8 form of units into dst while whole code
// points fit, returning the UTF-16 units read and bytes written.
func encodeInto(units []uint16, dst []byte) (read, written int) {
	var tmp [4]byte
	for read < len(units) {
		r, size := rune(units[read]), 1
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if read+1 < len(units) && units[read] < 0xDC00 {
				if pair := utf16.DecodeRune(rune(units[read]), rune(units[read+1])); pair != utf8.RuneError {
					r, size = pair, 2
				}
			}
		}
		n := utf8.EncodeRune(tmp[:], r)
		if written+n > len(dst) {
			break
		}
		copy(dst[written:], tmp[:n])
		written += n
		read += size
	}
	return read, written
}
