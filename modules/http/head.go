package http

import (
	"math"
	"reflect"
	"time"

	"github.com/dop251/goja"
)

// The head of an outgoing message, rendered in Go for the common case:
// OutgoingMessage._storeHeader asks renderHead first and renders the head
// itself only when renderHead declines (headers it does not take, or any
// header it would have to reject, so that JS throws Node's error).

// headLine is one header line the program gave.
type headLine struct {
	name  string
	value goja.Value // a string or number, as given
	text  string     // value as written on the wire
}

// headState is what the given headers tell the defaults, as Node's
// _storeHeader state.
type headState struct{ connection, contLen, te, date bool }

// utcDate is the Date header's text, made at most once a second as Node's
// cache does.
type utcDate struct {
	sec  int64
	text goja.Value
}

func (d *utcDate) get(vm *goja.Runtime) goja.Value {
	now := time.Now()
	if sec := now.Unix(); sec != d.sec || d.text == nil {
		d.sec = sec
		d.text = vm.ToValue(now.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT"))
	}
	return d.text
}

// renderHead(msg, firstLine, headers, fromStore) sets msg._header and
// returns true, or returns false without touching msg.
func (b *binding) renderHead(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM
	msg, ok := call.Argument(0).(*goja.Object)
	first := call.Argument(1).String()
	if !ok || !isASCII(first) {
		return vm.ToValue(false)
	}
	lines, ok := b.headLines(call.Argument(2), call.Argument(3).ToBoolean())
	if !ok {
		return vm.ToValue(false)
	}
	buf := make([]byte, 0, 160+32*len(lines))
	buf = append(buf, first...)
	var st headState
	for _, l := range lines {
		buf = append(buf, l.name...)
		buf = append(buf, ": "...)
		buf = append(buf, l.text...)
		buf = append(buf, "\r\n"...)
		b.matchHeader(msg, &st, l)
	}
	buf = b.defaultHeaders(msg, &st, buf)
	buf = append(buf, "\r\n"...)
	_ = msg.Set("_header", string(buf))
	_ = msg.Set("_headerSent", false)
	return vm.ToValue(true)
}

// headLines reads the headers given to _storeHeader: the message's store
// (lower-cased name -> [name, value], checked when set) or an object of
// name -> value to check here. ok is false for anything else, for array
// values, and for names whose handling stays in JS.
func (b *binding) headLines(headers goja.Value, fromStore bool) ([]headLine, bool) {
	obj, isObj := headers.(*goja.Object)
	if !isObj {
		return nil, goja.IsUndefined(headers) || goja.IsNull(headers)
	}
	if obj.ClassName() == "Array" {
		return nil, false
	}
	keys := obj.Keys()
	lines := make([]headLine, 0, len(keys))
	for _, key := range keys {
		v := obj.Get(key)
		name := key
		if fromStore {
			entry, ok := v.(*goja.Object)
			if !ok {
				return nil, false
			}
			name, v = entry.Get("0").String(), entry.Get("1")
		} else if !isToken(name) {
			return nil, false
		}
		text, ok := headerText(v)
		if !ok || jsOnlyHeader(name) {
			return nil, false
		}
		lines = append(lines, headLine{name: name, value: v, text: text})
	}
	return lines, true
}

// headerText is a header value as written, for strings of valid ASCII
// header characters and numbers.
func headerText(v goja.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	t := v.ExportType()
	if t == nil {
		return "", false
	}
	switch t.Kind() {
	case reflect.String:
		s := v.String()
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 0x7f || (c < 0x20 && c != '\t') {
				return "", false
			}
		}
		return s, true
	case reflect.Int64, reflect.Float64:
		return v.String(), true
	}
	return "", false
}

// jsOnlyHeader names the headers _storeHeader handles in JS: Expect sends
// the head at once, Trailer needs chunked checks, Content-Disposition may
// go out as Latin-1 bytes.
func jsOnlyHeader(name string) bool {
	switch len(name) {
	case 6, 7, 19:
		l := lower(name)
		return l == "expect" || l == "trailer" || l == "content-disposition"
	}
	return false
}

