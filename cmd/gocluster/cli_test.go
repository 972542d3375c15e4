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
				stdout, stderr, code := runCLI(t, bin, "", nil, c.stdin, c.args...)
				// The report's frames below the first depend on the runtime.
				got := stdout + stderr
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

// --env-file sets what the environment does not have (a later file wins),
// a missing file is exit 9; --import loads ES modules after -r, each
// evaluated (top-level await included) before the main program.
func TestEnvFileAndImport(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.env":    "FROM_FILE=file\nKEPT=file\nexport SHARED=first\nQUOTED=\"x\\ny\" # c\n",
		"b.env":    "SHARED=second\n",
		"pre.cjs":  "console.log('pre');\n",
		"imp.mjs":  "console.log('imp start', typeof require);\nawait new Promise((r) => setTimeout(r, 10));\nglobalThis.fromImport = 'set';\nconsole.log('imp end');\n",
		"main.js":  "console.log('main', globalThis.fromImport, process.env.FROM_FILE, process.env.KEPT, process.env.SHARED, JSON.stringify(process.env.QUOTED));\n",
		"bad.mjs":  "throw new Error('import failed');\n",
		"never.js": "console.log('never');\n",
	}
	for name, body := range files {
		if err := os.WriteFile(dir+"/"+name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name string
		args []string
		want string // the first lines of the output
		code int
	}{
		{"env files and imports", []string{"--env-file=a.env", "--env-file", "b.env", "--import", "./imp.mjs", "-r", "./pre.cjs", "main.js"},
			"pre\nimp start undefined\nimp end\nmain set file env second \"x\\ny\"\n", 0},
		{"missing env file", []string{"--env-file=nope.env", "main.js"}, "", 9},
		{"failing import", []string{"--import", "./bad.mjs", "never.js"}, "file://" + dir + "/bad.mjs:1\nthrow new Error('import failed');\n      ^\n\nError: import failed\n", 1},
		{"main throws after imports", []string{"--import", "./imp.mjs", "bad.mjs"}, "imp start undefined\nimp end\nfile://" + dir + "/bad.mjs:1\nthrow new Error('import failed');\n      ^\n\nError: import failed\n", 1},
		{"missing import", []string{"--import", "no-such-package", "never.js"}, "node:internal/modules/esm/resolve:", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				stdout, stderr, code := runCLI(t, bin, dir, []string{"KEPT=env"}, "", c.args...)
				got := stdout + stderr
				if c.code == 9 {
					// node's line names node, gocluster's its binary.
					if !strings.HasSuffix(strings.TrimSpace(stderr), ": nope.env: not found") {
						t.Errorf("%s: stderr %q", name, stderr)
					}
					got = ""
				}
				if !strings.HasPrefix(got, c.want) || code != c.code {
					t.Errorf("%s: exit %d, output:\n%q\nwant exit %d, starting:\n%q", name, code, got, c.code, c.want)
				}
			}
		})
	}
}

// NODE_OPTIONS: its options act as if given first but are not execArgv;
// one node does not take there is exit 9.
func TestNodeOptions(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"pre.cjs": "console.log('pre');\n",
		"main.js": "console.log('main', process.execArgv);\n",
	} {
		if err := os.WriteFile(dir+"/"+name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name, options, want string
		code                int
	}{
		{"preload", `--max-old-space-size=64 --require "./pre.cjs"`, "pre\nmain [ '--no-warnings' ]\n", 0},
		{"not allowed", "--bogus", " --bogus is not allowed in NODE_OPTIONS\n", 9},
		{"unterminated", `--require "x`, " invalid value for NODE_OPTIONS (unterminated string)\n\n", 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				stdout, stderr, code := runCLI(t, bin, dir, []string{"NODE_OPTIONS=" + c.options}, "", "--no-warnings", "main.js")
				got := stdout + stderr
				if c.code == 9 {
					// node's line names node, gocluster's its binary.
					got = got[strings.IndexByte(got, ':')+1:]
				}
				if got != c.want || code != c.code {
					t.Errorf("%s: exit %d, output %q, want exit %d, %q", name, code, got, c.code, c.want)
				}
			}
		})
	}
}

// --input-type=module: -e and stdin code is an ES module named [eval1];
// -p cannot be one; another type is exit 9.
func TestInputTypeModule(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		stdin string
		want  string
		code  int
	}{
		{"eval", []string{"--input-type=module", "-e", "import { EOL } from 'node:os'; await 0; console.log(JSON.stringify(EOL), import.meta.url.endsWith('/[eval1]'), typeof require)"},
			"", "\"\\n\" true undefined\n", 0},
		{"stdin", []string{"--input-type", "module"}, "export const x = 1; console.log(import.meta.url.endsWith('/[eval1]'))", "true\n", 0},
		{"throw", []string{"--input-type=module", "-e", "throw new Error('x')"}, "", "[eval1]:1\nthrow new Error('x')\n      ^\n\nError: x\n", 1},
		{"commonjs", []string{"--input-type=commonjs", "-e", "console.log(typeof require)"}, "", "function\n", 0},
		{"print", []string{"--input-type=module", "-p", "1"}, "", "\n    throw new ERR_EVAL_ESM_CANNOT_PRINT();\n    ^\n\nError [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input\n", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				stdout, stderr, code := runCLI(t, bin, "", nil, c.stdin, c.args...)
				got := stdout + stderr
				if !strings.Contains(got, c.want) || code != c.code {
					t.Errorf("%s: exit %d, output:\n%q\nwant exit %d, containing:\n%q", name, code, got, c.code, c.want)
				}
			}
		})
	}
	for name, bin := range runtimes(t) {
		_, stderr, code := runCLI(t, bin, "", nil, "", "--input-type=bogus", "-e", "1")
		if code != 9 || !strings.HasSuffix(stderr, ": --input-type must be \"module\" or \"commonjs\"\n") {
			t.Errorf("%s: exit %d, %q", name, code, stderr)
		}
	}
}

// runCLI runs bin with args in dir (the test's own when ""), the given
// environment besides PATH, HOME and LANG, and stdin; it returns stdout,
// stderr and the exit code.
func runCLI(t *testing.T, bin, dir string, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C"}, env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	startGroup(t, cmd)
	code = waitFor(t, cmd, 20*time.Second)
	return out.String(), errOut.String(), code
}
