// Package diagnostics_channel is Node's diagnostics_channel module
// (named channels to publish to and subscribe on, and tracing channels),
// written in JS: fastify, pino and undici require it at load.
package diagnostics_channel

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "diagnostics_channel"

//go:embed diagnostics_channel.js
var source string

// Require fills module.exports with the diagnostics_channel module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}
