// Package domain is require('domain'): Node's deprecated error domains. The
// synchronous API is complete (create, run, enter/exit and the stack,
// process.domain, bind, intercept, add/remove). Routing exceptions that no
// code caught to the active domain, and carrying a domain into later
// callbacks, need hooks in the runtime's uncaught-exception path and async
// context that gocluster does not have yet, so a throw inside a domain
// stays an uncaught exception.
package domain

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "domain"

//go:embed domain.js
var source string

// Require fills module.exports for require('domain').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}
