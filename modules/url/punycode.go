package url

import "strings"

// punycodeDecode decodes the part of a label after "xn--" (RFC 3492).
func punycodeDecode(s string) (string, bool) {
	const base, tmin, tmax, skew, damp = 36, 1, 26, 38, 700
	var out []rune
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		for _, r := range s[:i] {
			if r >= 0x80 {
				return "", false
			}
			out = append(out, r)
		}
		s = s[i+1:]
	}
	n, bias, i := 128, 72, 0
	for pos := 0; pos < len(s); {
		oldi, w := i, 1
		for k := base; ; k += base {
			if pos >= len(s) {
				return "", false
			}
			c := s[pos]
			pos++
			var digit int
			switch {
			case c >= '0' && c <= '9':
				digit = int(c-'0') + 26
			case c >= 'a' && c <= 'z':
				digit = int(c - 'a')
			case c >= 'A' && c <= 'Z':
				digit = int(c - 'A')
			default:
				return "", false
			}
			i += digit * w
			if i < 0 || i > 0x10FFFF*(len(out)+1) {
				return "", false
			}
			t := k - bias
			if t < tmin {
				t = tmin
			} else if t > tmax {
				t = tmax
			}
			if digit < t {
				break
			}
			w *= base - t
		}
		// Adapt the bias.
		delta := i - oldi
		if oldi == 0 {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / (len(out) + 1)
		k := 0
		for delta > ((base-tmin)*tmax)/2 {
			delta /= base - tmin
			k += base
		}
		bias = k + (base-tmin+1)*delta/(delta+skew)
		n += i / (len(out) + 1)
		i %= len(out) + 1
		if n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) {
			return "", false
		}
		out = append(out[:i], append([]rune{rune(n)}, out[i:]...)...)
		i++
	}
	return string(out), true
}

// badPunycodeLabel reports a label that claims to be punycode ("xn--")
// but does not decode to anything, which Node's parser refuses and
// x/net/idna lets through.
func badPunycodeLabel(domain string) bool {
	repl := strings.NewReplacer("\u3002", ".", "\uff0e", ".", "\uff61", ".")
	for _, label := range strings.Split(repl.Replace(domain), ".") {
		if len(label) < 4 || !strings.EqualFold(label[:4], "xn--") {
			continue
		}
		dec, ok := punycodeDecode(label[4:])
		if !ok || dec == "" {
			return true
		}
	}
	return false
}
