// Package buffer is require('buffer'): Buffer, Blob, atob/btoa and friends.
// The API lives in buffer.js; this file gives it the byte-level work
// (encodings, search, comparison, fill) over the memory of Uint8Arrays.
package buffer

import (
	"bytes"
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "buffer"

var (
	//go:embed buffer.js
	source string
	//go:embed buffer_rw.js
	rwSource string
	//go:embed buffer_rw_ops.js
	rwOpsSource string
	//go:embed buffer_more.js
	moreSource string
	//go:embed blob.js
	blobSource string
	//go:embed sites.js
	sitesSource string
)

// parts are the further JS files buffer.js loads through binding.loadPart.
var parts = map[string]string{
	"buffer_rw":     rwSource,
	"buffer_rw_ops": rwOpsSource,
	"buffer_more":   moreSource,
	"blob":          blobSource,
	"sites":         sitesSource,
}

// eagerParts are the parts buffer.js loads as it runs, in that order.
var eagerParts = []string{"buffer_rw", "buffer_more"}

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports for require('buffer').
func Require(rt *gort.Runtime, module *goja.Object) {
	// The parts compile on other goroutines while buffer.js compiles.
	for _, name := range eagerParts {
		gort.PrecompileCoreJS(ModuleName+"/"+name, parts[name])
	}
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// Bytes returns the memory of a Buffer, any TypedArray or DataView, or an
// ArrayBuffer (shared, not copied), and false for anything else.
func Bytes(vm *goja.Runtime, v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil, false
	}
	// A detached view must not be exported (see anyDetached).
	if anyDetached.Load() && o.ExportType() == bytesType && viewDetached(o) {
		return []byte{}, true
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, true
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	if vm.Get("ArrayBuffer").ToObject(vm).Get("isView") == nil {
		return nil, false
	}
	isView, _ := goja.AssertFunction(vm.Get("ArrayBuffer").ToObject(vm).Get("isView"))
	if r, err := isView(goja.Undefined(), o); err != nil || !r.ToBoolean() {
		return nil, false
	}
	if viewDetached(o) {
		return []byte{}, true
	}
	var b []byte
	if err := vm.ExportTo(o, &b); err != nil {
		return nil, false
	}
	return b, true
}

func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	mem := func(v goja.Value) []byte {
		p, ok := Bytes(vm, v)
		if !ok {
			panic(vm.NewTypeError("argument must be a buffer"))
		}
		return p
	}
	arg := func(call goja.FunctionCall, i int) int { return int(call.Argument(i).ToInteger()) }
	num := func(n int) goja.Value { return vm.ToValue(n) }

	set("byteLengthUtf8", func(call goja.FunctionCall) goja.Value {
		return num(utf8Length(call.Argument(0)))
	})
	// write(buf, string, offset, length, enc): bytes written.
	set("write", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		off, n := clampRange(len(p), arg(call, 2), arg(call, 3))
		return num(encodeInto(p[off:off+n], call.Argument(1), arg(call, 4)))
	})
	// writeAt(arrayBuffer, offset, max, string, enc): bytes written.
	set("writeAt", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		off, n := clampRange(len(p), arg(call, 1), arg(call, 2))
		return num(encodeInto(p[off:off+n], call.Argument(3), arg(call, 4)))
	})
	// slice(buf, start, end, enc): the bytes in [start, end) as a string.
	set("slice", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		start, n := clampRange(len(p), arg(call, 1), arg(call, 2)-arg(call, 1))
		return decode(vm, p[start:start+n], arg(call, 3))
	})
	set("encode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(encodeString(call.Argument(0), arg(call, 1))))
	})
	// indexOfString(buf, needle, offset, enc, forward)
	set("indexOfString", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		enc, fwd := arg(call, 3), call.Argument(4).ToBoolean()
		if enc == encUCS2 {
			return num(indexOfUnitString(p, units(call.Argument(1)), arg(call, 2), fwd))
		}
		needle := encodeString(call.Argument(1), enc)
		return num(indexOfBytes(p, needle, arg(call, 2), false, fwd))
	})
	set("indexOfBuffer", func(call goja.FunctionCall) goja.Value {
		p, needle := mem(call.Argument(0)), mem(call.Argument(1))
		return num(indexOfBytes(p, needle, arg(call, 2), arg(call, 3) == encUCS2, call.Argument(4).ToBoolean()))
	})
	set("indexOfNumber", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		c := byte(uint32(call.Argument(1).ToInteger()))
		return num(indexOfByte(p, c, arg(call, 2), call.Argument(3).ToBoolean()))
	})
	set("compare", func(call goja.FunctionCall) goja.Value {
		return num(bytes.Compare(mem(call.Argument(0)), mem(call.Argument(1))))
	})
	// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
	set("compareOffset", func(call goja.FunctionCall) goja.Value {
		src, dst := mem(call.Argument(0)), mem(call.Argument(1))
		ts, ss, te, se := arg(call, 2), arg(call, 3), arg(call, 4), arg(call, 5)
		// buffer.js has checked the ranges; clamping only guards memory.
		ss, ts = min(ss, len(src)), min(ts, len(dst))
		se, te = min(max(se, ss), len(src)), min(max(te, ts), len(dst))
		return num(bytes.Compare(src[ss:se], dst[ts:te]))
	})
	// copy(source, target, targetStart, sourceStart, count)
	set("copy", func(call goja.FunctionCall) goja.Value {
		src, dst := mem(call.Argument(0)), mem(call.Argument(1))
		ts, ss, n := arg(call, 2), arg(call, 3), arg(call, 4)
		return num(copy(dst[ts:ts+n], src[ss:ss+n]))
	})
	// fill(buf, value, start, end, enc): -1 when value encodes to nothing,
	// -2 when the range leaves the buffer.
	set("fill", func(call goja.FunctionCall) goja.Value {
		p := mem(call.Argument(0))
		start, end := arg(call, 2), arg(call, 3)
		if start > end || end > len(p) || start < 0 {
			return num(-2)
		}
		dst := p[start:end]
		if len(dst) == 0 {
			return goja.Undefined()
		}
		v := call.Argument(1)
		var pattern []byte
		if m, ok := Bytes(vm, v); ok && v.(*goja.Object).ClassName() != "ArrayBuffer" {
			pattern = bytes.Clone(m)
		} else if _, ok := v.(goja.String); ok {
			pattern = encodeString(v, arg(call, 4))
		} else {
			c := byte(uint32(v.ToInteger()))
			for i := range dst {
				dst[i] = c
			}
			return goja.Undefined()
		}
		if len(pattern) == 0 {
			return num(-1)
		}
		fillRepeat(dst, pattern)
		return goja.Undefined()
	})
	set("isDetached", func(call goja.FunctionCall) goja.Value { return vm.ToValue(isDetachedBuffer(call.Argument(0))) })
	set("markUntransferable", func(call goja.FunctionCall) goja.Value {
		MarkUntransferable(call.Argument(0).ToObject(vm))
		return goja.Undefined()
	})
	set("isUtf8", func(call goja.FunctionCall) goja.Value { return vm.ToValue(validUTF8(mem(call.Argument(0)))) })
	set("isAscii", func(call goja.FunctionCall) goja.Value { return vm.ToValue(isASCII(mem(call.Argument(0)))) })
	set("transcode", func(call goja.FunctionCall) goja.Value {
		out, code := transcode(mem(call.Argument(0)), call.Argument(1).String(), call.Argument(2).String())
		if code != 0 {
			return num(code)
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	set("setWrapper", func(call goja.FunctionCall) goja.Value {
		if fn, ok := goja.AssertFunction(call.Argument(0)); ok {
			wrappers.Store(vm, fn)
		}
		return goja.Undefined()
	})
	set("loadPart", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		m := vm.NewObject()
		_ = m.Set("exports", vm.NewObject())
		rt.RunCoreJS(ModuleName+"/"+name, parts[name], m, b)
		return m.Get("exports")
	})
	return b
}

// encodeString returns str in encoding enc as new bytes.
func encodeString(str goja.Value, enc int) []byte {
	var size int
	switch enc {
	case encUTF8:
		s := str.String()
		return []byte(s)
	case encUCS2:
		size = 2 * len(units(str))
	case encLatin1, encASCII:
		size = len(units(str))
	case encHex:
		size = len(str.String()) / 2
	default:
		size = len(str.String())*3/4 + 3
	}
	buf := make([]byte, size)
	return buf[:encodeInto(buf, str, enc)]
}

// clampRange keeps [off, off+n) inside a buffer of size length.
func clampRange(length, off, n int) (int, int) {
	off = min(max(off, 0), length)
	n = min(max(n, 0), length-off)
	return off, n
}
