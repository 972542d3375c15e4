package runtime

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Top-level await.
//
// esbuild makes CommonJS of an ES module, and CommonJS has no top-level
// await. A module that awaits at its top level, or imports (statically) a
// module that does and so must wait for it, as node's module evaluation
// waits, is made "async": its body runs in an async function whose promise
// is the module's evaluation (loader.js: evaluateAsync). To get there
// esbuild first prints the module as ESM in its canonical form: every
// import a statement of its own at the start of a line, every local export
// in one `export {...}` list at the end, and (asked for here) template
// literals lowered, so that no string spans lines and a line that starts
// with "import " or "export " is a statement. Imports and re-exports stay
// at the top level; everything else goes into the function, whose first
// act is to define the export list as getters of its own bindings; a
// second esbuild pass makes CommonJS of that, with the first pass's source
// map chained so positions are still the user's.

// asyncPrologue gives an async module's code the loader's hooks; it follows
// importMetaPrologue on the first line.
const asyncPrologue = "var __gocluster_tla = __gocluster_require._tla, __gocluster_exports = __gocluster_require._exports, __gocluster_import = __gocluster_require._import;"

// dynamicImportLowered is how esbuild lowers import(x) (goja has no
// import()): the namespace in a promise, at once. loader.js's _import
// makes the promise wait for the module's evaluation too.
const (
	dynamicImportLowered = "Promise.resolve().then(() => __toESM(require("
	dynamicImportWaiting = "require._import(() => __toESM(require("
	// CommonJS's require gives an ES module's namespace: import() wants its
	// exports object, as an ES module's require does.
	dynamicImportInCJS   = "require._import(() => __toESM(require._exports("
	dynamicImportInAsync = "__gocluster_import(() => __toESM(__gocluster_require("
)

func isTopLevelAwaitError(msgs []api.Message) bool {
	return len(msgs) > 0 && strings.Contains(msgs[0].Text, "Top-level await")
}

// transformAsync is esbuild's two passes for an async module; cjs are the
// options of the CommonJS pass.
func transformAsync(source string, cjs api.TransformOptions) (api.TransformResult, bool) {
	esm := cjs
	esm.Format = api.FormatESModule
	esm.Platform = api.PlatformNeutral
	esm.LegalComments = api.LegalCommentsNone
	esm.Supported = map[string]bool{"template-literal": false}
	for k, v := range cjs.Supported {
		esm.Supported[k] = v
	}
	first := api.Transform(source, esm)
	if len(first.Errors) > 0 {
		return first, false
	}
	body, ok := asyncModuleBody(string(first.Code))
	if !ok {
		return first, false
	}
	second := api.Transform(body, cjs)
	return second, len(second.Errors) == 0
}

// asyncModuleBody rewrites esbuild's canonical ESM into a module whose body
// runs in an async function. Line i of the body stays line i, for the
// source map: the imports and the function's opening go on line 1.
// loader.js's evaluateAsync calls the function.
func asyncModuleBody(code string) (string, bool) {
	mapAt := strings.LastIndex(code, "\n//# sourceMappingURL=")
	sourceMap := ""
	if mapAt >= 0 {
		code, sourceMap = code[:mapAt], code[mapAt:]
	}
	lines := strings.Split(code, "\n")
	var hoisted []string
	var getters []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		isImport := strings.HasPrefix(line, "import ")
		if !isImport && !strings.HasPrefix(line, "export ") {
			continue
		}
		end := i
		for end < len(lines)-1 && !strings.HasSuffix(strings.TrimRight(lines[end], " "), ";") {
			end++
		}
		stmt := strings.Join(lines[i:end+1], " ")
		for k := i; k <= end; k++ {
			lines[k] = ""
		}
		i = end
		if isImport || strings.Contains(stmt, "} from ") || strings.HasPrefix(stmt, "export * ") {
			hoisted = append(hoisted, stmt)
			continue
		}
		list, ok := exportGetters(stmt)
		if !ok {
			return "", false
		}
		getters = append(getters, list...)
	}
	var head strings.Builder
	for _, h := range hoisted {
		head.WriteString(h)
		head.WriteByte(' ')
	}
	// The exports are there as the module is loaded (importers copy them);
	// the body waits for the async modules it imports (deps, a promise).
	head.WriteString("__gocluster_tla(async (__gocluster_deps) => { __gocluster_exports({ ")
	head.WriteString(strings.Join(getters, ", "))
	head.WriteString(" }); if (__gocluster_deps !== undefined) await __gocluster_deps; ")
	lines[0] = head.String() + lines[0]
	body := strings.Join(lines, "\n")
	body = strings.ReplaceAll(body, dynamicImportLowered, dynamicImportInAsync)
	// Here, before the second pass renames this copy of the helper.
	body = strings.ReplaceAll(body, esbuildToESM, cachedToESM)
	return body + "\n});" + sourceMap, true
}

