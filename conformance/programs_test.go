package conformance

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestPrograms drives the example programs of scripts/ as a user would:
// each spec in programs/ starts a program, waits for its port, sends
// requests (or load), signals, and waits for it to exit. What the user saw
// is written down as a transcript, recorded from node in programs/<name>.golden
// and compared with gocluster's (and, when node is on PATH, node's again).
func TestPrograms(t *testing.T) {
	requireSuite(t)
	specs, err := filepath.Glob(filepath.Join("programs", "*.spec"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no specs under programs/ (%v)", err)
	}
	known, err := readKnownFailures(filepath.Join("programs", "known_failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	board := &scoreboard{title: "programs"}
	t.Cleanup(board.print)
	for _, path := range specs {
		name := strings.TrimSuffix(filepath.Base(path), ".spec")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := row{name: name, node: statusNotRun, gocluster: statusFail}
			defer func() { board.add(r) }()
			spec, err := readProgramSpec(path)
			if err != nil {
				t.Fatal(err)
			}
			reason, isKnown := known[name]
			checkProgram(t, spec, reason, isKnown, &r)
		})
	}
}

func checkProgram(t *testing.T, spec *programSpec, knownReason string, isKnown bool, r *row) {
	nodePath, missing := spec.requirements()
	if missing != "" {
		r.node, r.gocluster = statusSkipped, statusSkipped
		t.Skipf("%s is not installed (npm install it in scripts/ or name its folder in NODE_PATH)", missing)
	}
	golden := strings.TrimSuffix(spec.path, ".spec") + ".golden"
	if *update {
		got, err := runProgram(t, nodeBin, spec, nodePath)
		if err != nil {
			r.node = statusFail
			t.Fatalf("node: %v\n%s", err, got)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		r.node = statusRecorded
	}
	wantBytes, err := os.ReadFile(golden)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("no transcript; record it with: go test ./conformance -update -run 'TestPrograms/%s$'", spec.name)
	} else if err != nil {
		t.Fatal(err)
	}
	want := string(wantBytes)

	// Both sides mostly wait (on ports, timers, exits): run them together.
	var wg sync.WaitGroup
	var nodeGot string
	var nodeErr error
	if nodeBin != "" && !*update {
		wg.Add(1)
		go func() {
			defer wg.Done()
			nodeGot, nodeErr = runProgram(t, nodeBin, spec, nodePath)
		}()
	}
	got, gcErr := runProgram(t, goclusterBin, spec, nodePath)
	wg.Wait()

	if nodeBin != "" && !*update {
		diff := ""
		if nodeGot != want {
			diff = "transcript (- recorded, + node now):\n" + lineDiff(want, nodeGot)
		}
		judgeNode(t, r, nodeErr, diff)
	}
	diff := ""
	if got != want {
		diff = "transcript (- node, + gocluster):\n" + lineDiff(want, got)
	}
	judgeGocluster(t, r, gcErr, diff, knownReason, isKnown)
}

// programSpec is one programs/<name>.spec: a program of scripts/ and what
// to do with it. Lines before the first step are settings:
//
//	script scripts/basic_http.js   the program, from the repository root
//	env WORKERS=2                  added to the program's environment
//	port PORT                      a free port, given to the program as $PORT
//	timeout 30s                    for the whole run (default 30s)
//	mask REGEX => TEXT             applied to output and bodies after pids
//	requires prom-client           a package the program needs (else skipped)
//
// and the rest are steps, run in order (see programStep).
type programSpec struct {
	name, path string
	script     string // absolute
	env        []string
	ports      []string
	timeout    time.Duration
	masks      []outputMask
	requires   []string
	steps      []programStep
}

type outputMask struct {
	re   *regexp.Regexp
	with string
}

// programStep is one action. Its line is copied into the transcript.
//
//	wait-port [NAME]                   until a TCP connect to the port works
//	wait-output [N] REGEX              until N lines (default 1) of output match
//	get PATH [xN] [parallel] [port=NAME] [keep=REGEX]
//	                                   N requests, one connection each; keep
//	                                   limits the body to the lines matching
//	get-start PATH [port=NAME]         a request left running in the background
//	get-wait                           the background requests' answers
//	load-start [conns=N] [path=P] [port=NAME]  requests in a loop until
//	load-stop                          which records answers and failures
//	connect [port=NAME]                a TCP connection held open to the end
//	signal SIG [group|worker]          to the primary, its whole group, or
//	                                   its first child (lowest pid)
//	sleep DURATION
//	wait-exit                          the primary's exit; must be the last step
type programStep struct {
	line   string
	kind   string
	args   []string          // positional
	opts   map[string]string // name=value
	flags  map[string]bool   // bare words that are not positional
	count  int               // xN, or N of wait-output
	regexp *regexp.Regexp    // wait-output, keep=
}

const defaultProgramTimeout = 30 * time.Second

func readProgramSpec(path string) (*programSpec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if path, err = filepath.Abs(path); err != nil {
		return nil, err
	}
	spec := &programSpec{
		name:    strings.TrimSuffix(filepath.Base(path), ".spec"),
		path:    path,
		timeout: defaultProgramTimeout,
	}
	s := bufio.NewScanner(f)
	for n := 1; s.Scan(); n++ {
		line := strings.TrimSpace(s.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := spec.parseLine(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	if err := s.Err(); err != nil {
		return nil, err
	}
	switch {
	case spec.script == "":
		return nil, fmt.Errorf("%s: no script line", path)
	case len(spec.steps) == 0 || spec.steps[len(spec.steps)-1].kind != "wait-exit":
		return nil, fmt.Errorf("%s: the last step must be wait-exit", path)
	}
	return spec, nil
}

func (spec *programSpec) parseLine(line string) error {
	kind, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	switch kind {
	case "script":
		abs, err := filepath.Abs(filepath.Join("..", rest))
		if err != nil {
			return err
		}
		if !fileExists(abs) {
			return fmt.Errorf("no program %s", rest)
		}
		spec.script = abs
	case "env":
		if !strings.Contains(rest, "=") {
			return fmt.Errorf("env wants NAME=VALUE, got %q", rest)
		}
		spec.env = append(spec.env, rest)
	case "port":
		spec.ports = append(spec.ports, rest)
	case "timeout":
		d, err := time.ParseDuration(rest)
		if err != nil || d <= 0 {
			return fmt.Errorf("bad timeout %q", rest)
		}
		spec.timeout = d
	case "mask":
		expr, with, ok := strings.Cut(rest, " => ")
		if !ok {
			return fmt.Errorf("mask wants REGEX => TEXT")
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return err
		}
		spec.masks = append(spec.masks, outputMask{re, with})
	case "requires":
		spec.requires = append(spec.requires, strings.Fields(rest)...)
	default:
		st, err := parseStep(line, kind, rest)
		if err != nil {
			return err
		}
		for _, p := range []string{st.opts["port"], st.port()} {
			if p != "" && !spec.hasPort(p) {
				return fmt.Errorf("step uses port %s, which no port line declares", p)
			}
		}
		spec.steps = append(spec.steps, st)
	}
	return nil
}

func (spec *programSpec) hasPort(name string) bool {
	for _, p := range spec.ports {
		if p == name {
			return true
		}
	}
	return false
}

func parseStep(line, kind, rest string) (programStep, error) {
	st := programStep{line: line, kind: kind, opts: map[string]string{}, flags: map[string]bool{}, count: 1}
	if kind == "wait-output" {
		// The rest of the line is a regular expression, spaces included.
		if n, after, ok := strings.Cut(rest, " "); ok {
			if c, err := strconv.Atoi(n); err == nil && c > 0 {
				st.count, rest = c, strings.TrimSpace(after)
			}
		}
		re, err := regexp.Compile(rest)
		st.regexp = re
		return st, err
	}
	for _, w := range strings.Fields(rest) {
		switch name, val, hasVal := strings.Cut(w, "="); {
		case hasVal && !strings.HasPrefix(w, "/"): // a path may hold "="
			st.opts[name] = val
		case len(w) > 1 && w[0] == 'x' && isDigits(w[1:]):
			st.count, _ = strconv.Atoi(w[1:])
		case w == "parallel" || w == "group" || w == "worker":
			st.flags[w] = true
		default:
			st.args = append(st.args, w)
		}
	}
	switch kind {
	case "wait-port", "get-wait", "load-start", "load-stop", "connect", "wait-exit":
	case "get", "get-start", "signal", "sleep":
		if len(st.args) != 1 {
			return st, fmt.Errorf("%s wants one argument", kind)
		}
	default:
		return st, fmt.Errorf("unknown step %q", kind)
	}
	if k := st.opts["keep"]; k != "" {
		re, err := regexp.Compile(k)
		if err != nil {
			return st, err
		}
		st.regexp = re
	}
	if kind == "sleep" {
		if _, err := time.ParseDuration(st.args[0]); err != nil {
			return st, err
		}
	}
	if kind == "signal" {
		if _, ok := signalsByName[st.args[0]]; !ok {
			return st, fmt.Errorf("unknown signal %q", st.args[0])
		}
	}
	return st, nil
}

// port is the port a step talks to: port=NAME, the argument of wait-port,
// or PORT.
func (st programStep) port() string {
	if p := st.opts["port"]; p != "" {
		return p
	}
	if st.kind == "wait-port" && len(st.args) > 0 {
		return st.args[0]
	}
	switch st.kind {
	case "wait-port", "get", "get-start", "load-start", "connect":
		return "PORT"
	}
	return ""
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// requirements finds the packages the spec requires: next to the scripts
// (scripts/node_modules) or in a folder of the test's own NODE_PATH, which
// is then passed on to the program. missing names one that is not found.
func (spec *programSpec) requirements() (nodePath, missing string) {
	dirs := []string{filepath.Join(filepath.Dir(spec.script), "node_modules")}
	dirs = append(dirs, filepath.SplitList(os.Getenv("NODE_PATH"))...)
	var used []string
	for _, pkg := range spec.requires {
		found := false
		for i, d := range dirs {
			if d != "" && fileExists(filepath.Join(d, pkg, "package.json")) {
				found = true
				if i > 0 {
					used = append(used, d)
				}
				break
			}
		}
		if !found {
			return "", pkg
		}
	}
	return strings.Join(used, string(filepath.ListSeparator)), ""
}

// groupCounts writes each distinct line of lines once, sorted, with " xN"
// when it came N > 1 times: answers that depend on which worker served them
// come out the same whatever the order.
func groupCounts(b *strings.Builder, lines []string) {
	sorted := append([]string(nil), lines...)
	sort.Strings(sorted)
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(b, "  %s x%d\n", sorted[i], j-i)
		} else {
			fmt.Fprintf(b, "  %s\n", sorted[i])
		}
		i = j
	}
}
