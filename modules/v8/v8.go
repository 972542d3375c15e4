// Package v8 is require('v8') as far as its serializer goes: V8's
// ValueSerializer wire format in JS (serdes.js), which the 'advanced' IPC
// serialization of child_process and cluster uses.
package v8

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public module and its serializer core.
const (
	ModuleName       = "v8"
	SerdesModuleName = "internal/v8/serdes"
)

var (
	//go:embed js/v8.js
	source string
	//go:embed js/serdes.js
	serdesSource string
)

// Require fills module.exports for require('v8').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
	addHeapStatistics(rt, module.Get("exports").ToObject(rt.VM))
}

// RequireSerdes fills internal/v8/serdes: Serializer and Deserializer.
func RequireSerdes(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(SerdesModuleName, serdesSource, module, nil)
}
