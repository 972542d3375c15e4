package util_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gocluster/gocluster/modules"
	"github.com/gocluster/gocluster/modules/util"
	gort "github.com/gocluster/gocluster/runtime"
)

// The case files under testdata/ hold one JS expression per line; their
// expected values, recorded from real Node, are in <name>.golden.
var update = flag.Bool("update", false, "rewrite testdata/*.golden by running node")

var fuzzCount = flag.Int("fuzzcount", 300, "values per seed in TestFuzzAgainstNode")

var caseFiles = []string{"inspect", "format", "misc"}

// knownDiffs are cases where goja itself cannot give what V8 gives; they
// are reported, not failed. Key: "<file>:<expression>".
var knownDiffs = map[string]string{
	"inspect:(() => { function F() {} F.prototype = Object.create(null); return util.inspect(new F()); })()": "goja does not record which function constructed an object",
	"inspect:util.inspect(function foo() {}, { showHidden: true })":                                          "goja functions have no own 'arguments' and 'caller'",
	"inspect:util.inspect(/[/]\\//)": "goja's RegExp source escapes '/' inside a class",
}

func init() {
	gort.RegisterCore(util.ModuleName, util.Require)
	gort.RegisterCore(util.ComparisonsModuleName, util.RequireComparisons)
	gort.RegisterCore(util.InspectModuleName, util.RequireInspect)
}

type testCase struct {
	line int
	expr string
}

func readCases(t *testing.T, name string) []testCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".cases"))
	if err != nil {
		t.Fatal(err)
	}
	var out []testCase
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, testCase{i + 1, line})
	}
	return out
}

// recordWithNode runs testdata/record.js: Node's answers for a case file.
func recordWithNode(t *testing.T, name string) ([]string, bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, false
	}
	cmd := exec.Command(node, filepath.Join("testdata", "record.js"), name)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("node record.js %s: %v", name, err)
	}
	var outs []string
	if err := json.Unmarshal(raw, &outs); err != nil {
		t.Fatalf("node record.js %s: %v", name, err)
	}
	return outs, true
}

func readGolden(t *testing.T, name string) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name+".golden"))
	if err != nil {
		t.Fatalf("%v (run go test -update with node on PATH)", err)
	}
	var outs []string
	if err := json.Unmarshal(raw, &outs); err != nil {
		t.Fatal(err)
	}
	return outs
}

func writeGolden(t *testing.T, name string, outs []string) {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, o := range outs {
		enc, _ := json.Marshal(o)
		b.Write(enc)
		if i < len(outs)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if err := os.WriteFile(filepath.Join("testdata", name+".golden"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func newRuntime(t testing.TB) *gort.Runtime {
	t.Helper()
	var sink bytes.Buffer
	rt, err := gort.New(gort.Options{Stdout: &sink, Stderr: &sink})
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

// evalCase runs one expression with `util` bound, as String(expr).
func evalCase(rt *gort.Runtime, fn goja.Callable, utilObj goja.Value) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("PANIC %v", r)
		}
	}()
	v, err := fn(goja.Undefined(), utilObj)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if o, ok := ex.Value().(*goja.Object); ok {
				if m := o.Get("message"); m != nil {
					return "THROWS " + m.String()
				}
			}
			return "THROWS " + ex.Value().String()
		}
		return "THROWS " + err.Error()
	}
	return v.String()
}

func TestGolden(t *testing.T) {
	for _, name := range caseFiles {
		t.Run(name, func(t *testing.T) {
			cases := readCases(t, name)
			fromNode, haveNode := recordWithNode(t, name)
			if *update {
				if !haveNode {
					t.Fatal("-update needs node on PATH")
				}
				writeGolden(t, name, fromNode)
			}
			golden := readGolden(t, name)
			if len(golden) != len(cases) {
				t.Fatalf("%s.golden has %d entries for %d cases: run go test -update", name, len(golden), len(cases))
			}
			if haveNode {
				for i := range golden {
					if golden[i] != fromNode[i] {
						t.Errorf("%s.golden is stale at line %d (run go test -update)", name, cases[i].line)
					}
				}
			}

			rt := newRuntime(t)
			utilObj, err := rt.Require("util")
			if err != nil {
				t.Fatal(err)
			}
			_, _ = rt.VM.RunString("process.noDeprecation = true")
			for i, c := range cases {
				fv, err := rt.VM.RunString("(function (util) { return String(" + c.expr + "); })")
				if err != nil {
					t.Errorf("%s:%d: compile: %v", name, c.line, err)
					continue
				}
				fn, _ := goja.AssertFunction(fv)
				got := evalCase(rt, fn, utilObj)
				if got != golden[i] {
					if why, ok := knownDiffs[name+":"+c.expr]; ok {
						t.Logf("%s:%d: known difference (%s): got %q", name, c.line, why, got)
						continue
					}
					t.Errorf("%s:%d: %s\nwant: %q\ngot:  %q", name, c.line, c.expr, golden[i], got)
				}
			}
		})
	}
}

// TestFuzzAgainstNode inspects the same pseudo-random values under Node and
// under gocluster (testdata/fuzz.js) and compares the outputs. It needs node.
func TestFuzzAgainstNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	src, err := os.ReadFile(filepath.Join("testdata", "fuzz.js"))
	if err != nil {
		t.Fatal(err)
	}
	count := *fuzzCount
	for _, seed := range []int{1, 2} {
		raw, err := exec.Command(node, filepath.Join("testdata", "fuzz_node.js"), fmt.Sprint(seed), fmt.Sprint(count)).Output()
		if err != nil {
			t.Fatalf("node fuzz_node.js: %v", err)
		}
		var want []string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		rt := newRuntime(t)
		utilObj, err := rt.Require("util")
		if err != nil {
			t.Fatal(err)
		}
		fv, err := rt.VM.RunString("(function () {\n" + string(src) + "\nreturn fuzz; })()")
		if err != nil {
			t.Fatal(err)
		}
		fn, _ := goja.AssertFunction(fv)
		res, err := fn(goja.Undefined(), utilObj, rt.VM.ToValue(seed), rt.VM.ToValue(count))
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		var got []string
		if err := rt.VM.ExportTo(res, &got); err != nil {
			t.Fatal(err)
		}
		bad := 0
		for i := range want {
			if i < len(got) && got[i] == want[i] {
				continue
			}
			bad++
			if bad <= 3 {
				g := "<missing>"
				if i < len(got) {
					g = got[i]
				}
				t.Errorf("seed %d value %d:\nwant: %s\ngot:  %s", seed, i, want[i], g)
			}
		}
		if bad > 0 {
			t.Errorf("seed %d: %d of %d differ", seed, bad, count)
		}
	}
}
