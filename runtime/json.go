package runtime

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// InstallJSON replaces vm's JSON.parse with one as V8 has it. goja's goes through encoding/json, which throws
// on numbers beyond float64 (node: ±Infinity), turns \ud800 escapes into
// U+FFFD (node keeps the lone surrogate) and reports Go's error texts. This
// one reads the text in one pass and throws V8's SyntaxError messages.
//
// The text is read as bytes: ASCII or UTF-8 as it comes, and, when it holds
// lone surrogates, WTF-8 (a surrogate as its 3-byte UTF-8 form), so that
// strings keep them; positions in messages are counted in UTF-16 units.
func InstallJSON(vm *goja.Runtime) {
	jsonObj := vm.Get("JSON").ToObject(vm)
	parse := func(call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		if _, ok := arg.(*goja.Symbol); ok {
			panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
		}
		p := jsonReader{vm: vm, s: jsonSourceText(arg.ToString())}
		v := p.parseText()
		if reviver, ok := goja.AssertFunction(call.Argument(1)); ok {
			root := vm.NewObject()
			_ = root.Set("", v)
			return reviveJSON(vm, reviver, root, "")
		}
		return v
	}
	defineMethod(vm, jsonObj, "parse", 2, parse)
	installStringify(vm, jsonObj)
	// Node 20's V8 has neither (goja has them from a later proposal).
	_ = jsonObj.Delete("rawJSON")
	_ = jsonObj.Delete("isRawJSON")
}

