package runtime

import (
	_ "embed"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

// loaderESMSource is the ES module half of the loader, which goes before
// loader.js in its program.
//
//go:embed js/loader_esm.js
var loaderESMSource string

// cjsResolver is the file-system half of Module._findPath, Module._stat and
// the self-reference lookup of the CommonJS loader: loader.js decides the
// lookup paths and extensions (they are JS-visible and patchable, as in
// node), Go walks the disk. Package.json files are read once per process,
// as node's loader caches them.
type cjsResolver struct {
	rt                                *Runtime
	packages                          map[string]*cjsPackage // by directory
	preserveSymlinks, preserveSymMain bool
}

// cjsPackage is what the loader reads of a package.json; nil when there is
// none.
type cjsPackage struct {
	Name    *string         `json:"name"`
	Main    any             `json:"main"`
	Type    string          `json:"type"`
	Exports json.RawMessage `json:"exports"`
	Imports json.RawMessage `json:"imports"`
}

func (p *cjsPackage) hasExports() bool {
	return p != nil && len(p.Exports) > 0 && string(p.Exports) != "null"
}

// mainField is "main" when it is a non-empty string: node ignores others.
func (p *cjsPackage) mainField() string {
	if p == nil {
		return ""
	}
	s, _ := p.Main.(string)
	return s
}

// stat is node's internalModuleStat: 0 for a file, 1 for a directory, a
// negative errno otherwise.
func moduleStat(p string) int {
	st, err := os.Stat(p)
	if err != nil {
		if errno, ok := underlyingErrno(err); ok {
			return -int(errno)
		}
		return -int(syscall.ENOENT)
	}
	if st.IsDir() {
		return 1
	}
	return 0
}

func underlyingErrno(err error) (syscall.Errno, bool) {
	if pe, ok := err.(*os.PathError); ok {
		errno, ok := pe.Err.(syscall.Errno)
		return errno, ok
	}
	return 0, false
}

// readPackage reads dir/package.json once; malformed JSON throws node's
// "Error parsing" error, with V8's words for the JSON error.
func (r *cjsResolver) readPackage(dir string) *cjsPackage {
	if pkg, ok := r.packages[dir]; ok {
		return pkg
	}
	jsonPath := filepath.Join(dir, "package.json")
	data, err := os.ReadFile(jsonPath)
	var pkg *cjsPackage
	if err == nil {
		pkg = &cjsPackage{}
		if json.Unmarshal(data, pkg) != nil {
			r.throwParseError(jsonPath, data)
			pkg = &cjsPackage{} // JSON.parse took what Go would not: read nothing
		}
	}
	r.packages[dir] = pkg
	return pkg
}

func (r *cjsResolver) throwParseError(jsonPath string, data []byte) {
	vm := r.rt.VM
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	_, err := parse(goja.Undefined(), vm.ToValue(string(data)))
	ex, ok := err.(*goja.Exception)
	if !ok {
		return
	}
	obj, ok := ex.Value().(*goja.Object)
	if !ok {
		return
	}
	_ = obj.Set("path", jsonPath)
	_ = obj.Set("message", "Error parsing "+jsonPath+": "+obj.Get("message").String())
	panic(ex)
}

// packageScope is the nearest package.json above filename, stopping at a
// node_modules folder, as node's readPackageScope.
func (r *cjsResolver) packageScope(filename string) (string, *cjsPackage) {
	for d := filepath.Dir(filename); ; d = filepath.Dir(d) {
		if strings.HasSuffix(d, "/node_modules") {
			return "", nil
		}
		if pkg := r.readPackage(d); pkg != nil {
			return d, pkg
		}
		if d == "/" || d == "." {
			return "", nil
		}
	}
}

// found is what findPath returns to loader.js: the file, and, when a
// package's "main" names nothing and its index was taken instead, what
// node's DEP0128 warning names.
type found struct {
	filename      string
	badMainJSON   string
	badMainTarget string
}

func (f found) value(vm *goja.Runtime) goja.Value {
	if f.filename == "" {
		return vm.ToValue(false)
	}
	if f.badMainJSON != "" {
		return vm.ToValue([]any{f.filename, f.badMainJSON, f.badMainTarget})
	}
	return vm.ToValue(f.filename)
}

// namesDirectory reports whether request names a directory: it ends in
// "/", or is ".", "..", or ends in "/." or "/..".
func namesDirectory(request string) bool {
	if strings.HasSuffix(request, "/") {
		return true
	}
	last := request[strings.LastIndexByte(request, '/')+1:]
	return last == "." || last == ".."
}

// findPath is Module._findPath: request looked for in each of paths, with
// each of exts, as node's loader does.
func (r *cjsResolver) findPath(request string, paths, exts []string, isMain bool, conditions []string) found {
	absolute := strings.HasPrefix(request, "/")
	if absolute {
		paths = []string{""}
	}
	trailingSlash := namesDirectory(request)
	// A folder that is not there holds nothing, but a request that goes up
	// out of it ("../x") may still be found.
	insidePath := !strings.HasPrefix(filepath.Clean(request), "..")
	for _, cur := range paths {
		if insidePath && cur != "" && moduleStat(cur) < 1 {
			continue
		}
		if !absolute {
			if f := r.resolveExports(cur, request, conditions); f != "" {
				return found{filename: f}
			}
		}
		base := absPath(filepath.Join(cur, request))
		rc := moduleStat(base)
		var f found
		if !trailingSlash {
			if rc == 0 {
				f.filename = r.mainOrFile(base, isMain)
			}
			if f.filename == "" {
				f.filename = r.tryExtensions(base, exts, isMain)
			}
		}
		if f.filename == "" && rc == 1 {
			f = r.tryPackage(base, exts, isMain, request)
		}
		if f.filename != "" {
			return f
		}
	}
	return found{}
}

func absPath(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// mainOrFile is the file base names, its links resolved unless
// --preserve-symlinks (or, for the main module, --preserve-symlinks-main)
// says to keep them.
func (r *cjsResolver) mainOrFile(base string, isMain bool) string {
	if (!isMain && r.preserveSymlinks) || (isMain && r.preserveSymMain) {
		return base
	}
	return realpath(base)
}

func (r *cjsResolver) tryFile(p string, isMain bool) string {
	if moduleStat(p) != 0 {
		return ""
	}
	if r.preserveSymlinks && !isMain {
		return absPath(p)
	}
	return realpath(p)
}

func (r *cjsResolver) tryExtensions(p string, exts []string, isMain bool) string {
	for _, ext := range exts {
		if f := r.tryFile(p+ext, isMain); f != "" {
			return f
		}
	}
	return ""
}

// tryPackage loads a directory: its package.json "main", else its index.
func (r *cjsResolver) tryPackage(dir string, exts []string, isMain bool, request string) found {
	main := r.readPackage(dir).mainField()
	if main == "" {
		return found{filename: r.tryExtensions(filepath.Join(dir, "index"), exts, isMain)}
	}
	target := absPath(filepath.Join(dir, main))
	f := r.tryFile(target, isMain)
	if f == "" {
		f = r.tryExtensions(target, exts, isMain)
	}
	if f == "" {
		f = r.tryExtensions(filepath.Join(target, "index"), exts, isMain)
	}
	if f != "" {
		return found{filename: f}
	}
	jsonPath := filepath.Join(dir, "package.json")
	if f = r.tryExtensions(filepath.Join(dir, "index"), exts, isMain); f != "" {
		return found{filename: f, badMainJSON: jsonPath, badMainTarget: main}
	}
	vm := r.rt.VM
	err, _ := vm.New(vm.Get("Error"), vm.ToValue("Cannot find module '"+target+"'. "+
		`Please verify that the package.json has a valid "main" entry`))
	_ = err.Set("code", "MODULE_NOT_FOUND")
	_ = err.Set("path", jsonPath)
	_ = err.Set("requestPath", request)
	panic(err)
}

// exportsRequest splits the requests a package's "exports" applies to,
// name/... and @scope/name/..., into the package's name and the rest ("" or
// "/..."), as node's pattern does; ok is false for others.
func exportsRequest(request string) (name, rest string, ok bool) {
	end := 0
	if strings.HasPrefix(request, "@") {
		slash := strings.IndexByte(request, '/')
		if slash < 2 || strings.ContainsAny(request[1:slash], `\%`) {
			return "", "", false
		}
		end = slash + 1
	}
	tail := request[end:]
	if tail == "" || tail[0] == '.' || tail[0] == '/' || tail[0] == '\\' || tail[0] == '%' {
		return "", "", false
	}
	if slash := strings.IndexByte(tail, '/'); slash >= 0 {
		tail = tail[:slash]
	}
	if strings.ContainsAny(tail, `\%`) {
		return "", "", false
	}
	return request[:end+len(tail)], request[end+len(tail):], true
}

func (r *cjsResolver) resolveExports(nmPath, request string, conditions []string) string {
	name, rest, ok := exportsRequest(request)
	if !ok {
		return ""
	}
	pkgDir := absPath(filepath.Join(nmPath, name))
	pkg := r.readPackage(pkgDir)
	if !pkg.hasExports() {
		return ""
	}
	return r.exportsTarget(pkgDir, "."+rest, pkg, conditions)
}

// exportsTarget is the file pkg's "exports" gives sub ("." or "./x"), or
// node's ERR_PACKAGE_PATH_NOT_EXPORTED.
func (r *cjsResolver) exportsTarget(pkgDir, sub string, pkg *cjsPackage, conditions []string) string {
	if f := resolveExports(pkgDir, sub, pkg.Exports, conditions); f != "" {
		return r.tryFile(f, false)
	}
	var err *goja.Object
	if f := exportsTargetPath(pkgDir, sub, pkg.Exports, conditions); f != "" {
		err = r.moduleNotFound(f, pkgDir)
	} else {
		ne := &notExported{sub, filepath.Join(pkgDir, "package.json")}
		err = r.rt.nodeError("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED", ne.message())
	}
	// Uncaught, node reports it where its loader rethrows it.
	r.rt.internalThrowSiteAt(err, "node:internal/modules/cjs/loader", 645, "      throw e;", 7)
	panic(err)
}

// trySelf resolves a package's own name from inside it, through its
// "exports", as node's trySelf.
func (r *cjsResolver) trySelf(parentPath, request string, conditions []string) string {
	if parentPath == "" {
		return ""
	}
	dir, pkg := r.packageScope(parentPath)
	if !pkg.hasExports() || pkg.Name == nil {
		return ""
	}
	name := *pkg.Name
	var sub string
	switch {
	case request == name:
		sub = "."
	case strings.HasPrefix(request, name+"/"):
		sub = "." + request[len(name):]
	default:
		return ""
	}
	return r.exportsTarget(dir, sub, pkg, conditions)
}

// packageImport resolves a "#name" request from parentPath through the
// "imports" of its package, as node's packageImportsResolve: a key or a
// pattern ("#x/*"), whose target is a file of the package or another
// package. ok is false when the package has no "imports".
func (r *cjsResolver) packageImport(parentPath, request string, conditions []string) (string, bool) {
	dir, pkg := r.packageScope(parentPath)
	if pkg == nil || len(pkg.Imports) == 0 || string(pkg.Imports) == "null" {
		return "", false
	}
	var imports map[string]any
	_ = json.Unmarshal(pkg.Imports, &imports)
	target, star, found := imports[request], "", false
	if target != nil {
		found = true
	} else {
		best := ""
		for key, t := range imports {
			i := strings.IndexByte(key, '*')
			if i < 0 || !strings.HasPrefix(request, key[:i]) || !strings.HasSuffix(request[i:], key[i+1:]) {
				continue
			}
			if len(key[:i]) > len(best) || !found {
				best, target, found = key[:i], t, true
				star = request[i : len(request)-len(key[i+1:])]
			}
		}
	}
	jsonPath := filepath.Join(dir, "package.json")
	if file := r.importTarget(dir, target, star, conditions); file != "" {
		return file, true
	}
	if !found || !importTargetNamed(target, conditions) {
		panic(r.rt.nodeError("TypeError", "ERR_PACKAGE_IMPORT_NOT_DEFINED", `Package import specifier "`+request+
			`" is not defined in package `+jsonPath+" imported from "+parentPath))
	}
	return "", true
}

// importTarget is the file a target of "imports" names: ./file in the
// package, or a package of its own resolved from the package's folder.
// A file that is not there is node's MODULE_NOT_FOUND.
func (r *cjsResolver) importTarget(dir string, target any, star string, conditions []string) string {
	switch t := target.(type) {
	case string:
		t = strings.ReplaceAll(t, "*", star)
		if !strings.HasPrefix(t, "./") {
			f, _ := resolveModule(t, dir, conditions)
			return f
		}
		f := filepath.Join(dir, t)
		if real := r.tryFile(f, false); real != "" {
			return real
		}
		panic(r.moduleNotFound(f, dir))
	case []any:
		for _, alt := range t {
			if f := r.importTarget(dir, alt, star, conditions); f != "" {
				return f
			}
		}
	case map[string]any:
		for _, cond := range conditions {
			if v, ok := t[cond]; ok {
				if f := r.importTarget(dir, v, star, conditions); f != "" {
					return f
				}
			}
		}
	}
	return ""
}

// moduleNotFound is node's error for a file a package.json in pkgDir
// names that is not there.
func (r *cjsResolver) moduleNotFound(file, pkgDir string) *goja.Object {
	vm := r.rt.VM
	err, _ := vm.New(vm.Get("Error"), vm.ToValue("Cannot find module '"+file+"'"))
	_ = err.Set("code", "MODULE_NOT_FOUND")
	_ = err.Set("path", filepath.Join(pkgDir, "package.json"))
	return err
}

// importTargetNamed reports whether target has an entry for conditions.
func importTargetNamed(target any, conditions []string) bool {
	switch t := target.(type) {
	case string:
		return true
	case []any:
		return len(t) > 0
	case map[string]any:
		for _, cond := range conditions {
			if _, ok := t[cond]; ok {
				return true
			}
		}
	}
	return false
}

// installModuleNative gives loader.js the resolver's functions.
func (rt *Runtime) installModuleNative(n *goja.Object) {
	vm := rt.VM
	r := &cjsResolver{rt: rt, packages: map[string]*cjsPackage{}}
	r.preserveSymlinks = rt.nodeFlag("--preserve-symlinks") || os.Getenv("NODE_PRESERVE_SYMLINKS") == "1"
	r.preserveSymMain = rt.nodeFlag("--preserve-symlinks-main")
	conditionsFor := func(esm bool) []string {
		if esm {
			return importConditions
		}
		return requireConditions
	}
	set := func(name string, v any) { _ = n.Set(name, v) }
	// These run for every require: plain goja functions, which goja calls
	// without reflection.
	arg := func(call goja.FunctionCall, i int) string { return call.Argument(i).String() }
	set("moduleStat", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(moduleStat(arg(call, 0)))
	})
	// The paths and extensions come joined with NULs: a string crosses
	// into Go faster than an array.
	set("findPath", func(call goja.FunctionCall) goja.Value {
		paths, exts := strings.Split(arg(call, 1), "\x00"), strings.Split(arg(call, 2), "\x00")
		isMain, esm := call.Argument(3).ToBoolean(), call.Argument(4).ToBoolean()
		return r.findPath(arg(call, 0), paths, exts, isMain, conditionsFor(esm)).value(vm)
	})
	set("trySelf", func(call goja.FunctionCall) goja.Value {
		if f := r.trySelf(arg(call, 0), arg(call, 1), conditionsFor(call.Argument(2).ToBoolean())); f != "" {
			return vm.ToValue(f)
		}
		return vm.ToValue(false)
	})
	set("packageImport", func(call goja.FunctionCall) goja.Value {
		f, ok := r.packageImport(arg(call, 0), arg(call, 1), conditionsFor(call.Argument(2).ToBoolean()))
		if !ok || f == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(f)
	})
	set("asyncESM", func(call goja.FunctionCall) goja.Value {
		m, ok := rt.esmModules[arg(call, 0)]
		return vm.ToValue(ok && m.err == nil && m.async)
	})
	set("pathDirname", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(filepath.Dir(arg(call, 0)))
	})
	set("modulePaths", func(call goja.FunctionCall) goja.Value {
		paths := nodeModulePaths(arg(call, 0))
		items := make([]any, len(paths))
		for i, p := range paths {
			items[i] = p
		}
		return vm.NewArray(items...)
	})
	set("pendingDeprecation", rt.nodeFlag("--pending-deprecation") || os.Getenv("NODE_PENDING_DEPRECATION") == "1")
	set("internalThrowSiteAt", rt.internalThrowSiteAt)
}

// nodeFlag reports whether the boolean option name is on, given in
// execArgv or NODE_OPTIONS (its --no- form, given later, turns it off).
func (rt *Runtime) nodeFlag(name string) bool {
	opts, _ := NodeOptions(os.Getenv("NODE_OPTIONS"))
	on := false
	for _, a := range append(opts, rt.Opts.ExecArgv...) {
		switch a {
		case name:
			on = true
		case "--no-" + name[2:]:
			on = false
		}
	}
	return on
}
