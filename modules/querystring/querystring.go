// Package querystring is Node's querystring module, written in JS.
package querystring

import (
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "querystring"

//go:embed querystring.js
var source string

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports with the querystring module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}
