package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"'use strict';\nrequire('../common');\n", nil},
		{"// Flags: --expose-internals\n'use strict';\n", []string{"--expose-internals"}},
		{"// Copyright\n//\n// Flags:   --a --b=1  \n// Flags: --later\n", []string{"--a", "--b=1"}},
		{"// Flags: --expose-internals\r\n'use strict';\r\n", []string{"--expose-internals"}},
		{"const s = '// Flags: --not-a-header';\n", nil},
	} {
		if got := parseFlags(tc.src); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseFlags(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name   string
		r      run
		want   verdict
		reason string
	}{
		{"exit 0", run{stdout: "hello\n"}, pass, ""},
		{"skipped", run{stdout: "1..0 # Skipped: Test is not supposed to be run as root.\n"}, skip, "Test is not supposed to be run as root."},
		{"skip marker after other output", run{stdout: "NOTE: x\n1..0 # Skipped: no inspector\n"}, skip, "no inspector"},
		{"skip marker but failed", run{stdout: "1..0 # Skipped: x\n", exitCode: 1}, fail, "exit code 1"},
		{"exit 1", run{exitCode: 1}, fail, "exit code 1"},
		{"signal", run{exitCode: -1, signal: "SIGABRT"}, fail, "killed by SIGABRT"},
		{"timeout wins", run{exitCode: -1, signal: "SIGKILL", timedOut: true}, timeout, "timed out"},
		{"marker mid-line is not a skip", run{stdout: "x 1..0 # Skipped: y\n"}, pass, ""},
	} {
		v, reason := classify(tc.r)
		if v != tc.want || reason != tc.reason {
			t.Errorf("%s: classify = %s %q, want %s %q", tc.name, v, reason, tc.want, tc.reason)
		}
	}
}

func TestCause(t *testing.T) {
	stderr := "node:internal/modules/cjs/loader:1\n  throw err;\n  ^\n\nError: Cannot find module 'http'\nRequire stack:\n"
	if got := cause("", stderr); got != "Error: Cannot find module 'http'" {
		t.Errorf("cause = %q", got)
	}
	stderr = "/t/x.js:3\n  a.b();\n    ^\nTypeError [ERR_X]: boom: more\n    at x\n"
	if got := cause("", stderr); got != "TypeError [ERR_X]: boom: more" {
		t.Errorf("cause = %q", got)
	}
	stdout := "Mismatched <anonymous> function calls. Expected exactly 1, actual 0.\n    at x\n"
	if got := cause(stdout, ""); got != "Mismatched <anonymous> function calls. Expected exactly 1, actual 0." {
		t.Errorf("cause = %q", got)
	}
	if got := cause("ok\n", "just text\n"); got != "" {
		t.Errorf("cause = %q, want none", got)
	}
}

func TestExcerpt(t *testing.T) {
	got := excerpt("a\n\n  \nb\r\nc\nd\n", 3)
	want := []string{"a", "b", "c", "..."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("excerpt = %q, want %q", got, want)
	}
	if got := excerpt("a\nb\n", 3); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("excerpt = %q", got)
	}
}

func TestTestEnv(t *testing.T) {
	base := []string{"PATH=/bin", "NODE_OPTIONS=--foo", "NODE_PATH=/x", "TEST_THREAD_ID=9", "HOME=/h"}
	got := testEnv(base, 3, true, false)
	want := []string{"PATH=/bin", "HOME=/h", "TEST_THREAD_ID=3", "TEST_PARALLEL=1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("testEnv = %q, want %q", got, want)
	}
	got = testEnv(base, 0, false, true)
	want = []string{"PATH=/bin", "HOME=/h", "TEST_THREAD_ID=0", "TEST_PARALLEL=0", "NODE_SKIP_FLAG_CHECK=1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("testEnv = %q, want %q", got, want)
	}
}