// matchHeader applies what Node's matchHeader does for a header the
// program set: Connection, Transfer-Encoding, Content-Length, Date and
// Keep-Alive change the defaults.
func (b *binding) matchHeader(msg *goja.Object, st *headState, l headLine) {
	if len(l.name) < 4 || len(l.name) > 17 {
		return
	}
	switch lower(l.name) {
	case "connection":
		st.connection = true
		_ = msg.Set("_removedConnection", false)
		if hasWord(l.text, "close") {
			_ = msg.Set("_last", true)
		} else {
			_ = msg.Set("shouldKeepAlive", true)
		}
	case "transfer-encoding":
		st.te = true
		_ = msg.Set("_removedTE", false)
		if hasWord(l.text, "chunked") {
			_ = msg.Set("chunkedEncoding", true)
		}
	case "content-length":
		st.contLen = true
		_ = msg.Set("_contentLength", l.value.ToNumber())
		_ = msg.Set("_removedContLen", false)
	case "date":
		st.date = true
	case "keep-alive":
		_ = msg.Set("_defaultKeepAlive", false)
	}
}

// defaultHeaders appends the lines Node adds itself (Date, Connection,
// Keep-Alive, Content-Length or Transfer-Encoding) and sets what they
// decide on msg, as the end of Node's _storeHeader.
func (b *binding) defaultHeaders(msg *goja.Object, st *headState, buf []byte) []byte {
	vm := b.rt.VM
	truthy := func(name string) bool {
		v := msg.Get(name)
		return v != nil && v.ToBoolean()
	}
	if truthy("sendDate") && !st.date {
		buf = append(buf, "Date: "...)
		buf = append(buf, b.date.get(vm).String()...)
		buf = append(buf, "\r\n"...)
	}
	if truthy("chunkedEncoding") {
		if code := msg.Get("statusCode"); isNumber(code, 204) || isNumber(code, 304) {
			_ = msg.Set("chunkedEncoding", false)
			_ = msg.Set("shouldKeepAlive", false)
		}
	}
	if truthy("_removedConnection") {
		_ = msg.Set("_last", !truthy("shouldKeepAlive"))
	} else if !st.connection {
		sendKeepAlive := truthy("shouldKeepAlive") &&
			(st.contLen || truthy("useChunkedEncodingByDefault") || truthy("agent"))
		switch {
		case sendKeepAlive && truthy("maxRequestsOnConnectionReached"):
			buf = append(buf, "Connection: close\r\n"...)
		case sendKeepAlive:
			buf = append(buf, "Connection: keep-alive\r\n"...)
			if truthy("_keepAliveTimeout") && truthy("_defaultKeepAlive") {
				secs := math.Floor(msg.Get("_keepAliveTimeout").ToFloat() / 1000)
				buf = append(buf, "Keep-Alive: timeout="...)
				buf = append(buf, vm.ToValue(secs).String()...)
				if max := msg.Get("_maxRequestsPerSocket"); max != nil && toInt32(max.ToFloat()) > 0 {
					buf = append(buf, ", max="...)
					buf = append(buf, max.String()...)
				}
				buf = append(buf, "\r\n"...)
			}
		default:
			_ = msg.Set("_last", true)
			buf = append(buf, "Connection: close\r\n"...)
		}
	}
	if !st.contLen && !st.te {
		switch {
		case !truthy("_hasBody"):
			_ = msg.Set("chunkedEncoding", false)
		case !truthy("useChunkedEncodingByDefault"):
			_ = msg.Set("_last", true)
		case !truthy("_removedContLen") && isNumberValue(msg.Get("_contentLength")):
			buf = append(buf, "Content-Length: "...)
			buf = append(buf, msg.Get("_contentLength").String()...)
			buf = append(buf, "\r\n"...)
		case !truthy("_removedTE"):
			buf = append(buf, "Transfer-Encoding: chunked\r\n"...)
			_ = msg.Set("chunkedEncoding", true)
		default:
			_ = msg.Set("_last", true)
		}
	}
	return buf
}

func isNumberValue(v goja.Value) bool {
	if v == nil {
		return false
	}
	t := v.ExportType()
	return t != nil && (t.Kind() == reflect.Int64 || t.Kind() == reflect.Float64)
}

func isNumber(v goja.Value, n float64) bool { return isNumberValue(v) && v.ToFloat() == n }

// toInt32 is JS's ~~x.
func toInt32(f float64) int32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

// hasWord reports whether s holds word (any case) with no word character
// right before or after it: Node's /(?:^|\W)word(?:$|\W)/i.
func hasWord(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if (i == 0 || !isWordChar(s[i-1])) && lower(s[i:i+len(word)]) == word &&
			(i+len(word) == len(s) || !isWordChar(s[i+len(word)])) {
			return true
		}
	}
	return false
}

func isWordChar(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isToken reports whether s is an RFC 7230 token, as Node's
// checkIsHttpToken.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isWordChar(c) {
			continue
		}
		switch c {
		case '^', '`', '-', '!', '#', '$', '%', '&', '\'', '*', '+', '.', '|', '~':
			continue
		}
		return false
	}
	return true
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
