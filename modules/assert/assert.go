// Package assert is require('assert') and require('assert/strict'), written
// in JS, with the internal modules Node has for it: AssertionError and its
// messages, the ok() check, and CallTracker. Deep equality is util's
// (internal/util/comparisons); Node-style argument errors are the events
// package's errors.js.
package assert

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gocluster/gocluster/modules/events"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names, for the registry.
const (
	ModuleName               = "assert"
	StrictModuleName         = "assert/strict"
	AssertionErrorModuleName = "internal/assert/assertion_error"
	UtilsModuleName          = "internal/assert/utils"
	CallTrackerModuleName    = "internal/assert/calltracker"
)

var (
	//go:embed assert.js
	source string
	//go:embed assertion_error.js
	assertionErrorSource string
	//go:embed utils.js
	utilsSource string
	//go:embed calltracker.js
	callTrackerSource string
	//go:embed assertion_message.js
	assertionMessageSource string
	//go:embed assert_throws.js
	assertThrowsSource string
)

// parts are files loaded on first use through binding.loadPart.
var parts = map[string]string{
	"assertion_message": assertionMessageSource,
	"assert_throws":     assertThrowsSource,
}

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports for require('assert').
func Require(rt *gort.Runtime, module *goja.Object) {
	// The files assert.js requires as it runs compile on other goroutines
	// while it compiles.
	gort.PrecompileCoreJS(AssertionErrorModuleName, assertionErrorSource)
	gort.PrecompileCoreJS(UtilsModuleName, utilsSource)
	gort.PrecompileCoreJS(CallTrackerModuleName, callTrackerSource)
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// RequireStrict fills module.exports for require('assert/strict'), which is
// require('assert').strict itself.
func RequireStrict(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(StrictModuleName, "module.exports = require('assert').strict;", module, nil)
}

// RequireAssertionError fills internal/assert/assertion_error.
func RequireAssertionError(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(AssertionErrorModuleName, assertionErrorSource, module, binding(rt))
}

// RequireUtils fills internal/assert/utils.
func RequireUtils(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(UtilsModuleName, utilsSource, module, binding(rt))
}

// RequireCallTracker fills internal/assert/calltracker.
func RequireCallTracker(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(CallTrackerModuleName, callTrackerSource, module, binding(rt))
}

func binding(rt *gort.Runtime) *goja.Object {
	b := rt.VM.NewObject()
	_ = b.Set("errors", events.Errors(rt))
	_ = b.Set("falsyMessage", func() string { return falsyMessage(rt.VM) })
	_ = b.Set("loadPart", func(name string) goja.Value {
		src, ok := parts[name]
		if !ok {
			panic(rt.VM.NewTypeError("assert: no part " + name))
		}
		m := rt.VM.NewObject()
		_ = m.Set("exports", rt.VM.NewObject())
		rt.RunCoreJS("internal/assert/"+name, src, m, b)
		return m.Get("exports")
	})
	return b
}
