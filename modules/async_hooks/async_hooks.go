// Package async_hooks is require('async_hooks'): AsyncLocalStorage,
// AsyncResource, createHook and executionAsyncId/triggerAsyncId/
// executionAsyncResource, as in Node v20.
//
// The current context (the AsyncLocalStorage values, the execution id and
// resource) follows the program's asynchronous flow: into promise
// reactions and await continuations (goja's async context tracker: the
// context of the then()/await), process.nextTick callbacks, timers and
// immediates (the context of their creation), queueMicrotask, fs callbacks
// and fs/promises (the context of the call), and everything those schedule.
// A callback from the loop that no resource carries (a socket's data, a
// server's request) runs in the context the main script left; what it
// changes with enterWith ends with it. EventEmitter listeners run in the
// emit()'s context, as in Node.
//
// Hooks (createHook) fire init, before, after and destroy for the
// resources gocluster makes in JS: Timeout, Immediate, TickObject,
// FSREQCALLBACK and AsyncResource (with its own type). Node's other types
// (PROMISE, TCPWRAP, HTTPINCOMINGMESSAGE, ...) fire no hooks, and
// promiseResolve never fires; destroy fires when a timer, immediate or tick
// is done or cleared, at once rather than batched as Node does it.
//
// Tracking starts with the first AsyncLocalStorage, AsyncResource, hook or
// id query; before that nothing is captured and nothing costs extra.
package async_hooks

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "async_hooks"

// ContextModuleName is the internal module holding the current context,
// which timers and process.nextTick use.
const ContextModuleName = "internal/async_context"

//go:embed async_hooks.js
var source string

//go:embed async_context.js
var contextSource string

func init() {
	gort.RegisterCoreJS(ModuleName, source)
	gort.RegisterCoreJS(ContextModuleName, contextSource)
}

// Require fills module.exports for require('async_hooks').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}

// RequireContext fills module.exports for internal/async_context.
func RequireContext(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	_ = b.Set("enable", func(holder *goja.Object, wrap goja.Value) {
		rt.EnableAsyncContext(holder, wrap)
	})
	rt.RunCoreJS(ContextModuleName, contextSource, module, b)
}
