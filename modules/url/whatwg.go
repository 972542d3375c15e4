package url

import (
	"strconv"
	"strings"
)

// record is a parsed URL (the WHATWG "URL record").
type record struct {
	scheme, username, password string
	host                       string
	hasHost                    bool
	hostKind                   hostKind
	port                       int // -1: none
	path                       []string
	opaque                     bool   // path is an opaque string
	opaquePath                 string // when opaque
	query, fragment            string
	hasQuery, hasFragment      bool
}

type state int

const (
	noOverride state = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecial(scheme string) bool { _, ok := specialPorts[scheme]; return ok }

func defaultPort(scheme string) int {
	if p, ok := specialPorts[scheme]; ok {
		return p
	}
	return -1
}

func (u *record) special() bool { return isSpecial(u.scheme) }

func (u *record) hasCredentials() bool { return u.username != "" || u.password != "" }

func (u *record) cannotHaveCredentials() bool {
	return !u.hasHost || u.host == "" || u.scheme == "file"
}

func (u *record) clone() *record {
	c := *u
	c.path = append([]string(nil), u.path...)
	return &c
}

func isASCIIAlpha(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }
func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWindowsDriveLetter(s []rune, normalized bool) bool {
	if len(s) != 2 || !isASCIIAlpha(s[0]) {
		return false
	}
	return s[1] == ':' || (!normalized && s[1] == '|')
}

// startsWithDriveLetter: two code points that are a drive letter, then the
// end or one of / \ ? #.
func startsWithDriveLetter(s []rune) bool {
	if len(s) < 2 || !isWindowsDriveLetter(s[:2], false) {
		return false
	}
	if len(s) == 2 {
		return true
	}
	switch s[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func (u *record) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isWindowsDriveLetter([]rune(u.path[0]), true) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func trimControlAndSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r <= 0x20 })
}

