// Command nodetests runs Node's own cluster tests (test/parallel and
// test/sequential test-cluster-*.js, from a local copy of Node's test/
// folder) under gocluster, and under node too with --node, and prints
// pass / fail / skip per test and the totals:
//
//	go run ./conformance/nodetests --tests /tmp/node_test [--node] [--run REGEXP]
//
// Each test runs as Node's runner runs it: `exe [flags from its // Flags:
// header] /abs/test/path.js` with the folder that holds test/ as cwd, in
// its own process group, killed at the time limit.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
)

// engine is one column of the table: node or gocluster.
type engine struct {
	name string
	exe  string
	// accepts reports whether the engine takes a command-line flag; a
	// flag it refuses is left out and NODE_SKIP_FLAG_CHECK=1 keeps
	// test/common from re-spawning the test to add it back.
	accepts func(flag string) bool
}

// result is one test's verdict under one engine.
type result struct {
	verdict verdict
	reason  string
	cause   string   // the error line of a failure, when one is found
	lines   []string // the start of stderr (or stdout) of a failure
	dropped []string // flags the engine refused
	elapsed time.Duration
}

type options struct {
	root    string // the folder that holds test/
	timeout time.Duration
	jobs    int
	lines   int
}

func main() {
	testsDir := flag.String("tests", "", "a copy of Node's test/ folder, or the folder that holds it (required)")
	gcPath := flag.String("gocluster", "", "the gocluster binary to test (default: build ./cmd/gocluster)")
	runPat := flag.String("run", "", "only tests whose name (e.g. parallel/test-cluster-basic.js) matches this regexp")
	family := flag.String("family", "cluster", "the tests to run: test-FAMILY-*.js (cluster, timers, process, net, http, ...)")
	limit := flag.Duration("timeout", 60*time.Second, "time limit per test")
	jobs := flag.Int("j", runtime.NumCPU(), "test/parallel tests run at once (test/sequential ones always run alone)")
	withNode := flag.Bool("node", false, "also run every test under node (from PATH), as a column to compare with")
	lines := flag.Int("lines", 8, "lines of a failure's stderr to show")
	flag.Parse()
	if *testsDir == "" || flag.NArg() > 0 || *jobs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	var filter *regexp.Regexp
	if *runPat != "" {
		var err error
		if filter, err = regexp.Compile(*runPat); err != nil {
			fatal(err)
		}
	}
	tests, err := findTests(*testsDir, *family, filter)
	if err != nil {
		fatal(err)
	}
	if len(tests) == 0 {
		fatal(fmt.Errorf("no test-%s-*.js test matches", *family))
	}
	opts := options{root: filepath.Dir(filepath.Dir(filepath.Dir(tests[0].path))), timeout: *limit, jobs: *jobs, lines: *lines}

	// An interrupted run must not leave test processes behind.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		s := <-sigs
		killAll()
		fmt.Fprintf(os.Stderr, "nodetests: %v: killed the running tests\n", s)
		os.Exit(130)
	}()

	gc, cleanup, err := goclusterEngine(*gcPath)
	if err != nil {
		fatal(err)
	}
	defer cleanup()
	engines := []*engine{gc}
	if *withNode {
		node, err := exec.LookPath("node")
		if err != nil {
			cleanup()
			fatal(fmt.Errorf("--node: %v", err))
		}
		engines = []*engine{{name: "node", exe: node, accepts: func(string) bool { return true }}, gc}
	}

	results := make([][]result, len(engines))
	for i, e := range engines {
		fmt.Fprintf(os.Stderr, "nodetests: running %d tests under %s (%s)\n", len(tests), e.name, e.exe)
		results[i] = runAll(e, tests, opts)
	}
	failed := report(os.Stdout, engines, tests, results)
	if failed {
		cleanup()
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "nodetests:", err)
	os.Exit(2)
}

// goclusterEngine is the binary given with --gocluster, or one built now
// from the module the runner is started in.
func goclusterEngine(path string) (*engine, func(), error) {
	cleanup := func() {}
	if path == "" {
		tmp, err := os.MkdirTemp("", "nodetests-")
		if err != nil {
			return nil, nil, err
		}
		cleanup = func() { os.RemoveAll(tmp) }
		path = filepath.Join(tmp, "gocluster")
		build := exec.Command("go", "build", "-o", path, "github.com/gocluster/gocluster/cmd/gocluster")
		if out, err := build.CombinedOutput(); err != nil {
			cleanup()
			return nil, nil, fmt.Errorf("building gocluster (run from the repository, or pass --gocluster): %v\n%s", err, out)
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	var mu sync.Mutex
	known := map[string]bool{}
	// gocluster refuses an option it does not know (exit 9), so one quick
	// run per distinct flag tells which flags it takes.
	accepts := func(f string) bool {
		mu.Lock()
		defer mu.Unlock()
		ok, seen := known[f]
		if !seen {
			r, err := execTest(abs, []string{f, "-e", "0"}, os.TempDir(), os.Environ(), 10*time.Second)
			ok = err == nil && !r.timedOut && r.exitCode == 0
			known[f] = ok
		}
		return ok
	}
	return &engine{name: "gocluster", exe: abs, accepts: accepts}, cleanup, nil
}

// runAll runs every test under e: test/parallel ones jobs at a time, each
// with its own TEST_THREAD_ID, then test/sequential ones one by one, as
// Node's runner does (they may use fixed ports).
func runAll(e *engine, tests []testFile, opts options) []result {
	results := make([]result, len(tests))
	slots := make(chan int, opts.jobs)
	for id := 0; id < opts.jobs; id++ {
		slots <- id
	}
	var wg sync.WaitGroup
	for i, t := range tests {
		if t.sequential {
			continue
		}
		id := <-slots
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = runOne(e, t, id, opts)
			slots <- id
		}()
	}
	wg.Wait()
	for i, t := range tests {
		if t.sequential {
			results[i] = runOne(e, t, 0, opts)
		}
	}
	return results
}

func runOne(e *engine, t testFile, threadID int, opts options) result {
	var args, dropped []string
	for _, f := range t.flags {
		if e.accepts(f) {
			args = append(args, f)
		} else {
			dropped = append(dropped, f)
		}
	}
	args = append(args, t.path)
	env := testEnv(os.Environ(), threadID, !t.sequential, len(dropped) > 0)
	start := time.Now()
	r, err := execTest(e.exe, args, opts.root, env, opts.timeout)
	res := result{dropped: dropped, elapsed: time.Since(start)}
	if err != nil {
		res.verdict, res.reason = fail, err.Error()
		return res
	}
	res.verdict, res.reason = classify(r)
	if res.verdict == fail || res.verdict == timeout {
		out := r.stderr
		if strings.TrimSpace(out) == "" {
			out = r.stdout
		}
		res.lines = excerpt(out, opts.lines)
		res.cause = cause(r.stdout, r.stderr)
	}
	return res
}
