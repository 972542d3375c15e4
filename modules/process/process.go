// Package process is require('process'): the same object as the global.
package process

import (
	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "process"

// Require fills module.exports for require('process').
func Require(rt *gort.Runtime, module *goja.Object) {
	_ = module.Set("exports", rt.Process())
}
