// Package https is require('https'): http's server and client over the
// TLS sockets of require('tls').
package https

import (
	_ "embed"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is require('https').
const ModuleName = "https"

//go:embed js/https.js
var source string

// Require fills module.exports for require('https').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
}
