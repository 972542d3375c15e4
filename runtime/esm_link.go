package runtime

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Linking. node checks, before any module of an import graph runs, that
// every name an ES module imports from another ES module is exported by
// it; a missing one is a SyntaxError at the import. esbuild's CommonJS
// would read it as undefined instead, so the converted code is read for
// what a module imports and exports:
//
//   - `var import_x = __toESM(require("spec"))` names an import, and each
//     `import_x.name` in the code is a name used from it (a name imported
//     but never used goes unchecked);
//   - `__export(x_exports, { name: () => ... })`, or an async module's
//     `__gocluster_exports({ "name": () => ... })`, lists its exports, and
//     `__reExport(x_exports, require("spec"), ...)` adds another module's
//     (all but default).

// Each pattern starts with a literal that the scan looks for first.
var (
	importBinding  = lazyRegexp(`^var (import_[\w$]+) = (?:__toESM\()?require\("((?:[^"\\]|\\.)*)"\)`)
	exportEntry    = lazyRegexp(`^("(?:[^"\\]|\\.)*"|[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_]*): \(\) =>`)
	reExportSource = lazyRegexp(`^__reExport\([\w$]+, require\("((?:[^"\\]|\\.)*)"\)`)
)

// matchesAt runs re (anchored with ^) at each place literal starts in code.
func matchesAt(code, literal string, re func() *regexp.Regexp) [][]string {
	var out [][]string
	for from := 0; ; {
		i := strings.Index(code[from:], literal)
		if i < 0 {
			return out
		}
		at := from + i
		from = at + len(literal)
		end := strings.IndexByte(code[at:], '\n')
		if end < 0 {
			end = len(code) - at
		}
		if m := re().FindStringSubmatch(code[at : at+end]); m != nil {
			out = append(out, m)
		}
	}
}

// esmShape is what a converted module imports by name, and exports.
type esmShape struct {
	specs   []string // every module it imports at its top level
	imports []esmImport
	exports map[string]bool
	stars   []string // export * from these specifiers
}

type esmImport struct {
	spec  string
	names []string // in the order first used
}

func shapeOf(code string) esmShape {
	shape := esmShape{exports: map[string]bool{}, specs: staticImports(code)}
	if i := strings.LastIndex(code, "\n//# sourceMappingURL="); i >= 0 {
		code = code[:i]
	}
	for _, m := range matchesAt(code, "var import_", importBinding) {
		spec, err := strconv.Unquote(`"` + m[2] + `"`)
		if err != nil {
			continue
		}
		imp := esmImport{spec: spec}
		seen := map[string]bool{}
		prefix := m[1] + "."
		for rest := code; ; {
			i := strings.Index(rest, prefix)
			if i < 0 {
				break
			}
			before := byte(' ')
			if i > 0 {
				before = rest[i-1]
			}
			rest = rest[i+len(prefix):]
			if isIdentByte(before) {
				continue // import_xy.a when looking for import_x.
			}
			n := 0
			for n < len(rest) && isIdentByte(rest[n]) {
				n++
			}
			if name := rest[:n]; name != "" && !seen[name] {
				seen[name] = true
				imp.names = append(imp.names, name)
			}
		}
		shape.imports = append(shape.imports, imp)
	}
	// The getters are `() => name` or `() => import_x.name`: the block ends
	// at the first "})".
	for _, start := range blockStarts(code) {
		block := code[start:]
		if end := strings.Index(block, "})"); end >= 0 {
			block = block[:end]
		}
		for _, e := range splitExportList(block) {
			m := exportEntry().FindStringSubmatch(strings.TrimSpace(e))
			if m == nil {
				continue
			}
			name := m[1]
			if strings.HasPrefix(name, `"`) {
				name, _ = strconv.Unquote(name)
			}
			shape.exports[name] = true
		}
	}
	for _, m := range matchesAt(code, "__reExport(", reExportSource) {
		if spec, err := strconv.Unquote(`"` + m[1] + `"`); err == nil {
			shape.stars = append(shape.stars, spec)
		}
	}
	return shape
}

