package conformance

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Tests of the harness itself: the normaliser, headers, diffs and process
// handling must do what README.md promises, or the suite proves nothing.

func TestNormalize(t *testing.T) {
	n := newNormalizer("/src/testdata/runtime", "/src/testdata", []string{"/opt/bin/node"}, false)
	in := "/src/testdata/runtime/x.js:3\n" +
		"  throw err;\n" +
		"Error: boom\n" +
		"    at f (/src/testdata/runtime/x.js:3:9)\n" +
		"    at node:internal/main/run_main_module:28:49 {\n" +
		"  code: 'E'\n" +
		"}\n" +
		"(node:4242) Warning: see /src/testdata/_helpers/h.js\n" +
		"node:internal/modules/cjs/loader:1210 node:events:497\n" +
		"exec /opt/bin/node took 1.5ms\n" +
		"    ... 4 lines matching cause stack trace ...\n"
	want := "<DIR>/x.js:3\n" +
		"  throw err;\n" +
		"Error: boom {\n" +
		"  code: 'E'\n" +
		"}\n" +
		"(node:PID) Warning: see <TESTDATA>/_helpers/h.js\n" +
		"node:internal/modules/cjs/loader:<LINE> node:events:<LINE>\n" +
		"exec <EXEC> took 1.5ms\n"
	if got := n.apply(in); got != want {
		t.Errorf("normalize:\n%s", lineDiff(want, got))
	}
	n.maskDurations = true
	if got := n.apply("a: 1.234ms\nb: 2s\nc: 12 items\n"); got != "a: <DURATION>\nb: <DURATION>\nc: 12 items\n" {
		t.Errorf("durations: %q", got)
	}
}

func TestSortLines(t *testing.T) {
	if got := sortLines("b\na\nc"); got != "a\nb\nc\n" {
		t.Errorf("sortLines = %q", got)
	}
	if sortLines("") != "" {
		t.Error("sortLines of nothing is not nothing")
	}
}

func TestReadHeader(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) *scenario {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return &scenario{name: name, path: p, dir: dir, timeout: defaultTimeout}
	}
	sc := write("a.js", "#!/usr/bin/env node\n// conformance: args=x  y z\n\n// conformance: timeout=1m\n"+
		"// conformance: unordered\n// conformance: mask-durations\n'use strict';\n// conformance: args=late\n")
	if err := sc.readHeader(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(sc.args, ",") != "x,y,z" || sc.timeout != time.Minute || !sc.unordered || !sc.maskDurations {
		t.Errorf("header read as %+v", sc)
	}
	// 'use strict' before the comments does not hide them.
	sc = write("s.js", "'use strict';\n// conformance: args=none\nconst x = 1;\n")
	if err := sc.readHeader(); err != nil || strings.Join(sc.args, ",") != "none" {
		t.Errorf("header after 'use strict' read as %+v (%v)", sc, err)
	}
	for _, bad := range []string{"// conformance: timeout=soon\n", "// conformance: unorderd\n", "// conformance: unordered=1\n"} {
		if err := write("b.js", bad).readHeader(); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"m/a.js", "m/b.mjs", "m/c.cjs", "m/_helper.js", "m/fixtures/f.js",
		"_helpers/h.js", "m/node_modules/p/index.js", "m/a.js.out", "m/notes.md"} {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := discover(root)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, sc := range got {
		names = append(names, sc.name)
	}
	if strings.Join(names, " ") != "m/a.js m/b.mjs m/c.cjs" {
		t.Errorf("discovered %v", names)
	}
}

func TestLineDiff(t *testing.T) {
	got := lineDiff("a\nb\nc\n", "a\nB\nc")
	want := "  a\n- b\n- c\n+ B\n+ c [no newline at end]\n"
	if got != want {
		t.Errorf("lineDiff =\n%s\nwant\n%s", got, want)
	}
}

func TestExecScript(t *testing.T) {
	dir := t.TempDir()
	run := func(src string, timeout time.Duration) (result, error) {
		p := filepath.Join(dir, "s.sh")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return execScript(t, "/bin/sh", &scenario{path: p, dir: dir, timeout: timeout, args: []string{"one"}})
	}
	res, err := run("echo out $1; echo err >&2; pwd; exit 3\n", time.Minute)
	if err != nil || res.stdout != "out one\n"+dir+"\n" || res.stderr != "err\n" || res.code != "3" {
		t.Errorf("plain run: %+v, %v", res, err)
	}
	if res, err := run("kill -TERM $$\n", time.Minute); err != nil || res.code != "signal: SIGTERM" {
		t.Errorf("signal run: %+v, %v", res, err)
	}
	start := time.Now()
	if _, err := run("sleep 30\n", 200*time.Millisecond); err == nil || time.Since(start) > 10*time.Second {
		t.Errorf("timeout not enforced: %v after %v", err, time.Since(start))
	}
	// A child left running in the background, holding stdout, dies with
	// its group once the grace for its pipes has passed.
	defer func(g time.Duration) { pipeGrace = g }(pipeGrace)
	pipeGrace = 100 * time.Millisecond
	res, err = run("sleep 30 & echo $!\n", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(res.stdout))
	if err != nil {
		t.Fatalf("no pid in %q", res.stdout)
	}
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(pid, 0) == nil && !isZombie(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("background child %d outlived its group", pid)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// isZombie reports a process that is dead but not yet reaped by its parent.
func isZombie(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] == 'Z'
}
