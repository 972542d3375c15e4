package url

import (
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// hostKind distinguishes hosts where the URL API treats them differently.
type hostKind int

const (
	hostDomain hostKind = iota
	hostIPv4
	hostIPv6
	hostOpaque
	hostEmpty
)

func isForbiddenHost(r rune) bool {
	switch r {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(r rune) bool {
	return isForbiddenHost(r) || r <= 0x1f || r == '%' || r == 0x7f
}

// parseHost is the WHATWG host parser; it returns the serialized host.
func parseHost(input string, opaque bool) (string, hostKind, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", 0, false
		}
		pieces, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", 0, false
		}
		return "[" + serializeIPv6(pieces) + "]", hostIPv6, true
	}
	if opaque {
		for _, r := range input {
			if isForbiddenHost(r) {
				return "", 0, false
			}
		}
		if input == "" {
			return "", hostEmpty, true
		}
		return encodeString(input, c0ControlSet), hostOpaque, true
	}
	domain := toValidUTF8(percentDecode(input))
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", 0, false
	}
	for _, r := range ascii {
		if isForbiddenDomain(r) {
			return "", 0, false
		}
	}
	if endsInNumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", 0, false
		}
		return serializeIPv4(v), hostIPv4, true
	}
	return ascii, hostDomain, true
}

// The UTS #46 processing the URL standard asks for: non-transitional,
// bidi and joiner checks on, hyphen and STD3 checks and DNS length off.
var urlIDNA = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.BidiRule(),
	idna.CheckJoiners(true),
	idna.CheckHyphens(false),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || (s[i] >= 'A' && s[i] <= 'Z') {
			return false
		}
	}
	return true
}

// domainToASCII maps a domain to its ASCII form; "" with false on failure.
func domainToASCII(domain string) (string, bool) {
	// Plain lowercase ASCII without punycode labels needs no mapping.
	if isASCIILower(domain) && !strings.HasPrefix(domain, "xn--") && !strings.Contains(domain, ".xn--") {
		if domain == "" {
			return "", false
		}
		return domain, true
	}
	if badPunycodeLabel(domain) {
		return "", false
	}
	out, err := urlIDNA.ToASCII(domain)
	if err != nil || out == "" {
		return "", false
	}
	return out, true
}

// domainToUnicode maps punycode labels back to Unicode, as Node's
// url.domainToUnicode does ("" when the domain is invalid).
func domainToUnicode(domain string) string {
	host, kind, ok := parseHost(domain, false)
	if !ok {
		return ""
	}
	if kind != hostDomain {
		return host
	}
	out, err := urlIDNA.ToUnicode(host)
	if err != nil {
		return ""
	}
	return out
}

// hostToASCII is url.domainToASCII: the host parser's result, or "".
func hostToASCII(domain string) string {
	host, _, ok := parseHost(domain, false)
	if !ok {
		return ""
	}
	return host
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, base = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, base = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	for i := 0; i < len(s); i++ {
		if _, ok := unhex(s[i]); !ok || (base == 10 && s[i] > '9') || (base == 8 && s[i] > '7') {
			return 0, false
		}
	}
	// Anything too long for 64 bits is out of range for IPv4 anyway.
	v, err := strconv.ParseUint(s, base, 64)
	if err != nil {
		return 1 << 40, true
	}
	return v, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	in := []rune(s)
	piece, compress, p := 0, -1, 0
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) >= 0 && at(p) < 128 {
			d, ok := unhex(byte(at(p)))
			if !ok {
				break
			}
			value = value*16 + int(d)
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			seen := 0
			for at(p) != -1 {
				v4 := -1
				if seen > 0 {
					if at(p) == '.' && seen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if at(p) < '0' || at(p) > '9' {
					return addr, false
				}
				for at(p) >= '0' && at(p) <= '9' {
					n := int(at(p) - '0')
					if v4 == -1 {
						v4 = n
					} else if v4 == 0 {
						return addr, false
					} else {
						v4 = v4*10 + n
					}
					if v4 > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(v4)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(a [8]uint16) string {
	// Compress the first longest run of two or more zero pieces.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}
