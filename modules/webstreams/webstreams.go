// Package webstreams is the WHATWG streams standard as Node provides it:
// require('stream/web') and the ReadableStream, WritableStream,
// TransformStream (and friends) globals. The algorithms are in JS, one part
// per file, run together as the internal core module "internal/webstreams".
package webstreams

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the internal core module holding the classes.
const ModuleName = "internal/webstreams"

// WebModuleName is require('stream/web').
const WebModuleName = "stream/web"

// Globals are the classes Node defines as (hidden, lazy) globals.
var Globals = []string{
	"ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
	"ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStream",
	"TransformStreamDefaultController", "WritableStream", "WritableStreamDefaultWriter",
	"WritableStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
	"TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream",
}

var (
	//go:embed util.js
	utilSource string
	//go:embed readable.js
	readableSource string
	//go:embed bytes.js
	bytesSource string
	//go:embed pipe.js
	pipeSource string
	//go:embed writable.js
	writableSource string
	//go:embed transform.js
	transformSource string
	//go:embed encoding.js
	encodingSource string
)

// source is the parts as one program: each sees the others' functions.
// Joined on first use, not in every process's init.
var source = sync.OnceValue(func() string {
	return strings.Join([]string{utilSource, readableSource, bytesSource, pipeSource, writableSource,
		transformSource, encodingSource}, "\n")
})

// Require fills module.exports for internal/webstreams.
func Require(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	b := vm.NewObject()
	// detach(buffer) detaches an ArrayBuffer (TransferArrayBuffer's second
	// half: the bytes were copied into a new buffer first).
	_ = b.Set("detach", func(call goja.FunctionCall) goja.Value {
		if ab, ok := call.Argument(0).Export().(goja.ArrayBuffer); ok {
			return vm.ToValue(ab.Detach())
		}
		return vm.ToValue(false)
	})
	rt.RunCoreJS(ModuleName, source(), module, b)
}

// RequireWeb fills module.exports for require('stream/web').
func RequireWeb(rt *gort.Runtime, module *goja.Object) {
	ws, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	exports := rt.VM.NewObject()
	src := ws.ToObject(rt.VM)
	for _, name := range Globals {
		_ = exports.Set(name, src.Get(name))
	}
	_ = module.Set("exports", exports)
}

// UtilModuleName is internal/webstreams/util, which node --expose-internals
// lets a program require (Node's tests read a stream's state through it).
const UtilModuleName = "internal/webstreams/util"

// RequireUtil fills module.exports for internal/webstreams/util: the key
// under which every web stream keeps its state.
func RequireUtil(rt *gort.Runtime, module *goja.Object) {
	ws, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	internals := ws.ToObject(rt.VM).Get("internals").ToObject(rt.VM)
	exports := rt.VM.NewObject()
	_ = exports.Set("kState", internals.Get("kState"))
	_ = module.Set("exports", exports)
}
