package runtime

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// notExported is a package whose "exports" does not list the subpath asked
// for: Node's ERR_PACKAGE_PATH_NOT_EXPORTED.
type notExported struct{ sub, pkgJSON string }

func (e *notExported) message() string {
	if e.sub == "." {
		return `No "exports" main defined in ` + e.pkgJSON
	}
	return "Package subpath '" + e.sub + `' is not defined by "exports" in ` + e.pkgJSON
}

// resolveModule finds the file a require(request) from dir names, following
// Node's CommonJS algorithm: files, directories with package.json "main" or
// index, node_modules up the tree with package.json "exports", symlinks
// resolved. It returns "" when nothing matches.
func resolveModule(request, dir string, conditions []string) (string, *notExported) {
	if isPathRequest(request) {
		p := request
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if strings.HasSuffix(request, "/") {
			return realpath(loadAsDirectory(p)), nil
		}
		if f := loadAsFile(p); f != "" {
			return realpath(f), nil
		}
		return realpath(loadAsDirectory(p)), nil
	}
	name, sub := splitPackage(request)
	for _, nm := range nodeModulePaths(dir) {
		pkgDir := filepath.Join(nm, name)
		if st, err := os.Stat(pkgDir); err != nil || !st.IsDir() {
			continue
		}
		if pkg := readPackage(pkgDir); pkg != nil && pkg.Exports != nil {
			if f := resolveExports(pkgDir, sub, pkg.Exports, conditions); f != "" {
				return realpath(f), nil
			}
			return "", &notExported{sub, filepath.Join(pkgDir, "package.json")}
		}
		p := filepath.Join(nm, request)
		if f := loadAsFile(p); f != "" {
			return realpath(f), nil
		}
		if f := loadAsDirectory(p); f != "" {
			return realpath(f), nil
		}
	}
	for _, g := range filepath.SplitList(os.Getenv("NODE_PATH")) {
		if g == "" {
			continue
		}
		p := filepath.Join(g, request)
		if f := loadAsFile(p); f != "" {
			return realpath(f), nil
		}
		if f := loadAsDirectory(p); f != "" {
			return realpath(f), nil
		}
	}
	return "", nil
}

func isPathRequest(r string) bool {
	return r == "." || r == ".." || strings.HasPrefix(r, "./") || strings.HasPrefix(r, "../") || strings.HasPrefix(r, "/")
}

// splitPackage splits "@scope/pkg/sub/path" into "@scope/pkg" and "./sub/path".
func splitPackage(r string) (name, sub string) {
	parts := strings.SplitN(r, "/", 3)
	n := 1
	if strings.HasPrefix(r, "@") && len(parts) > 1 {
		n = 2
	}
	if len(parts) <= n {
		return r, "."
	}
	return strings.Join(parts[:n], "/"), "./" + strings.Join(parts[n:], "/")
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

var fileExtensions = []string{".js", ".json", ".node"}

func loadAsFile(p string) string {
	if isFile(p) {
		return p
	}
	for _, ext := range fileExtensions {
		if isFile(p + ext) {
			return p + ext
		}
	}
	return ""
}

func loadAsDirectory(p string) string {
	if pkg := readPackage(p); pkg != nil && pkg.Main != "" {
		m := filepath.Join(p, pkg.Main)
		if f := loadAsFile(m); f != "" {
			return f
		}
		if f := loadIndex(m); f != "" {
			return f
		}
	}
	return loadIndex(p)
}

func loadIndex(p string) string {
	for _, ext := range fileExtensions {
		if f := filepath.Join(p, "index"+ext); isFile(f) {
			return f
		}
	}
	return ""
}

type packageJSON struct {
	Main    string          `json:"main"`
	Type    string          `json:"type"`
	Exports json.RawMessage `json:"exports"`
}

func readPackage(dir string) *packageJSON {
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil
	}
	var pkg packageJSON
	if json.Unmarshal(data, &pkg) != nil {
		return nil
	}
	return &pkg
}

// requireConditions are the "exports" conditions a require() matches; the
// "import" condition is the fallback for ESM-only packages, which gocluster
// can load because it turns ESM into CommonJS. An import from an ES module
// matches importConditions, with "require" as the fallback.
var (
	requireConditions = []string{"node", "require", "default", "import"}
	importConditions  = []string{"node", "import", "default", "require"}
)

