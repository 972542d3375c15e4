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

// The module body is the three files in one function, so path.js can use
// makeWin32 and globMatch directly.
var source = globJS + "\n" + win32JS + "\n" + pathJS

// Require fills module.exports with the posix path object.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, nil)
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
