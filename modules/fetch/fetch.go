// Package fetch is Node's fetch API: the fetch(), Headers, Request,
// Response and FormData globals, over require('http') and require('https').
// The JS parts run together as the internal core module "internal/fetch".
package fetch

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the internal core module holding fetch and its classes.
const ModuleName = "internal/fetch"

// Globals are the names registered as lazy globals from ModuleName.
var Globals = []string{"fetch", "Headers", "Request", "Response", "FormData"}

var (
	//go:embed headers.js
	headersSource string
	//go:embed body.js
	bodySource string
	//go:embed request.js
	requestSource string
	//go:embed formdata.js
	formDataSource string
	//go:embed fetch.js
	fetchSource string
	//go:embed scheme.js
	schemeSource string
)

// source is the parts as one program, joined on first use, not in every
// process's init.
var source = sync.OnceValue(func() string {
	return strings.Join([]string{headersSource, bodySource, requestSource, formDataSource, fetchSource, schemeSource}, "\n")
})

// Require fills module.exports for internal/fetch.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source(), module, nil)
}
