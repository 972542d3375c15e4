package child_process

import (
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// jsonParser turns the JSON text of a received IPC line into JS values in
// one pass, where goja's JSON.parse goes through encoding/json's token
// stream (an allocation per token). It gives what JSON.parse gives (own
// data properties in text order, a repeated key keeping its first place,
// integers as integers) and refuses, for the caller to use JSON.parse
// instead, whatever it does not handle the same way: invalid JSON (the
// error is JSON.parse's to throw), numbers out of range, \u escapes of
// surrogates, deep nesting.
type jsonParser struct {
	vm    *goja.Runtime
	s     []byte
	i     int
	depth int
	keys  map[string]string // property names seen before, so each is one string
	buf   []byte            // scratch for strings with escapes
}

const maxJSONDepth = 512

func newJSONParser(vm *goja.Runtime) *jsonParser {
	return &jsonParser{vm: vm, keys: make(map[string]string)}
}

// parse returns the value of line, or ok false.
func (p *jsonParser) parse(line []byte) (v goja.Value, ok bool) {
	p.s, p.i, p.depth = line, 0, 0
	v, ok = p.value()
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.i == len(p.s)
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value() (goja.Value, bool) {
	p.space()
	if p.i >= len(p.s) {
		return nil, false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil, false
		}
		return p.vm.ToValue(s), true
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.word("true"):
		return p.vm.ToValue(true), true
	case p.word("false"):
		return p.vm.ToValue(false), true
	case p.word("null"):
		return goja.Null(), true
	}
	return nil, false
}

func (p *jsonParser) word(w string) bool {
	if len(p.s)-p.i >= len(w) && string(p.s[p.i:p.i+len(w)]) == w {
		p.i += len(w)
		return true
	}
	return false
}

func (p *jsonParser) object() (goja.Value, bool) {
	if p.depth++; p.depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // {
	obj := p.vm.NewObject()
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		p.depth--
		return obj, true
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, false
		}
		key, ok := p.key()
		if !ok {
			return nil, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, false
		}
		p.i++
		v, ok := p.value()
		if !ok {
			return nil, false
		}
		// Defined, not set: a "__proto__" key or a setter on
		// Object.prototype must not run, as in JSON.parse.
		if obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
			return nil, false
		}
		if end, ok := p.separator('}'); !ok || end {
			return obj, ok
		}
	}
}

func (p *jsonParser) array() (goja.Value, bool) {
	if p.depth++; p.depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // [
	var items []any
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		p.depth--
		return p.vm.NewArray(), true
	}
	for {
		v, ok := p.value()
		if !ok {
			return nil, false
		}
		items = append(items, v)
		if end, ok := p.separator(']'); !ok || end {
			return p.vm.NewArray(items...), ok
		}
	}
}

// separator reads the ',' before the next member or the closer that ends
// the object or array (end true).
func (p *jsonParser) separator(closer byte) (end, ok bool) {
	p.space()
	if p.i >= len(p.s) {
		return false, false
	}
	switch p.s[p.i] {
	case ',':
		p.i++
		return false, true
	case closer:
		p.i++
		p.depth--
		return true, true
	}
	return false, false
}

// key reads a property name; names repeat from message to message, so
// each is made into a string once.
func (p *jsonParser) key() (string, bool) {
	start := p.i + 1
	for j := start; j < len(p.s); j++ {
		c := p.s[j]
		if c == '"' {
			raw := p.s[start:j]
			p.i = j + 1
			if k, ok := p.keys[string(raw)]; ok {
				return k, true
			}
			k := string(raw)
			if len(p.keys) < 1024 {
				p.keys[k] = k
			}
			return k, true
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	return p.str()
}

// str reads a string literal at p.i.
func (p *jsonParser) str() (string, bool) {
	start := p.i + 1
	j := start
	for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] >= 0x20 {
		j++
	}
	if j < len(p.s) && p.s[j] == '"' {
		p.i = j + 1
		return string(p.s[start:j]), true
	}
	b := append(p.buf[:0], p.s[start:j]...)
	for j < len(p.s) {
		c := p.s[j]
		switch {
		case c == '"':
			p.i = j + 1
			p.buf = b
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		if j+1 >= len(p.s) {
			return "", false
		}
		j += 2
		switch p.s[j-1] {
		case '"', '\\', '/':
			b = append(b, p.s[j-1])
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			if j+4 > len(p.s) {
				return "", false
			}
			r, err := strconv.ParseUint(string(p.s[j:j+4]), 16, 32)
			// Surrogates (paired or not) are left to JSON.parse.
			if err != nil || (r >= 0xD800 && r <= 0xDFFF) {
				return "", false
			}
			b = utf8.AppendRune(b, rune(r))
			j += 4
		default:
			return "", false
		}
	}
	return "", false
}

// number reads a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() (goja.Value, bool) {
	start := p.i
	j := p.i
	if p.s[j] == '-' {
		j++
	}
	digits := func() int {
		n := 0
		for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
			j++
			n++
		}
		return n
	}
	intStart := j
	if n := digits(); n == 0 || (n > 1 && p.s[intStart] == '0') {
		return nil, false
	}
	integer := true
	if j < len(p.s) && p.s[j] == '.' {
		j++
		integer = false
		if digits() == 0 {
			return nil, false
		}
	}
	if j < len(p.s) && (p.s[j] == 'e' || p.s[j] == 'E') {
		j++
		integer = false
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	p.i = j
	text := string(p.s[start:j])
	if integer && j-intStart <= 15 {
		n, err := strconv.ParseInt(text, 10, 64)
		if err == nil && !(n == 0 && p.s[start] == '-') {
			return p.vm.ToValue(n), true
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return nil, false
	}
	return p.vm.ToValue(f), true
}