// blockStarts are where the export lists' entries start: after
// `__export(name, {` and after `__gocluster_exports({`.
func blockStarts(code string) []int {
	var starts []int
	for _, literal := range []string{"__export(", "__gocluster_exports({"} {
		for from := 0; ; {
			i := strings.Index(code[from:], literal)
			if i < 0 {
				break
			}
			at := from + i + len(literal)
			from = at
			if literal == "__export(" {
				brace := strings.Index(code[at:], ", {")
				if brace < 0 || strings.ContainsAny(code[at:at+brace], "\n()") {
					continue // a call of something else, or esbuild's helper itself
				}
				at += brace + len(", {")
			}
			starts = append(starts, at)
		}
	}
	return starts
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// linkGraph checks the imports of m and of the ES modules it imports, as
// node links a graph before it runs any of it: the SyntaxError of the first
// name imported that its module does not export, or nil.
func (rt *Runtime) linkGraph(m *esmModule, seen map[*esmModule]bool) error {
	if m.linked || seen[m] {
		return nil
	}
	seen[m] = true
	dir := filepath.Dir(m.filename)
	if err := checkAttributes(m, dir); err != nil {
		return err
	}
	for _, imp := range m.shape.imports {
		dep := rt.esmDependency(imp.spec, dir, map[string]bool{})
		if dep == nil {
			continue
		}
		for _, name := range imp.names {
			if rt.exportsName(dep, name, map[*esmModule]bool{}) {
				continue
			}
			line, col, width := importSite(m.source, imp.spec, name)
			// The report quotes the line, from a module not loaded yet.
			rt.rememberSource(fileURL(m.filename), m.source)
			return &transformFailure{
				text:  fmt.Sprintf("The requested module '%s' does not provide an export named '%s'", imp.spec, name),
				line:  line,
				col:   col,
				width: width,
				file:  m.filename,
				link:  true,
			}
		}
		if dep.err == nil {
			if err := rt.linkGraph(dep, seen); err != nil {
				return err
			}
		}
	}
	m.linked = true
	return nil
}

// esmDependency is the converted ES module spec names from dir, or nil for
// anything else (a core module, CommonJS, JSON, a file that is not there)
// and for a module on the import path being converted (visiting: a cycle).
func (rt *Runtime) esmDependency(spec, dir string, visiting map[string]bool) *esmModule {
	file := resolveStatic(spec, dir)
	if file == "" || visiting[file] || !isESMFile(file) {
		return nil
	}
	if m, ok := rt.esmModules[file]; ok {
		return m
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return rt.esmModule(file, stripHashbang(string(data)), visiting)
}

// resolveStatic is the file an import of spec from dir loads, or "" for a
// core module or one that does not resolve.
func resolveStatic(spec, dir string) string {
	if _, core := coreLoader(strings.TrimPrefix(spec, "node:")); core || strings.HasPrefix(spec, "node:") {
		return ""
	}
	file, ne := resolveModule(spec, dir, importConditions)
	if ne != nil {
		return ""
	}
	return file
}

// exportsName reports whether m exports name itself or through export *
// (which passes on everything but default).
func (rt *Runtime) exportsName(m *esmModule, name string, seen map[*esmModule]bool) bool {
	if m.err != nil || m.shape.exports[name] {
		return true // a module that failed to convert reports that instead
	}
	if name == "default" || seen[m] {
		return false
	}
	seen[m] = true
	dir := filepath.Dir(m.filename)
	for _, spec := range m.shape.stars {
		dep := rt.esmDependency(spec, dir, map[string]bool{})
		if dep == nil || rt.exportsName(dep, name, seen) {
			return true // CommonJS behind export * may have anything
		}
	}
	return false
}

// importSite finds name in the import (or export ... from) of spec in
// source: its line, column and the width node's carets take.
func importSite(source, spec, name string) (line, col, width int) {
	for at := range specifierLiterals(source, spec) {
		start := max(strings.LastIndex(source[:at], "import"), strings.LastIndex(source[:at], "export"))
		if start < 0 {
			continue
		}
		if in, w := clauseName(source[start:at], name); in >= 0 {
			return lineCol(source, start+in, w)
		}
	}
	return 1, 1, 1
}

// specifierLiterals yields where spec stands quoted (' or ") in source.
func specifierLiterals(source, spec string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, quote := range []string{"'", `"`} {
			lit := quote + spec + quote
			for from := 0; ; {
				i := strings.Index(source[from:], lit)
				if i < 0 {
					break
				}
				at := from + i
				from = at + len(lit)
				if !yield(at) {
					return
				}
			}
		}
	}
}

// clauseName finds name in an import or export clause: in its braces
// (for an export, the whole `a as b`), or as the default binding.
func clauseName(clause, name string) (at, width int) {
	open, close := strings.IndexByte(clause, '{'), strings.IndexByte(clause, '}')
	if open >= 0 && close > open {
		pos := open + 1
		for _, item := range strings.Split(clause[open+1:close], ",") {
			trimmed := strings.TrimSpace(item)
			lead := strings.Index(item, trimmed)
			imported, _, _ := strings.Cut(trimmed, " ")
			if strings.Trim(imported, `"'`) == name {
				width := len(imported)
				if strings.HasPrefix(clause, "export") {
					width = len(trimmed)
				}
				return pos + lead, width
			}
			pos += len(item) + 1
		}
	}
	if name != "default" || !strings.HasPrefix(clause, "import") {
		return -1, 0
	}
	rest := clause[len("import"):]
	skip := len(rest) - len(strings.TrimLeft(rest, " \t\n"))
	n := 0
	for n < len(rest)-skip && isIdentByte(rest[skip+n]) {
		n++
	}
	if n == 0 {
		return -1, 0
	}
	return len("import") + skip, n
}

func lineCol(source string, offset, width int) (line, col, w int) {
	before := source[:offset]
	line = strings.Count(before, "\n") + 1
	lineStart := strings.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCountInString(before[lineStart:]) + 1, width
}

// Import attributes: node loads a JSON module only when its import says
// `with { type: 'json' }` (or the older `assert`), and no other module
// with one; the type must be one it knows. These are TypeErrors thrown by
// its loader, reported at its line.
type attributeError struct {
	code, message string
	line          int    // node v20.20's line of its loader that throws it
	text          string // and that line
	col           int
}

func (e *attributeError) Error() string { return e.message }

func checkAttributes(m *esmModule, dir string) error {
	for _, spec := range m.shape.specs {
		file := resolveStatic(spec, dir)
		if file == "" {
			continue
		}
		typ, given := importAttributeType(m.source, spec)
		isJSON := strings.HasSuffix(file, ".json")
		url := fileURL(file)
		switch {
		case given && typ != "json":
			return &attributeError{"ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED",
				fmt.Sprintf("Import attribute type %q is unsupported", typ), 106,
				"    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);", 11}
		case isJSON && !given:
			return &attributeError{"ERR_IMPORT_ASSERTION_TYPE_MISSING",
				fmt.Sprintf("Module %q needs an import attribute of type \"json\"", url), 89,
				"        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);", 15}
		case !isJSON && given:
			return &attributeError{"ERR_IMPORT_ASSERTION_TYPE_FAILED",
				fmt.Sprintf("Module %q is not of type \"json\"", url), 110,
				"  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);", 9}
		}
	}
	return nil
}

// importAttributeType finds the static import (or export ... from) of spec
// in source and the type its attributes (`with { type: 'x' }`) give.
func importAttributeType(source, spec string) (typ string, given bool) {
	for at := range specifierLiterals(source, spec) {
		before := strings.TrimRight(source[:at], " \t\n")
		if !strings.HasSuffix(before, "from") && !strings.HasSuffix(before, "import") {
			continue // import('x'), or a string that is not an import
		}
		rest := strings.TrimLeft(source[at+len(spec)+2:], " \t")
		var clause string
		switch {
		case strings.HasPrefix(rest, "with"):
			clause = rest[len("with"):]
		case strings.HasPrefix(rest, "assert"):
			clause = rest[len("assert"):]
		default:
			return "", false
		}
		open, close := strings.IndexByte(clause, '{'), strings.IndexByte(clause, '}')
		if open < 0 || close < open || strings.TrimSpace(clause[:open]) != "" {
			return "", false
		}
		for _, pair := range strings.Split(clause[open+1:close], ",") {
			key, value, ok := strings.Cut(pair, ":")
			if !ok || strings.Trim(strings.TrimSpace(key), `'"`) != "type" {
				continue
			}
			return strings.Trim(strings.TrimSpace(value), `'"`), true
		}
		return "", false
	}
	return "", false
}
