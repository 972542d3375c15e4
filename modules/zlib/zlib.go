// Package zlib is require('zlib') on Go's compress/flate: deflate, inflate,
// gzip, gunzip, deflateRaw, inflateRaw and unzip in their Sync, callback
// and stream forms, crc32, and Node's constants. The framing (zlib and
// gzip headers and trailers) is written and checked here, so errors carry
// zlib's messages and codes; the compressed bytes come from Go's
// compressor and differ from zlib's, while decompression reads anything
// zlib writes. Brotli is not in Go's standard library: compressing writes
// valid Brotli of uncompressed meta-blocks (brotli.go), decompressing
// throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.
package zlib

import (
	_ "embed"
	"hash/crc32"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is require('zlib').
const ModuleName = "zlib"

//go:embed js/zlib.js
var source string

// Modes, numbered as zlib.constants numbers them.
const (
	modeDeflate    = 1
	modeInflate    = 2
	modeGzip       = 3
	modeGunzip     = 4
	modeDeflateRaw = 5
	modeInflateRaw = 6
	modeUnzip      = 7
)

func compressing(mode int) bool {
	return mode == modeDeflate || mode == modeGzip || mode == modeDeflateRaw
}

// Require fills module.exports for require('zlib').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, newBinding(rt))
}

// result is what a processing call gives JS: [output, message, errno],
// the last two undefined on success.
func result(rt *gort.Runtime, out []byte, err error) goja.Value {
	vm := rt.VM
	r := []any{buffer.New(rt, out), goja.Undefined(), goja.Undefined()}
	if ze, ok := err.(*zlibError); ok {
		r[1], r[2] = ze.msg, ze.errno
	}
	return vm.ToValue(r)
}

func newBinding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	bytesOf := func(v goja.Value) []byte {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		p, ok := buffer.Bytes(vm, v)
		if !ok {
			panic(vm.NewTypeError("argument must be a buffer"))
		}
		return p
	}
	dictOf := func(v goja.Value) []byte {
		if p := bytesOf(v); p != nil {
			return append([]byte{}, p...)
		}
		return nil
	}
	// processSync(mode, input, flush, level, strategy, dictionary)
	_ = b.Set("processSync", func(call goja.FunctionCall) goja.Value {
		mode := int(call.Argument(0).ToInteger())
		input := bytesOf(call.Argument(1))
		dict := dictOf(call.Argument(5))
		if compressing(mode) {
			d := newDeflater(mode, int(call.Argument(3).ToInteger()), int(call.Argument(4).ToInteger()), dict)
			return result(rt, d.write(input, int(call.Argument(2).ToInteger())), nil)
		}
		out, err := inflateAll(mode, dict, input)
		return result(rt, out, err)
	})
	// newHandle(mode, level, strategy, dictionary): a stream's codec, with
	// write(chunk, flush), params(level, strategy), reset() and close().
	_ = b.Set("newHandle", func(call goja.FunctionCall) goja.Value {
		mode := int(call.Argument(0).ToInteger())
		level, strategy := int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())
		dict := dictOf(call.Argument(3))
		return newHandle(rt, mode, level, strategy, dict, bytesOf)
	})
	installBrotli(rt, b, bytesOf)
	_ = b.Set("crc32", func(call goja.FunctionCall) goja.Value {
		var p []byte
		if s, ok := call.Argument(0).Export().(string); ok {
			p = []byte(s)
		} else {
			p = bytesOf(call.Argument(0))
		}
		return vm.ToValue(crc32.Update(uint32(call.Argument(1).ToInteger()), crc32.IEEETable, p))
	})
	return b
}

func newHandle(rt *gort.Runtime, mode, level, strategy int, dict []byte, bytesOf func(goja.Value) []byte) *goja.Object {
	vm := rt.VM
	h := vm.NewObject()
	var def *deflater
	var inf *inflater
	start := func() {
		if compressing(mode) {
			def = newDeflater(mode, level, strategy, dict)
		} else {
			inf = newInflater(mode, dict)
		}
	}
	start()
	_ = h.Set("write", func(call goja.FunctionCall) goja.Value {
		chunk, flush := bytesOf(call.Argument(0)), int(call.Argument(1).ToInteger())
		if def != nil {
			return result(rt, def.write(chunk, flush), nil)
		}
		if inf == nil {
			return result(rt, nil, nil)
		}
		out, err := inf.write(chunk, flush == zFinish)
		return result(rt, out, err)
	})
	_ = h.Set("params", func(call goja.FunctionCall) goja.Value {
		if def == nil {
			return result(rt, nil, nil)
		}
		return result(rt, def.params(int(call.Argument(0).ToInteger()), int(call.Argument(1).ToInteger())), nil)
	})
	_ = h.Set("reset", func(goja.FunctionCall) goja.Value {
		if inf != nil {
			inf.stop()
		}
		start()
		return goja.Undefined()
	})
	_ = h.Set("close", func(goja.FunctionCall) goja.Value {
		if inf != nil {
			inf.stop()
			inf = nil
		}
		def = nil
		return goja.Undefined()
	})
	return h
}
