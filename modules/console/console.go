// Package console is require('console') and the global console.
package console

import (
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "console"

var (
	//go:embed console.js
	source string
	//go:embed table.js
	tableSource string
)

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports for require('console').
func Require(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	_ = b.Set("loadPart", func(name string) goja.Value {
		if name != "table" {
			panic(rt.VM.NewTypeError("console: no part " + name))
		}
		m := rt.VM.NewObject()
		_ = m.Set("exports", rt.VM.NewObject())
		rt.RunCoreJS(ModuleName+"/table", tableSource, m, nil)
		return m.Get("exports")
	})
	rt.RunCoreJS(ModuleName, source, module, b)
}
