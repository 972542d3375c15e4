package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// A program piped in on stdin runs as node runs it ("[stdin]", with or
// without "-"), and -pe is node's -p -e.
func TestScriptFromStdinAndPrintEval(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		stdin string
		want  string
		code  int
	}{
		{"piped program", nil, `console.log('argv', process.argv.length, __filename, require.main === module)`,
			"argv 1 [stdin] false\n", 0},
		{"dash and arguments", []string{"-", "a", "b"}, `console.log(process.argv.slice(1))`,
			"[ '-', 'a', 'b' ]\n", 0},
		{"a throw names [stdin]", []string{"-"}, "\nthrow new Error('x')",
			"[stdin]:2\nthrow new Error('x')\n^\n\nError: x\n    at [stdin]:2:7\n", 1},
		{"-pe", []string{"-pe", "6 * 7"}, "", "42\n", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				cmd := exec.Command(bin, c.args...)
				cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C"}
				cmd.Stdin = strings.NewReader(c.stdin)
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				startGroup(t, cmd)
				code := waitFor(t, cmd, 20*time.Second)
				// The report's frames below the first depend on the runtime.
				got := out.String()
				if i := strings.Index(got, "    at [stdin]:2:7\n"); i >= 0 {
					got = got[:i+len("    at [stdin]:2:7\n")]
				}
				if got != c.want || code != c.code {
					t.Errorf("%s: exit %d, output:\n%q\nwant exit %d:\n%q", name, code, got, c.code, c.want)
				}
			}
		})
	}
}
