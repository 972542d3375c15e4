package net

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
)

// httpMessage is the bytes writeHTTP sends for (head, body, encoding,
// chunked, trailer): the head, then the body as one chunk and the last
// chunk with the trailer when chunked is true. The head is Latin-1, except
// that it takes a string body's encoding when the two go out unframed,
// since Node writes them as one string then.
func httpMessage(vm *goja.Runtime, call goja.FunctionCall) []byte {
	head, body, encArg := call.Argument(0), call.Argument(1), call.Argument(2)
	chunked := call.Argument(3).ToBoolean()
	headEnc, bodyEnc := buffer.Latin1, buffer.UTF8
	var bodyBytes []byte
	bodyIsString := false
	if !goja.IsUndefined(body) && !goja.IsNull(body) {
		if b, ok := buffer.Bytes(vm, body); ok {
			bodyBytes = b
		} else {
			bodyIsString = true
			if !goja.IsUndefined(encArg) && !goja.IsNull(encArg) {
				bodyEnc = encodingOf(encArg)
			}
		}
	}
	if bodyIsString && !chunked {
		// One string in one encoding, as Node writes head + body.
		out := appendString(make([]byte, 0, len(head.String())+len(body.String())), head, bodyEnc)
		return appendString(out, body, bodyEnc)
	}
	if bodyIsString {
		bodyBytes = appendString(nil, body, bodyEnc)
	}
	out := appendString(make([]byte, 0, len(head.String())+len(bodyBytes)+32), head, headEnc)
	if !chunked {
		return append(out, bodyBytes...)
	}
	if len(bodyBytes) > 0 {
		out = strconv.AppendInt(out, int64(len(bodyBytes)), 16)
		out = append(out, "\r\n"...)
		out = append(out, bodyBytes...)
		out = append(out, "\r\n"...)
	}
	out = append(out, "0\r\n"...)
	out = appendString(out, call.Argument(4), buffer.Latin1)
	return append(out, "\r\n"...)
}

func appendString(out []byte, v goja.Value, enc buffer.Encoding) []byte {
	if enc == buffer.UTF8 || enc == buffer.Latin1 {
		if s := v.String(); isASCII(s) {
			return append(out, s...)
		}
	}
	return append(out, buffer.EncodeString(v, enc)...)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
