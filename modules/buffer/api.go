package buffer

import (
	"strings"
	"sync"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// Encoding is one of the encodings Buffer knows, for Go code of other
// modules that takes or returns strings in a caller-chosen encoding.
type Encoding int

// The encodings, numbered as buffer.js numbers them.
const (
	UTF8      Encoding = encUTF8
	UCS2      Encoding = encUCS2
	Latin1    Encoding = encLatin1
	ASCII     Encoding = encASCII
	Base64    Encoding = encBase64
	Base64URL Encoding = encBase64URL
	Hex       Encoding = encHex
)

// ParseEncoding reads an encoding name as Buffer.isEncoding does (any
// case; "binary" is latin1, "utf16le"/"ucs-2" are UCS2).
func ParseEncoding(name string) (Encoding, bool) {
	switch strings.ToLower(name) {
	case "utf8", "utf-8":
		return UTF8, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return UCS2, true
	case "latin1", "binary":
		return Latin1, true
	case "ascii":
		return ASCII, true
	case "base64":
		return Base64, true
	case "base64url":
		return Base64URL, true
	case "hex":
		return Hex, true
	}
	return 0, false
}

// EncodeString returns the bytes of a JS string in enc, as Buffer.from
// would make them.
func EncodeString(str goja.Value, enc Encoding) []byte {
	return encodeString(str, int(enc))
}

// DecodeString returns data as a JS string in enc, as buf.toString would.
func DecodeString(vm *goja.Runtime, data []byte, enc Encoding) goja.Value {
	return decode(vm, data, int(enc))
}

// wrappers holds, per VM, buffer.js's function making a Buffer over an
// ArrayBuffer.
var wrappers sync.Map // *goja.Runtime -> goja.Callable

// New returns a Buffer of rt viewing data (shared, not copied).
func New(rt *gort.Runtime, data []byte) *goja.Object {
	fn, ok := wrappers.Load(rt.VM)
	if !ok {
		if _, err := rt.Require(ModuleName); err != nil {
			panic(err)
		}
		if fn, ok = wrappers.Load(rt.VM); !ok {
			panic(rt.VM.NewTypeError("buffer module did not initialise"))
		}
	}
	v, err := fn.(goja.Callable)(goja.Undefined(), rt.VM.ToValue(rt.VM.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return v.ToObject(rt.VM)
}
