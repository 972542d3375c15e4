// Package module is require('module'): the CommonJS loader's Module class
// (createRequire, builtinModules, isBuiltin, _cache, ...).
package module

import (
	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "module"

// Require fills module.exports for require('module').
func Require(rt *gort.Runtime, module *goja.Object) {
	_ = module.Set("exports", rt.ModuleClass())
}