// defineMethod sets obj[name] as a builtin method is: writable,
// configurable, not enumerable, with its name and length.
func defineMethod(vm *goja.Runtime, obj *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) {
	fn := vm.ToValue(f).ToObject(vm)
	// DefineDataProperty's flags: writable, configurable, enumerable.
	_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// jsonSourceText gives s as bytes: its UTF-8 when it is ASCII or has no
// lone surrogates, else WTF-8.
func jsonSourceText(v goja.Value) string {
	text := v.String()
	s, ok := v.(goja.String)
	if !ok || len(text) == s.Length() {
		return text // ASCII
	}
	n := s.Length()
	b := make([]byte, 0, len(text))
	for i := 0; i < n; i++ {
		c := rune(s.CharAt(i))
		if utf16.IsSurrogate(c) && c < 0xDC00 && i+1 < n {
			if lo := rune(s.CharAt(i + 1)); lo >= 0xDC00 && lo <= 0xDFFF {
				b = utf8.AppendRune(b, utf16.DecodeRune(c, lo))
				i++
				continue
			}
		}
		b = appendWTF8(b, c)
	}
	return string(b)
}

// appendWTF8 appends c, which may be a lone surrogate, in 1 to 3 bytes.
func appendWTF8(b []byte, c rune) []byte {
	if c >= 0xD800 && c <= 0xDFFF {
		return append(b, 0xE0|byte(c>>12), 0x80|byte(c>>6)&0x3F, 0x80|byte(c)&0x3F)
	}
	return utf8.AppendRune(b, c)
}

// hasSurrogate tells whether WTF-8 text b holds a surrogate (ED A0..BF ..).
func hasSurrogate(b string) bool {
	for i := strings.IndexByte(b, 0xED); i >= 0 && i+1 < len(b); {
		if b[i+1] >= 0xA0 {
			return true
		}
		j := strings.IndexByte(b[i+1:], 0xED)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// wtf8ToUTF16 decodes WTF-8 (two surrogate halves next to each other make a
// pair again in UTF-16).
func wtf8ToUTF16(b string) []uint16 {
	out := make([]uint16, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			out = append(out, uint16(c))
			i++
		case c == 0xED && i+2 < len(b) && b[i+1] >= 0xA0:
			out = append(out, 0xD000|uint16(b[i+1]&0x3F)<<6|uint16(b[i+2]&0x3F))
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(b[i:])
			if r >= 0x10000 {
				hi, lo := utf16.EncodeRune(r)
				out = append(out, uint16(hi), uint16(lo))
			} else {
				out = append(out, uint16(r))
			}
			i += size
		}
	}
	return out
}

// jsString makes a JS string of WTF-8 text.
func jsString(vm *goja.Runtime, b string) goja.Value {
	if hasSurrogate(b) {
		return goja.StringFromUTF16(wtf8ToUTF16(b))
	}
	return vm.ToValue(b)
}

// reviveJSON walks holder[name] depth first, as JSON.parse's reviver does.
func reviveJSON(vm *goja.Runtime, reviver goja.Callable, holder *goja.Object, name string) goja.Value {
	val := holder.Get(name)
	if obj, ok := val.(*goja.Object); ok {
		revise := func(key string) {
			v := reviveJSON(vm, reviver, obj, key)
			if goja.IsUndefined(v) {
				_ = obj.Delete(key)
			} else {
				_ = obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
		}
		if obj.ClassName() == "Array" {
			n := obj.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				revise(strconv.FormatInt(i, 10))
			}
		} else {
			for _, key := range obj.Keys() {
				revise(key)
			}
		}
	}
	if val == nil {
		val = goja.Undefined()
	}
	v, err := reviver(holder, vm.ToValue(name), val)
	if err != nil {
		panic(err)
	}
	return v
}

// maxJSONNesting bounds the recursion; V8 parses iteratively, but a text
// nested this deep has no use outside of tests.
const maxJSONNesting = 100000

type jsonReader struct {
	vm        *goja.Runtime
	s         string
	i         int
	depth     int
	buf       []byte
	defineKey goja.Callable // for keys with lone surrogates, made once

	// For JSONParser: errors give up quietly, names are interned.
	quiet bool
	keys  map[string]string
}

func (p *jsonReader) parseText() goja.Value {
	v := p.value()
	p.space()
	if p.i < len(p.s) {
		p.fail("Unexpected non-whitespace character after JSON at position %d")
	}
	return v
}

func (p *jsonReader) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// fail throws a SyntaxError: format with the UTF-16 position of p.i.
func (p *jsonReader) fail(format string) {
	msg := strings.Replace(format, "%d", strconv.Itoa(utf16Offset(p.s[:p.i])), 1)
	p.throw(msg)
}

// errInvalidJSON is what a quiet reader panics with.
var errInvalidJSON = errors.New("invalid JSON")

func (p *jsonReader) throw(msg string) {
	if p.quiet {
		panic(errInvalidJSON)
	}
	ctor := p.vm.Get("SyntaxError").ToObject(p.vm)
	e, err := p.vm.New(ctor, jsString(p.vm, msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// unexpected throws V8's message for a token that cannot start or go on
// where it is: the token and the text around it (10 units either side
// when the text is longer than 20).
func (p *jsonReader) unexpected() {
	if p.quiet {
		panic(errInvalidJSON)
	}
	if p.i >= len(p.s) {
		p.throw("Unexpected end of JSON input")
	}
	switch p.s {
	case "undefined", "NaN", "Infinity", "[object Object]":
		p.throw(`"` + p.s + `" is not valid JSON`)
	}
	src := wtf8ToUTF16(p.s)
	pos := utf16Offset(p.s[:p.i])
	token := string(utf16ToWTF8(src[pos : pos+1]))
	const around = 10
	var context string
	switch {
	case len(src) <= 2*around:
		context = `"` + p.s + `"`
	case pos < around:
		context = `"` + string(utf16ToWTF8(src[:pos+around])) + `"...`
	case pos < len(src)-around:
		context = `..."` + string(utf16ToWTF8(src[pos-around:pos+around])) + `"...`
	default:
		context = `..."` + string(utf16ToWTF8(src[pos-around:])) + `"`
	}
	p.throw("Unexpected token '" + token + "', " + context + " is not valid JSON")
}

func utf16ToWTF8(u []uint16) []byte {
	var b []byte
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if c >= 0xD800 && c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
			b = utf8.AppendRune(b, utf16.DecodeRune(c, rune(u[i+1])))
			i++
			continue
		}
		b = appendWTF8(b, c)
	}
	return b
}

func (p *jsonReader) value() goja.Value {
	p.space()
	if p.i >= len(p.s) {
		p.unexpected()
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return jsString(p.vm, p.str())
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.word("true"):
		return p.vm.ToValue(true)
	case p.word("false"):
		return p.vm.ToValue(false)
	case p.word("null"):
		return goja.Null()
	}
	p.unexpected()
	return nil
}

// word reads w, or stops at the first byte that differs (the unexpected
// token) after the first one matched.
func (p *jsonReader) word(w string) bool {
	if p.s[p.i] != w[0] {
		return false
	}
	for k := 1; k < len(w); k++ {
		if p.i+k >= len(p.s) || p.s[p.i+k] != w[k] {
			p.i += k
			p.unexpected()
		}
	}
	p.i += len(w)
	return true
}

func (p *jsonReader) enter() {
	if p.depth++; p.depth > maxJSONNesting {
		if p.quiet {
			panic(errInvalidJSON)
		}
		ctor := p.vm.Get("RangeError").ToObject(p.vm)
		e, _ := p.vm.New(ctor, p.vm.ToValue("Maximum call stack size exceeded"))
		panic(e)
	}
}

func (p *jsonReader) object() goja.Value {
	p.enter()
	p.i++ // {
	obj := p.vm.NewObject()
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		p.depth--
		return obj
	}
	for first := true; ; first = false {
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			if first {
				p.fail("Expected property name or '}' in JSON at position %d")
			}
			p.fail("Expected double-quoted property name in JSON at position %d")
		}
		key := p.str()
		if p.keys != nil {
			key = p.intern(key)
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			if first {
				p.fail("Expected ':' after property name in JSON at position %d")
			}
			p.unexpected()
		}
		p.i++
		p.define(obj, key, p.value())
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			p.depth--
			return obj
		}
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			p.fail("Expected ',' or '}' after property value in JSON at position %d")
		}
		p.i++
		p.space()
	}
}

