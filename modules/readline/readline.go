// Package readline is require('readline') and require('readline/promises'):
// line-by-line reading of a stream (Interface, question, prompt, async
// iteration) and the ANSI cursor helpers, in JS.
package readline

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public modules and their shared ANSI part.
const (
	ModuleName         = "readline"
	PromisesModuleName = "readline/promises"
	AnsiModuleName     = "internal/readline/ansi"
)

var (
	//go:embed js/readline.js
	source string
	//go:embed js/promises.js
	promisesSource string
	//go:embed js/ansi.js
	ansiSource string
)

// Require fills module.exports for require('readline').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}

// RequirePromises fills module.exports for require('readline/promises').
func RequirePromises(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(PromisesModuleName, promisesSource, module, nil)
}

// RequireAnsi fills internal/readline/ansi.
func RequireAnsi(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(AnsiModuleName, ansiSource, module, nil)
}
