package runtime

import (
	"reflect"
	"strings"
	"testing"
)

func TestAsyncModuleBodyKeepsLines(t *testing.T) {
	code := strings.Join([]string{
		`var __helper = 1;`,
		`import { a } from "./a.mjs";`,
		`const v = await a();`,
		`import {`,
		`  b,`,
		`  c`,
		`} from "./b.mjs";`,
		`export * from "./c.mjs";`,
		`function f() {`,
		`  return Promise.resolve().then(() => __toESM(require("./d.mjs"), 1));`,
		`}`,
		`export {`,
		`  f,`,
		`  v as "a name",`,
		`  v as default`,
		`};`,
	}, "\n") + "\n//# sourceMappingURL=data:x"
	body, ok := asyncModuleBody(code)
	if !ok {
		t.Fatal("not rewritten")
	}
	lines := strings.Split(body, "\n")
	want0 := `import { a } from "./a.mjs"; import {   b,   c } from "./b.mjs"; export * from "./c.mjs"; ` +
		`__gocluster_tla(async (__gocluster_deps) => { __gocluster_exports({ "f": () => f, "a name": () => v, "default": () => v }); ` +
		`if (__gocluster_deps !== undefined) await __gocluster_deps; var __helper = 1;`
	if lines[0] != want0 {
		t.Errorf("line 1:\n got %s\nwant %s", lines[0], want0)
	}
	// The body's own lines stay where they were, for the source map.
	if lines[2] != `const v = await a();` || lines[8] != `function f() {` {
		t.Errorf("lines moved: %q", lines)
	}
	if !strings.Contains(lines[9], "__gocluster_import(() => __toESM(__gocluster_require(") {
		t.Errorf("import() not waiting: %s", lines[9])
	}
	if !strings.HasSuffix(body, "\n});\n//# sourceMappingURL=data:x") {
		t.Errorf("end: %q", body[len(body)-40:])
	}
}

func TestExportGettersRefusesWhatItCannotRead(t *testing.T) {
	if _, ok := exportGetters(`export { a.b };`); ok {
		t.Error("accepted a member expression")
	}
	got, ok := exportGetters(`export { x, y as "q, r" };`)
	if !ok || !reflect.DeepEqual(got, []string{`"x": () => x`, `"q, r": () => y`}) {
		t.Errorf("got %q %v", got, ok)
	}
}

func TestStaticImportsSkipsImportCalls(t *testing.T) {
	code := `var import_a = __toESM(require("./a.mjs"));
__reExport(x_exports, require("./b\"q.mjs"), __gocluster_module.exports);
require("./side.mjs");
const p = require._import(() => __toESM(require("./lazy.mjs")));`
	want := []string{"./a.mjs", `./b"q.mjs`, "./side.mjs"}
	if got := staticImports(code); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTransformMarksAsyncModules(t *testing.T) {
	code, async, err := transformCode("/m.mjs", "export const x = await 1;\n", true, false)
	if err != nil || !async || !strings.Contains(code, asyncPrologue) {
		t.Fatalf("async %v err %v", async, err)
	}
	code, async, err = transformCode("/m.mjs", "export const x = 1;\n", true, false)
	if err != nil || async || strings.Contains(code, asyncPrologue) {
		t.Fatalf("sync module made async: %v %v", async, err)
	}
	// Forced (it imports an async module), a module with no await of its own.
	if _, async, err = transformCode("/m.mjs", "export const x = 1;\n", true, true); err != nil || !async {
		t.Fatalf("forced: async %v err %v", async, err)
	}
}