// define makes key an own data property: defined, not set, so that a
// "__proto__" key or a setter on Object.prototype does not run.
func (p *jsonReader) define(obj *goja.Object, key string, v goja.Value) {
	if !hasSurrogate(key) {
		_ = obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return
	}
	// A Go string key would lose the lone surrogate: define it from JS.
	if p.defineKey == nil {
		f, err := p.vm.RunString(`(function (o, k, v) { Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true }); })`)
		if err != nil {
			panic(err)
		}
		p.defineKey, _ = goja.AssertFunction(f)
	}
	if _, err := p.defineKey(goja.Undefined(), obj, jsString(p.vm, key), v); err != nil {
		panic(err)
	}
}

func (p *jsonReader) array() goja.Value {
	p.enter()
	p.i++ // [
	var items []any
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		p.depth--
		return p.vm.NewArray()
	}
	for {
		items = append(items, p.value())
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			p.depth--
			return p.vm.NewArray(items...)
		}
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			p.fail("Expected ',' or ']' after array element in JSON at position %d")
		}
		p.i++
	}
}

// str reads a string literal at p.i and returns its WTF-8 text.
func (p *jsonReader) str() string {
	start := p.i + 1
	j := start
	for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] >= 0x20 {
		j++
	}
	if j < len(p.s) && p.s[j] == '"' {
		p.i = j + 1
		return p.s[start:j]
	}
	b := append(p.buf[:0], p.s[start:j]...)
	for {
		if j >= len(p.s) {
			p.i = j
			p.fail("Unterminated string in JSON at position %d")
		}
		c := p.s[j]
		switch {
		case c == '"':
			p.i = j + 1
			p.buf = b
			return string(b)
		case c < 0x20:
			p.i = j
			p.fail("Bad control character in string literal in JSON at position %d")
		case c != '\\':
			b = append(b, c)
			j++
			continue
		}
		j++
		if j >= len(p.s) {
			p.i = j
			p.unexpected()
		}
		switch p.s[j] {
		case '"', '\\', '/':
			b = append(b, p.s[j])
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
			var r rune
			for k := 1; k <= 4; k++ {
				d := -1
				if j+k < len(p.s) {
					d = hexDigit(p.s[j+k])
				}
				if d < 0 {
					p.i = j + k
					p.fail("Bad Unicode escape in JSON at position %d")
				}
				r = r<<4 | rune(d)
			}
			j += 4
			// A surrogate stays one (WTF-8); two halves in a row are
			// decoded as a pair when the string is made.
			b = appendWTF8(b, r)
		default:
			p.i = j
			p.fail("Bad escaped character in JSON at position %d")
		}
		j++
	}
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// number reads -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? as V8 does:
// beyond float64 it is ±Infinity, below the smallest denormal ±0.
func (p *jsonReader) number() goja.Value {
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
	n := digits()
	switch {
	case n == 0:
		p.i = j
		p.fail("No number after minus sign in JSON at position %d")
	case n > 1 && p.s[intStart] == '0':
		p.i = intStart + 1
		p.fail("Unexpected number in JSON at position %d")
	}
	integer := true
	if j < len(p.s) && p.s[j] == '.' {
		j++
		integer = false
		if digits() == 0 {
			p.i = j
			p.fail("Unterminated fractional number in JSON at position %d")
		}
	}
	if j < len(p.s) && (p.s[j] == 'e' || p.s[j] == 'E') {
		j++
		integer = false
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if digits() == 0 {
			p.i = j
			p.fail("Exponent part is missing a number in JSON at position %d")
		}
	}
	p.i = j
	text := p.s[start:j]
	if integer && j-intStart <= 15 {
		if v, err := strconv.ParseInt(text, 10, 64); err == nil && !(v == 0 && p.s[start] == '-') {
			return p.vm.ToValue(v)
		}
	}
	// Out of range, ParseFloat gives ±Inf (with an error to ignore).
	f, _ := strconv.ParseFloat(text, 64)
	return p.vm.ToValue(f)
}

