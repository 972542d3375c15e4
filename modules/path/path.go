// Package path is Node's path module (posix and win32), written in JS.
package path

import (
	_ "embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names this package provides.
const (
	ModuleName      = "path"
	PosixModuleName = "path/posix"
	Win32ModuleName = "path/win32"
)

var (
	//go:embed path.js
	pathJS string
	//go:embed win32.js
	win32JS string
	//go:embed glob.js
	globJS string
)

// parts are the files path.js loads on first use (binding.loadPart): the
// path.win32 methods and the glob matcher.
var parts = map[string]string{
	"win32": win32JS,
	"glob":  globJS,
}

func init() { gort.RegisterCoreJS(ModuleName, pathJS) }

// Require fills module.exports with the posix path object.
func Require(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	b := vm.NewObject()
	_ = b.Set("loadPart", func(name string) goja.Value {
		src, ok := parts[name]
		if !ok {
			panic(vm.NewTypeError("path: no part " + name))
		}
		m := vm.NewObject()
		_ = m.Set("exports", vm.NewObject())
		rt.RunCoreJS("internal/path/"+name, src, m, b)
		return m.Get("exports")
	})
	rt.RunCoreJS(ModuleName, pathJS, module, b)
}

// RequirePosix gives require('path/posix'), which is require('path').
func RequirePosix(rt *gort.Runtime, module *goja.Object) {
	_ = module.Set("exports", sub(rt, "posix"))
}

// RequireWin32 gives require('path/win32'), which is require('path').win32.
func RequireWin32(rt *gort.Runtime, module *goja.Object) {
	_ = module.Set("exports", sub(rt, "win32"))
}

func sub(rt *gort.Runtime, name string) goja.Value {
	p, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	return p.ToObject(rt.VM).Get(name)
}
