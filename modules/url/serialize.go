package url

import (
	"strconv"
	"strings"
)

func (u *record) pathname() string {
	if u.opaque {
		return u.opaquePath
	}
	var b strings.Builder
	for _, seg := range u.path {
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String()
}

func (u *record) hostPort() string {
	if !u.hasHost {
		return ""
	}
	if u.port == -1 {
		return u.host
	}
	return u.host + ":" + strconv.Itoa(u.port)
}

// hostGetter is URL#host: Node gives "" for an empty host even with a port.
func (u *record) hostGetter() string {
	if u.host == "" {
		return ""
	}
	return u.hostPort()
}

func (u *record) href() string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.hasHost {
		b.WriteString("//")
		if u.hasCredentials() {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(u.hostPort())
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		// Keeps "web+demo:/.//not-a-host/" from reparsing with a host.
		b.WriteString("/.")
	}
	b.WriteString(u.pathname())
	if u.hasQuery {
		b.WriteByte('?')
		b.WriteString(u.query)
	}
	if u.hasFragment {
		b.WriteByte('#')
		b.WriteString(u.fragment)
	}
	return b.String()
}

func (u *record) origin() string {
	switch u.scheme {
	case "blob":
		inner, ok := parse(u.pathname(), nil, nil, noOverride)
		if ok && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		return u.scheme + "://" + u.hostPort()
	}
	return "null"
}

func (u *record) search() string {
	if !u.hasQuery || u.query == "" {
		return ""
	}
	return "?" + u.query
}

func (u *record) hash() string {
	if !u.hasFragment || u.fragment == "" {
		return ""
	}
	return "#" + u.fragment
}

func (u *record) portString() string {
	if u.port == -1 {
		return ""
	}
	return strconv.Itoa(u.port)
}

// components are the getters of a URL object, in the order url.js reads
// them.
func (u *record) components() []string {
	return []string{
		u.href(), u.origin(), u.scheme + ":", u.username, u.password,
		u.hostGetter(), u.host, u.portString(), u.pathname(), u.search(), u.hash(),
	}
}

// stripTrailingSpaces trims an opaque path once nothing follows it, so the
// serialization does not end in spaces.
func (u *record) stripTrailingSpaces() {
	if u.opaque && !u.hasFragment && !u.hasQuery {
		u.opaquePath = strings.TrimRight(u.opaquePath, " ")
	}
}

// set runs one URL setter on a copy of u; it returns the new record, or
// nil when the value changes nothing.
func (u *record) set(name, value string) *record {
	c := u.clone()
	switch name {
	case "href":
		r, ok := parse(value, nil, nil, noOverride)
		if !ok {
			return nil
		}
		return r
	case "protocol":
		parse(value+":", nil, c, stSchemeStart)
	case "username", "password":
		if c.cannotHaveCredentials() {
			return nil
		}
		if name == "username" {
			c.username = encodeString(value, userinfoSet)
		} else {
			c.password = encodeString(value, userinfoSet)
		}
	case "host", "hostname":
		if c.opaque {
			return nil
		}
		if c.scheme == "file" {
			st := stHost
			if name == "hostname" {
				st = stHostname
			}
			parse(value, nil, c, st)
			break
		}
		if !c.setHost(value, name == "hostname") {
			return nil
		}
	case "port":
		if !c.setPort(value) {
			return nil
		}
	case "pathname":
		if c.opaque {
			return nil
		}
		c.path = nil
		if _, ok := parse(value, nil, c, stPathStart); !ok {
			return nil
		}
	case "search":
		if value == "" {
			c.query, c.hasQuery = "", false
			c.stripTrailingSpaces()
			break
		}
		value = strings.TrimPrefix(value, "?")
		c.query, c.hasQuery = "", true
		if _, ok := parse(value, nil, c, stQuery); !ok {
			return nil
		}
	case "hash":
		if value == "" {
			c.fragment, c.hasFragment = "", false
			c.stripTrailingSpaces()
			break
		}
		value = strings.TrimPrefix(value, "#")
		c.fragment, c.hasFragment = "", true
		if _, ok := parse(value, nil, c, stFragment); !ok {
			return nil
		}
	default:
		return nil
	}
	return c
}

var tabNewline = strings.NewReplacer("\t", "", "\n", "", "\r", "")

// setHost is the host and hostname setters as Node's parser (ada) runs
// them for non-file URLs: a port after the host is applied first with the
// port setter's rules, and nothing changes when the host is refused.
func (u *record) setHost(value string, hostnameOnly bool) bool {
	v := tabNewline.Replace(value)
	if i := strings.IndexByte(v, '#'); i >= 0 {
		v = v[:i]
	}
	end, colon, inBrackets := len(v), false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '[' {
			inBrackets = true
		} else if c == ']' {
			inBrackets = false
		} else if c == '/' || c == '?' || (c == '\\' && u.special()) || (c == ':' && !inBrackets) {
			end, colon = i, c == ':'
			break
		}
	}
	hostView := v[:end]
	if hostView == "" && (u.special() || !u.hasHost) {
		return false
	}
	prevPort := u.port
	if colon {
		if hostnameOnly {
			return false
		}
		if rest := v[end+1:]; rest != "" {
			u.setPort(rest)
		}
	} else if hostView == "" && (u.hasCredentials() || u.port != -1) {
		return false
	}
	h, kind, ok := parseHost(hostView, !u.special())
	if !ok {
		u.port = prevPort
		return false
	}
	u.host, u.hasHost, u.hostKind = h, true, kind
	return true
}

// setPort is the port setter as Node's parser (ada) runs it: leading
// digits set the port, a value with digits but none in front clears it.
func (u *record) setPort(value string) bool {
	if u.cannotHaveCredentials() {
		return false
	}
	v := tabNewline.Replace(value)
	if v == "" {
		u.port = -1
		return true
	}
	if v[0] <= ' ' || v[0] == '-' || strings.IndexAny(v, "0123456789") < 0 {
		return false
	}
	n := 0
	for n < len(v) && v[n] >= '0' && v[n] <= '9' {
		n++
	}
	if n == 0 {
		u.port = -1
		return true
	}
	port, err := strconv.Atoi(v[:n])
	if err != nil || port > 65535 {
		return false
	}
	if port == defaultPort(u.scheme) {
		u.port = -1
	} else {
		u.port = port
	}
	return true
}