// utf16Offset counts the UTF-16 units of WTF-8 text b.
func utf16Offset(b string) int {
	n := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c&0xC0 != 0x80 {
			n++
		}
		if c >= 0xF0 {
			n++
		}
	}
	return n
}

// JSONParser parses many texts of one VM as JSON.parse does, for a caller
// such as the IPC channel: property names seen before are one string each
// (messages repeat them), and invalid text gives ok false, for JSON.parse
// to throw its error.
type JSONParser struct{ r jsonReader }

func NewJSONParser(vm *goja.Runtime) *JSONParser {
	return &JSONParser{jsonReader{vm: vm, quiet: true, keys: make(map[string]string)}}
}

// Parse returns the value of UTF-8 text, or ok false when it is not valid
// JSON or not valid UTF-8 (which the caller decodes as it must first).
func (jp *JSONParser) Parse(text []byte) (v goja.Value, ok bool) {
	if !utf8.Valid(text) {
		return nil, false
	}
	p := &jp.r
	p.s, p.i, p.depth = string(text), 0, 0
	defer func() {
		if r := recover(); r != nil {
			if r != errInvalidJSON {
				panic(r)
			}
			v, ok = nil, false
		}
		p.s = ""
	}()
	return p.parseText(), true
}

// intern keeps the first copy of each property name (up to 1024 names),
// so that the line a name was cut from is not kept alive by it.
func (p *jsonReader) intern(key string) string {
	if k, ok := p.keys[key]; ok {
		return k
	}
	key = strings.Clone(key)
	if len(p.keys) < 1024 {
		p.keys[key] = key
	}
	return key
}
