package runtime

import (
	"reflect"
	"sort"
	"testing"
)

func TestShapeOfConvertedModule(t *testing.T) {
	code := `var __gocluster_module = module; var import_a = __toESM(require("./a.mjs"));
var import_ab = require("./ab.mjs");
var m_exports = {};
__export(m_exports, {
  "a name": () => v,
  default: () => m_default,
  x: () => import_a.x
});
__reExport(m_exports, require("./star.mjs"), __gocluster_module.exports);
console.log(import_a.one, (0, import_a.two)(), import_ab.three, import_a.one, notimport_a.four);
`
	shape := shapeOf(code)
	want := []esmImport{{spec: "./a.mjs", names: []string{"x", "one", "two"}}, {spec: "./ab.mjs", names: []string{"three"}}}
	if !reflect.DeepEqual(shape.imports, want) {
		t.Errorf("imports %+v, want %+v", shape.imports, want)
	}
	if got := sortedNames(shape.exports); !reflect.DeepEqual(got, []string{"a name", "default", "x"}) {
		t.Errorf("exports %q", got)
	}
	if !reflect.DeepEqual(shape.stars, []string{"./star.mjs"}) {
		t.Errorf("stars %q", shape.stars)
	}
	// An async module's getters, one line.
	async := `__gocluster_tla(async (__gocluster_deps) => {
  __gocluster_exports({ f: () => f, "q, r": () => v });`
	if got := sortedNames(shapeOf(async).exports); !reflect.DeepEqual(got, []string{"f", "q, r"}) {
		t.Errorf("async exports %q", got)
	}
}

func TestImportSiteAsNodeMarksIt(t *testing.T) {
	src := "// x\nimport def, { a, b as c } from './m.mjs';\nexport { nope as n } from \"./m.mjs\";\n"
	for _, c := range []struct {
		name             string
		line, col, width int
	}{
		{"b", 2, 18, 1},
		{"default", 2, 8, 3},
		{"nope", 3, 10, 9},
	} {
		line, col, width := importSite(src, "./m.mjs", c.name)
		if line != c.line || col != c.col || width != c.width {
			t.Errorf("%s: %d:%d width %d, want %d:%d width %d", c.name, line, col, width, c.line, c.col, c.width)
		}
	}
}

func sortedNames(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestImportAttributeType(t *testing.T) {
	src := `import a from './a.json' with { type: 'json' };
import b from "./b.json" assert {type:"json"};
const c = import('./c.json');
import d from './d.json';
export { e } from './e.js' with { type: 'css' };`
	for _, c := range []struct {
		spec, typ string
		given     bool
	}{
		{"./a.json", "json", true},
		{"./b.json", "json", true},
		{"./c.json", "", false},
		{"./d.json", "", false},
		{"./e.js", "css", true},
	} {
		if typ, given := importAttributeType(src, c.spec); typ != c.typ || given != c.given {
			t.Errorf("%s: %q %v, want %q %v", c.spec, typ, given, c.typ, c.given)
		}
	}
}

// fileURL spells a path as node's url.pathToFileURL does (recorded from node
// v20.20.2), and [eval1] as node names --input-type=module code.
func TestFileURLAsNode(t *testing.T) {
	const want = "file:///a/%20!%22%23$&'()*+,:;%3C=%3E%3F@%5B%5D%5E%60%7B%7C%7D%7E%C3%A9%25"
	if got := fileURL("/a/ !\"#$&'()*+,:;<=>?@[]^`{|}~é%"); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := fileURL("/tmp/x/[eval1]"); got != "file:///tmp/x/[eval1]" {
		t.Errorf("eval: %s", got)
	}
}
