// Package events is require('events') (EventEmitter) and the internal module
// that holds the EventTarget, Event and CustomEvent globals. Both are written
// in JS; errors.js holds the Node-style errors and validators they (and
// assert) share.
package events

import (
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows EventEmitter by.
const ModuleName = "events"

// EventTargetModuleName is the internal module whose exports (Event,
// EventTarget, CustomEvent) become globals. It stays out of events' exports
// because Node's events module has no such keys.
const EventTargetModuleName = "internal/event_target"

//go:embed events.js
var source string

//go:embed event_target.js
var eventTargetSource string

//go:embed waiting.js
var waitingSource string

//go:embed message_port.js
var messagePortSource string

// MessagePortModuleName holds MessageChannel, MessagePort, MessageEvent and
// BroadcastChannel: globals, and worker_threads' exports.
const MessagePortModuleName = "internal/worker/io"

// Every runtime loads events as it bootstraps: process is an EventEmitter.
func init() {
	gort.RegisterBootstrapJS(ModuleName, source)
	gort.RegisterCore(MessagePortModuleName, func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS(MessagePortModuleName, messagePortSource, module, binding(rt))
	})
	for _, name := range []string{"MessageChannel", "MessagePort", "MessageEvent", "BroadcastChannel"} {
		gort.RegisterGlobal(name, MessagePortModuleName, name)
	}
}

const waitingModuleName = "internal/events/waiting"

// Require fills module.exports for require('events').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// RequireEventTarget fills module.exports for internal/event_target.
func RequireEventTarget(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(EventTargetModuleName, eventTargetSource, module, binding(rt))
}

func binding(rt *gort.Runtime) *goja.Object {
	b := rt.VM.NewObject()
	errs := Errors(rt)
	_ = b.Set("errors", errs)
	// events.js runs it once, on the first call of events.once, on or
	// addAbortListener.
	_ = b.Set("waiting", func() goja.Value {
		module := rt.VM.NewObject()
		_ = module.Set("exports", rt.VM.NewObject())
		wb := rt.VM.NewObject()
		_ = wb.Set("errors", errs)
		rt.RunCoreJS(waitingModuleName, waitingSource, module, wb)
		return module.Get("exports")
	})
	return b
}

// Errors is require('internal/errors'): the runtime's Node-style error
// makers and validators, shared by every JS core module.
func Errors(rt *gort.Runtime) goja.Value {
	v, err := rt.Require("internal/errors")
	if err != nil {
		panic(err)
	}
	return v
}
