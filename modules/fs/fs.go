// Package fs is require('fs') and require('fs/promises'). The JS files in
// js/ give Node's API (argument checks, Stats, Dirent, FileHandle, Dir,
// streams); the Go binding makes the system calls, synchronously for the
// *Sync forms and on a small worker pool for the others, completing on the
// event loop.
package fs

import (
	"embed"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public ones and the internal parts the JS files share
// (internal names cannot be required by user code).
const (
	ModuleName         = "fs"
	PromisesModuleName = "fs/promises"
)

//go:embed js/*.js
var sources embed.FS

func source(name string) string {
	b, err := sources.ReadFile("js/" + name + ".js")
	if err != nil {
		panic("fs: missing embedded source " + name)
	}
	return string(b)
}

// Modules maps every module this package provides to its loader.
var Modules = map[string]gort.ModuleLoader{
	ModuleName:             Require,
	PromisesModuleName:     RequirePromises,
	"internal/fs/utils":    part("internal/fs/utils", "utils", false),
	"internal/fs/stats":    part("internal/fs/stats", "stats", false),
	"internal/fs/dir":      part("internal/fs/dir", "dir", true),
	"internal/fs/cp":       part("internal/fs/cp", "cp", false),
	"internal/fs/streams":  part("internal/fs/streams", "streams", false),
	"internal/fs/watchers": part("internal/fs/watchers", "watchers", true),
	"internal/fs/promises": requireInternalPromises,
	"constants":            requireLegacyConstants,
}

// legacyConstants is node's deprecated require('constants') (graceful-fs,
// under fs-extra and archiver, still reads it): os's dlopen, errno,
// priority and signal numbers, fs's and crypto's constants, in one frozen
// object, in node's order. crypto's defaultCipherList is left out: node adds it to the
// shared constants only once require('crypto') has run.
const legacyConstants = `'use strict';
const os = require('os').constants;
const { defaultCipherList, ...crypto } = require('crypto').constants;
module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno,
  os.priority, os.signals, require('fs').constants, crypto));
`

func requireLegacyConstants(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS("constants", legacyConstants, module, rt.VM.NewObject())
}

// Require fills module.exports for require('fs'): fs.js, fs_paths.js and
// fs_files.js in turn, on the same exports and binding.
func Require(rt *gort.Runtime, module *goja.Object) {
	b := newBinding(rt)
	rt.RunCoreJS(ModuleName, source("fs"), module, b.obj)
	rt.RunCoreJS("internal/fs/paths", source("fs_paths"), module, b.obj)
	rt.RunCoreJS("internal/fs/files", source("fs_files"), module, b.obj)
}

// RequirePromises is require('fs/promises'), the same object as
// require('fs').promises.
func RequirePromises(rt *gort.Runtime, module *goja.Object) {
	v, err := rt.Require("internal/fs/promises")
	if err != nil {
		panic(err)
	}
	_ = module.Set("exports", v.ToObject(rt.VM).Get("exports"))
}

// requireInternalPromises runs promises.js (FileHandle) and then
// promises_api.js (the path functions) on one module.
func requireInternalPromises(rt *gort.Runtime, module *goja.Object) {
	b := newBinding(rt)
	rt.RunCoreJS("internal/fs/promises", source("promises"), module, b.obj)
	rt.RunCoreJS("internal/fs/promises_api", source("promises_api"), module, b.obj)
}

// part loads one internal JS file, with the binding when it needs one.
func part(name, file string, withBinding bool) gort.ModuleLoader {
	return func(rt *gort.Runtime, module *goja.Object) {
		var bind goja.Value
		if withBinding {
			bind = newBinding(rt).obj
		}
		rt.RunCoreJS(name, source(file), module, bind)
	}
}

func newBinding(rt *gort.Runtime) *binding {
	b := &binding{rt: rt, vm: rt.VM, obj: rt.VM.NewObject()}
	b.fdOps()
	b.pathOps()
	b.fileOps()
	b.dirOps()
	b.watchOps()
	return b
}
