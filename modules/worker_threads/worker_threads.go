// Package worker_threads is require('worker_threads') for a runtime with
// one thread per process: the main thread's view of the module. gocluster
// has no threads, so Worker cannot be constructed; everything a program on
// the main thread reads (isMainThread, threadId, parentPort, workerData,
// resourceLimits, environment data) is what Node reports there.
package worker_threads

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "worker_threads"

//go:embed worker_threads.js
var source string

// Require fills module.exports with the worker_threads module.
func Require(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	// A transfer (structuredClone, postMessage) copies what is so marked.
	_ = b.Set("markUntransferable", func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			buffer.MarkUntransferable(o)
		}
		return goja.Undefined()
	})
	rt.RunCoreJS(ModuleName, source, module, b)
}
