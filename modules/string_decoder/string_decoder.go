// Package string_decoder is Node's string_decoder module, written in JS on
// top of Buffer.
package string_decoder

import (
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "string_decoder"

//go:embed string_decoder.js
var source string

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports with the string_decoder module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}