// parse is the WHATWG basic URL parser. With an override state it edits u
// in place (the setters) and reports false on failure.
func parse(input string, base *record, u *record, override state) (*record, bool) {
	if u == nil {
		u = &record{port: -1}
		input = trimControlAndSpace(input)
	}
	input = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(input)
	in := []rune(input)
	st := override
	if st == noOverride {
		st = stSchemeStart
	}
	var buf strings.Builder
	atSeen, insideBrackets, passwordSeen := false, false, false
	eof := rune(-1)
	remainingStarts := func(p int, s string) bool {
		return strings.HasPrefix(string(in[min(p+1, len(in)):]), s)
	}
	for p := 0; p <= len(in); p++ {
		c := eof
		if p < len(in) {
			c = in[p]
		}
		switch st {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf.WriteRune(c | 0x20)
				st = stScheme
			} else if override == noOverride {
				st = stNoScheme
				p--
			} else {
				return u, false
			}
		case stScheme:
			if isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.' {
				if isASCIIAlpha(c) {
					c |= 0x20
				}
				buf.WriteRune(c)
			} else if c == ':' {
				scheme := buf.String()
				if override != noOverride {
					if u.special() != isSpecial(scheme) {
						return u, true
					}
					if (u.hasCredentials() || u.port != -1) && scheme == "file" {
						return u, true
					}
					if u.scheme == "file" && u.hasHost && u.host == "" {
						return u, true
					}
				}
				u.scheme = scheme
				if override != noOverride {
					if u.port == defaultPort(u.scheme) {
						u.port = -1
					}
					return u, true
				}
				buf.Reset()
				switch {
				case u.scheme == "file":
					st = stFile
				case u.special() && base != nil && base.scheme == u.scheme:
					st = stSpecialRelativeOrAuthority
				case u.special():
					st = stSpecialAuthoritySlashes
				case remainingStarts(p, "/"):
					st = stPathOrAuthority
					p++
				default:
					u.opaque = true
					u.opaquePath = ""
					st = stOpaquePath
				}
			} else if override == noOverride {
				buf.Reset()
				st = stNoScheme
				p = -1
			} else {
				return u, false
			}
		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return u, false
			} else if base.opaque && c == '#' {
				u.scheme = base.scheme
				u.opaque, u.opaquePath = true, base.opaquePath
				u.query, u.hasQuery = base.query, base.hasQuery
				u.fragment, u.hasFragment = "", true
				st = stFragment
			} else if base.scheme != "file" {
				st = stRelative
				p--
			} else {
				st = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && remainingStarts(p, "/") {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				st = stAuthority
			} else {
				st = stPath
				p--
			}
		case stRelative:
			u.scheme = base.scheme
			if c == '/' || (u.special() && c == '\\') {
				st = stRelativeSlash
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.hostKind, u.port = base.host, base.hasHost, base.hostKind, base.port
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				} else if c == '#' {
					u.fragment, u.hasFragment = "", true
					st = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					u.shortenPath()
					st = stPath
					p--
				}
			}
		case stRelativeSlash:
			if u.special() && (c == '/' || c == '\\') {
				st = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stAuthority
			} else {
				u.username, u.password = base.username, base.password
				u.host, u.hasHost, u.hostKind, u.port = base.host, base.hasHost, base.hostKind, base.port
				st = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			st = stSpecialAuthorityIgnoreSlashes
			if c == '/' && remainingStarts(p, "/") {
				p++
			} else {
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				if atSeen {
					s := buf.String()
					buf.Reset()
					buf.WriteString("%40" + s)
				}
				atSeen = true
				var user, pass strings.Builder
				user.WriteString(u.username)
				pass.WriteString(u.password)
				for _, r := range buf.String() {
					if r == ':' && !passwordSeen {
						passwordSeen = true
						continue
					}
					if passwordSeen {
						appendEncoded(&pass, r, userinfoSet)
					} else {
						appendEncoded(&user, r, userinfoSet)
					}
				}
				u.username, u.password = user.String(), pass.String()
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				if atSeen && buf.Len() == 0 {
					return u, false
				}
				p -= len([]rune(buf.String())) + 1
				buf.Reset()
				st = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != noOverride && u.scheme == "file" {
				p--
				st = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return u, false
				}
				if override == stHostname {
					return u, false
				}
				h, kind, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return u, false
				}
				u.host, u.hasHost, u.hostKind = h, true, kind
				buf.Reset()
				st = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') {
				p--
				if u.special() && buf.Len() == 0 {
					return u, false
				} else if override != noOverride && buf.Len() == 0 && (u.hasCredentials() || u.port != -1) {
					return u, false
				}
				h, kind, ok := parseHost(buf.String(), !u.special())
				if !ok {
					return u, false
				}
				u.host, u.hasHost, u.hostKind = h, true, kind
				buf.Reset()
				st = stPathStart
				if override != noOverride {
					return u, true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (u.special() && c == '\\') || override != noOverride {
				if buf.Len() != 0 {
					port, err := strconv.Atoi(buf.String())
					if err != nil || port > 65535 {
						return u, false
					}
					if port == defaultPort(u.scheme) {
						u.port = -1
					} else {
						u.port = port
					}
					buf.Reset()
				}
				if override != noOverride {
					return u, true
				}
				st = stPathStart
				p--
			} else {
				return u, false
			}
		case stFile:
			u.scheme = "file"
			u.host, u.hasHost, u.hostKind = "", true, hostEmpty
			if c == '/' || c == '\\' {
				st = stFileSlash
			} else if base != nil && base.scheme == "file" {
				u.host, u.hasHost, u.hostKind = base.host, base.hasHost, base.hostKind
				u.path = append([]string(nil), base.path...)
				u.query, u.hasQuery = base.query, base.hasQuery
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				} else if c == '#' {
					u.fragment, u.hasFragment = "", true
					st = stFragment
				} else if c != eof {
					u.query, u.hasQuery = "", false
					if !startsWithDriveLetter(in[p:]) {
						u.shortenPath()
					} else {
						u.path = nil
					}
					st = stPath
					p--
				}
			} else {
				st = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				st = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					u.host, u.hasHost, u.hostKind = base.host, base.hasHost, base.hostKind
					if !startsWithDriveLetter(in[p:]) && len(base.path) > 0 && isWindowsDriveLetter([]rune(base.path[0]), true) {
						u.path = append(u.path, base.path[0])
					}
				}
				st = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == noOverride && isWindowsDriveLetter([]rune(buf.String()), false) {
					st = stPath
				} else if buf.Len() == 0 {
					u.host, u.hasHost, u.hostKind = "", true, hostEmpty
					if override != noOverride {
						return u, true
					}
					st = stPathStart
				} else {
					h, kind, ok := parseHost(buf.String(), !u.special())
					if !ok {
						return u, false
					}
					if h == "localhost" {
						h, kind = "", hostEmpty
					}
					u.host, u.hasHost, u.hostKind = h, true, kind
					if override != noOverride {
						return u, true
					}
					buf.Reset()
					st = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if u.special() {
				st = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == noOverride && c == '?' {
				u.query, u.hasQuery = "", true
				st = stQuery
			} else if override == noOverride && c == '#' {
				u.fragment, u.hasFragment = "", true
				st = stFragment
			} else if c != eof {
				st = stPath
				if c != '/' {
					p--
				}
			} else if override != noOverride && !u.hasHost {
				u.path = append(u.path, "")
			}
		case stPath:
			slash := c == '/' || (u.special() && c == '\\')
			if c == eof || slash || (override == noOverride && (c == '?' || c == '#')) {
				seg := buf.String()
				if isDoubleDot(seg) {
					before := len(u.path)
					u.shortenPath()
					// Node's parser (ada) adds no empty segment when '..'
					// finds nothing to remove in a non-special URL.
					if !slash && (u.special() || len(u.path) < before) {
						u.path = append(u.path, "")
					}
				} else if isSingleDot(seg) && !slash {
					u.path = append(u.path, "")
				} else if !isSingleDot(seg) {
					if u.scheme == "file" && len(u.path) == 0 && isWindowsDriveLetter([]rune(seg), false) {
						r := []rune(seg)
						seg = string(r[0]) + ":"
					}
					u.path = append(u.path, seg)
				}
				buf.Reset()
				if c == '?' {
					u.query, u.hasQuery = "", true
					st = stQuery
				} else if c == '#' {
					u.fragment, u.hasFragment = "", true
					st = stFragment
				}
			} else {
				appendEncoded(&buf, c, pathSet)
			}
		case stOpaquePath:
			if c == '?' {
				u.query, u.hasQuery = "", true
				st = stQuery
			} else if c == '#' {
				u.fragment, u.hasFragment = "", true
				st = stFragment
			} else if c != eof {
				var b strings.Builder
				appendEncoded(&b, c, c0ControlSet)
				u.opaquePath += b.String()
			}
		case stQuery:
			if (override == noOverride && c == '#') || c == eof {
				set := querySet
				if u.special() {
					set = specialQuerySet
				}
				u.query += encodeString(buf.String(), set)
				buf.Reset()
				if c == '#' {
					u.fragment, u.hasFragment = "", true
					st = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				var b strings.Builder
				appendEncoded(&b, c, fragmentSet)
				u.fragment += b.String()
			}
		}
	}
	return u, true
}

// Parse parses input against an optional base URL string.
func Parse(input string, base string, hasBase bool) (*record, bool) {
	var b *record
	if hasBase {
		var ok bool
		if b, ok = parse(base, nil, nil, noOverride); !ok {
			return nil, false
		}
	}
	return parse(input, b, nil, noOverride)
}
