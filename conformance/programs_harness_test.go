package conformance

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadProgramSpec(t *testing.T) {
	dir := t.TempDir()
	write := func(src string) (*programSpec, error) {
		p := filepath.Join(dir, "x.spec")
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return readProgramSpec(p)
	}
	spec, err := write(`# comment
script scripts/hello.js
env A=1
port PORT
port OTHER
mask \d+ms => <MS>
get /slow?ms=5 x3 parallel port=OTHER keep=^a\sb
wait-output 2 ^Worker \d+ started$
signal SIGUSR2 group
wait-exit
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(spec.steps) != 4 || len(spec.env) != 1 || len(spec.ports) != 2 || len(spec.masks) != 1 {
		t.Fatalf("parsed %+v", spec)
	}
	get := spec.steps[0]
	if get.args[0] != "/slow?ms=5" || get.count != 3 || !get.flags["parallel"] || get.port() != "OTHER" || !get.regexp.MatchString("a b") {
		t.Errorf("get step %+v", get)
	}
	wait := spec.steps[1]
	if wait.count != 2 || !wait.regexp.MatchString("Worker 12 started") || wait.regexp.MatchString("Worker 12 started late") {
		t.Errorf("wait-output step %+v", wait)
	}
	if !spec.steps[2].flags["group"] {
		t.Errorf("signal step %+v", spec.steps[2])
	}
	for _, bad := range []string{
		"script scripts/hello.js\nget /\n",                            // no wait-exit at the end
		"script scripts/hello.js\nport PORT\nfrobnicate\nwait-exit\n", // unknown step
		"script scripts/hello.js\nget / port=NOPE\nwait-exit\n",       // undeclared port
		"script scripts/hello.js\nsignal SIGFOO\nwait-exit\n",         // unknown signal
		"script scripts/no_such_program.js\nwait-exit\n",              // missing program
		"wait-exit\n", // no script
		"script scripts/hello.js\nmask (unclosed => x\nwait-exit\n", // bad regexp
	} {
		if _, err := write(bad); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestTranscriptGrouping(t *testing.T) {
	var b strings.Builder
	groupCounts(&b, []string{"b", "a", "b", "c", "b"})
	if got, want := b.String(), "  a\n  b x3\n  c\n"; got != want {
		t.Errorf("groupCounts = %q, want %q", got, want)
	}
	if got := distinctSorted([]string{"y", "x", "y"}); strings.Join(got, ",") != "x,y" {
		t.Errorf("distinctSorted = %q", got)
	}
	norm := func(s string) string { return strings.ReplaceAll(s, "42", "<PID>") }
	if got := (httpAnswer{status: 200, body: "pid 42\n"}).format(norm); got != `200 "pid <PID>\n"` {
		t.Errorf("format = %s", got)
	}
	if got := (httpAnswer{failure: "connection refused"}).format(norm); got != "error: connection refused" {
		t.Errorf("format = %s", got)
	}
}