// TestFindTests builds a tiny test/ tree: only test-cluster-*.js files of
// parallel/ and sequential/ are tests, found from the folder that holds
// test/ or from test/ itself.
func TestFindTests(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"test/common/index.js":                     "",
		"test/parallel/test-cluster-b.js":          "// Flags: --expose-internals\n",
		"test/parallel/test-cluster-a.js":          "",
		"test/parallel/test-net-x.js":              "",
		"test/sequential/test-cluster-c.js":        "",
		"test/fixtures/test-cluster-fixture.js":    "",
		"test/parallel/test-cluster-a.js.disabled": "",
	}
	for name, src := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range []string{root, filepath.Join(root, "test")} {
		tests, err := findTests(dir, "cluster", nil)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, tf := range tests {
			names = append(names, tf.name)
		}
		want := []string{"parallel/test-cluster-a.js", "parallel/test-cluster-b.js", "sequential/test-cluster-c.js"}
		if !reflect.DeepEqual(names, want) {
			t.Fatalf("findTests(%s) = %q, want %q", dir, names, want)
		}
		if !reflect.DeepEqual(tests[1].flags, []string{"--expose-internals"}) || tests[0].flags != nil {
			t.Errorf("flags: %q, %q", tests[0].flags, tests[1].flags)
		}
		if !tests[2].sequential || tests[0].sequential {
			t.Errorf("sequential: %v %v", tests[0].sequential, tests[2].sequential)
		}
	}
	tests, err := findTests(root, "cluster", regexp.MustCompile(`-b\.js$`))
	if err != nil || len(tests) != 1 || tests[0].name != "parallel/test-cluster-b.js" {
		t.Errorf("filtered: %v %v", tests, err)
	}
	if _, err := findTests(filepath.Join(root, "test", "parallel"), "cluster", nil); err == nil {
		t.Error("a folder without common/index.js was accepted")
	}
}

func TestReport(t *testing.T) {
	engines := []*engine{{name: "node"}, {name: "gocluster"}}
	tests := []testFile{{name: "parallel/test-cluster-a.js"}, {name: "parallel/test-cluster-b.js"}}
	results := [][]result{
		{{verdict: pass}, {verdict: skip, reason: "as root"}},
		{{verdict: fail, reason: "exit code 1", cause: "Error: Cannot find module 'http'", lines: []string{"line one"}, elapsed: time.Second}, {verdict: skip, reason: "as root"}},
	}
	var b bytes.Buffer
	if !report(&b, engines, tests, results) {
		t.Error("report said nothing failed")
	}
	out := b.String()
	for _, want := range []string{
		"gocluster: exit code 1 after 1.0s: Error: Cannot find module 'http'\n",
		"    | line one\n",
		"node: 1 passed, 0 failed, 1 skipped\n",
		"nodetests: 0 passed, 1 failed, 1 skipped\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestExecTestKillsGroup runs a shell that leaves a background child
// behind: the run must end when the shell exits, and the child must be
// dead afterwards.
func TestExecTestKillsGroup(t *testing.T) {
	sh := "/bin/sh"
	if _, err := os.Stat(sh); err != nil {
		t.Skip("no /bin/sh")
	}
	pidFile := filepath.Join(t.TempDir(), "pid")
	start := time.Now()
	r, err := execTest(sh, []string{"-c", "sleep 30 & echo $! > " + pidFile + "; echo out; exit 3"}, t.TempDir(), os.Environ(), 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if r.exitCode != 3 || r.stdout != "out\n" || r.timedOut {
		t.Errorf("run = %+v", r)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v: the leftover child held the run", d)
	}
	assertDead(t, pidFile)

	r, err = execTest(sh, []string{"-c", "sleep 30 & echo $! > " + pidFile + "; wait"}, t.TempDir(), os.Environ(), 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := classify(r); v != timeout {
		t.Errorf("verdict %s, want timeout (%+v)", v, r)
	}
	assertDead(t, pidFile)
}

func assertDead(t *testing.T, pidFile string) {
	t.Helper()
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid := strings.TrimSpace(string(b))
	// The killed child is reaped by init; wait for /proc to drop it (or
	// show it as a zombie).
	for i := 0; i < 50; i++ {
		stat, err := os.ReadFile("/proc/" + pid + "/stat")
		if err != nil || strings.Contains(string(stat), ") Z ") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("leftover child %s still runs", pid)
}