func resolveExports(pkgDir, sub string, raw json.RawMessage, conditions []string) string {
	target, star, ok := exportsEntry(sub, raw)
	if !ok {
		return ""
	}
	return exportTarget(pkgDir, target, star, conditions, isFile)
}

// exportsTargetPath is the file "exports" names for sub whether it is there
// or not ("" when it names none): what node's not-found error names.
func exportsTargetPath(pkgDir, sub string, raw json.RawMessage, conditions []string) string {
	target, star, ok := exportsEntry(sub, raw)
	if !ok {
		return ""
	}
	return exportTarget(pkgDir, target, star, conditions, func(string) bool { return true })
}

// exportsEntry is the entry of "exports" for sub, and what a pattern's
// "*" stands for; of several patterns the one with the longest prefix
// wins, as in node.
func exportsEntry(sub string, raw json.RawMessage) (target any, star string, ok bool) {
	var exports any
	if json.Unmarshal(raw, &exports) != nil {
		return nil, "", false
	}
	// A string, an array or an object of conditions is the "." entry.
	if m, isMap := exports.(map[string]any); isMap {
		subpaths := false
		for k := range m {
			if strings.HasPrefix(k, ".") {
				subpaths = true
				break
			}
		}
		if subpaths {
			if target, ok := m[sub]; ok {
				return target, "", true
			}
			// Patterns: "./lib/*": "./lib/*.js"
			best := -1
			for k, t := range m {
				i := strings.IndexByte(k, '*')
				if i > best && strings.HasPrefix(sub, k[:i]) && strings.HasSuffix(sub, k[i+1:]) && len(sub) >= len(k)-1 {
					best, target, star, ok = i, t, sub[i:len(sub)-len(k[i+1:])], true
				}
			}
			return target, star, ok
		}
	}
	if sub != "." {
		return nil, "", false
	}
	return exports, "", true
}

func exportTarget(pkgDir string, target any, star string, conditions []string, exists func(string) bool) string {
	switch t := target.(type) {
	case string:
		f := filepath.Join(pkgDir, strings.ReplaceAll(t, "*", star))
		if exists(f) {
			return f
		}
	case []any:
		for _, alt := range t {
			if f := exportTarget(pkgDir, alt, star, conditions, exists); f != "" {
				return f
			}
		}
	case map[string]any:
		for _, cond := range conditions {
			if v, ok := t[cond]; ok {
				if f := exportTarget(pkgDir, v, star, conditions, exists); f != "" {
					return f
				}
			}
		}
	}
	return ""
}

// nodeModulePaths lists the node_modules folders from dir up to the root.
func nodeModulePaths(dir string) []string {
	var out []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" {
			out = append(out, filepath.Join(d, "node_modules"))
		}
		if d == "/" || d == "." {
			break
		}
	}
	return out
}

func realpath(p string) string {
	if p == "" {
		return ""
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// isESMFile reports whether Node would load filename as an ES module by its
// name or its package's "type".
func isESMFile(filename string) bool {
	switch filepath.Ext(filename) {
	case ".mjs":
		return true
	case ".cjs":
		return false
	}
	for d := filepath.Dir(filename); ; d = filepath.Dir(d) {
		if found, typ := packageType(d); found {
			return typ == "module"
		}
		if d == "/" || d == "." || filepath.Base(d) == "node_modules" {
			return false
		}
	}
}

// packageTypes caches, by directory, whether it has a package.json and its
// "type": every module compiled asks, and node reads each package.json
// once too.
var packageTypes sync.Map // dir -> packageTypeEntry

type packageTypeEntry struct {
	found bool
	typ   string
}

func packageType(dir string) (found bool, typ string) {
	if e, ok := packageTypes.Load(dir); ok {
		entry := e.(packageTypeEntry)
		return entry.found, entry.typ
	}
	var entry packageTypeEntry
	if pkg := readPackage(dir); pkg != nil {
		entry = packageTypeEntry{true, pkg.Type}
	}
	packageTypes.Store(dir, entry)
	return entry.found, entry.typ
}