// exportGetters turns `export { a, b as c, d as "e f" };` into the getter
// properties `"a": () => a, "c": () => b, "e f": () => d`.
func exportGetters(stmt string) ([]string, bool) {
	open, close := strings.IndexByte(stmt, '{'), strings.LastIndexByte(stmt, '}')
	if open < 0 || close < open {
		return nil, false
	}
	var out []string
	for _, item := range splitExportList(stmt[open+1 : close]) {
		local, exported, found := strings.Cut(item, " as ")
		local = strings.TrimSpace(local)
		exported = strings.TrimSpace(exported)
		if !found {
			exported = local
		}
		if !isIdentifier(local) {
			return nil, false
		}
		if !strings.HasPrefix(exported, `"`) {
			exported = strconv.Quote(exported)
		}
		out = append(out, exported+": () => "+local)
	}
	return out, true
}

// splitExportList splits at the commas that are not in a quoted name.
func splitExportList(s string) []string {
	var items []string
	inQuote, start := false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && inQuote:
			i++
		case c == '"':
			inQuote = !inQuote
		case c == ',' && !inQuote:
			items = append(items, s[start:i])
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		items = append(items, s[start:])
	}
	return items
}

var identifierPattern = lazyRegexp(`^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\x{200C}\x{200D}]*$`)

func isIdentifier(s string) bool { return identifierPattern().MatchString(s) }

// staticImportPattern finds the requires esbuild's CommonJS makes of a
// module's imports and re-exports; a lowered import() is told apart by
// what precedes it.
var staticImportPattern = lazyRegexp(`require\("((?:[^"\\]|\\.)*)"\)`)

// staticImports lists the specifiers a converted module imports at its top
// level.
func staticImports(code string) []string {
	var specs []string
	for _, m := range staticImportPattern().FindAllStringSubmatchIndex(code, -1) {
		if strings.HasSuffix(code[:m[0]], "__toESM(") && strings.HasSuffix(code[:m[0]-len("__toESM(")], "() => ") {
			continue // import(): waits for nothing at load
		}
		if spec, err := strconv.Unquote(`"` + code[m[2]:m[3]] + `"`); err == nil {
			specs = append(specs, spec)
		}
	}
	return specs
}

// esmModule is a module converted from ESM, kept by file name so that
// asking whether it is async (for a module that imports it) and loading it
// convert it once.
type esmModule struct {
	filename     string
	source, code string
	async        bool
	err          error
	shape        esmShape // what it imports and exports (esm_link.go)
	linked       bool     // its imports have been checked
}

// transformModule converts the ES module filename (esm set) or lowers the
// CommonJS one, making an ES module async when it awaits at its top level
// or imports an async module.
func (rt *Runtime) transformModule(filename, source string, esm bool) (string, error) {
	if !esm {
		code, _, err := transformCode(filename, source, false, false)
		return code, err
	}
	m := rt.esmModule(filename, source, map[string]bool{})
	if m.err != nil {
		return "", m.err
	}
	if err := rt.linkGraph(m, map[*esmModule]bool{}); err != nil {
		return "", err
	}
	code := m.code
	if code == "" {
		// Compiled before (a load that failed and is tried again).
		code, _, m.err = transformCode(filename, source, true, m.async)
	}
	// The module keeps what its importers ask (async, shape), not its code.
	m.code = ""
	return code, m.err
}

func (rt *Runtime) esmModule(filename, source string, visiting map[string]bool) *esmModule {
	if m, ok := rt.esmModules[filename]; ok && m.source == source {
		return m
	}
	m := &esmModule{filename: filename, source: source}
	visiting[filename] = true
	m.code, m.async, m.err = transformCode(filename, source, true, false)
	if m.err == nil && !m.async && rt.importsAsync(filename, m.code, visiting) {
		if code, async, err := transformCode(filename, source, true, true); err == nil && async {
			m.code, m.async = code, true
		}
	}
	if m.err == nil {
		m.shape = shapeOf(m.code)
	}
	delete(visiting, filename)
	if rt.esmModules == nil {
		rt.esmModules = map[string]*esmModule{}
	}
	rt.esmModules[filename] = m
	return m
}

// importsAsync reports whether the converted module code imports, directly
// or through other ES modules, one that is async. A module on the import
// path being converted (a cycle) counts as not async.
func (rt *Runtime) importsAsync(filename, code string, visiting map[string]bool) bool {
	dir := filepath.Dir(filename)
	for _, spec := range staticImports(code) {
		if m := rt.esmDependency(spec, dir, visiting); m != nil && m.err == nil && m.async {
			return true
		}
	}
	return false
}
