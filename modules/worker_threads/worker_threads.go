// Package worker_threads is require('worker_threads'): a Worker is another
// runtime on a goroutine of its own in the same process (worker.go), with
// a channel of serialized messages to its parent, its stdout and stderr
// forwarded to the parent's worker.stdout and worker.stderr.
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
	_ = b.Set("start", func(spec *goja.Object) *goja.Object { return startWorker(rt, spec) })
	if wo := rt.Opts.Worker; wo != nil {
		if w, ok := wo.Data.(*worker); ok {
			_ = b.Set("worker", childBinding(rt, w))
		}
	}
	rt.RunCoreJS(ModuleName, source, module, b)
}
