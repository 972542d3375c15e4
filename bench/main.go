// Command bench measures gocluster against node, side by side, on a list of
// named scenarios: `go run ./bench [-n 7] [-nload 3] [-json] [-run re]`.
// Runs alternate between the two (gocluster, node, gocluster, ...) so that
// drift in the machine's load hits both alike; the table reports medians
// and gocluster/node, and for HTTP rows gocluster/ceiling, the ceiling being
// the same hello world as a plain Go net/http server.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

type options struct {
	n, nLoad  int
	duration  time.Duration
	requests  int
	asJSON    bool
	gcBin     string
	cgo       bool
	nodeBin   string
	only      string
	wrkBinary string
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 7, "runs per runtime of the quick scenarios (start-up, fork)")
	flag.IntVar(&o.nLoad, "nload", 3, "runs per runtime of the scenarios under load (HTTP, IPC)")
	flag.DurationVar(&o.duration, "d", 3*time.Second, "length of each load run (wrk -d, IPC ping-pong)")
	flag.IntVar(&o.requests, "requests", 100000, "requests before the memory-after-load reading")
	flag.BoolVar(&o.asJSON, "json", false, "print machine-readable JSON instead of the table")
	flag.StringVar(&o.gcBin, "gocluster", "", "gocluster binary to measure (default: build ./cmd/gocluster, static)")
	flag.BoolVar(&o.cgo, "cgo", false, "build gocluster with cgo (libc, dynamically linked) instead of the static CGO_ENABLED=0 release build")
	flag.StringVar(&o.nodeBin, "node", "node", "node binary to compare with (\"\" to skip)")
	flag.StringVar(&o.only, "run", "", "run only scenarios whose name matches this regular expression")
	flag.StringVar(&o.wrkBinary, "wrk", "", "wrk binary (default: wrk on PATH, installed if missing)")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.n < 1 || o.nLoad < 1 {
		return fmt.Errorf("-n and -nload must be at least 1")
	}
	only, err := regexp.Compile(o.only)
	if err != nil {
		return fmt.Errorf("-run: %v", err)
	}
	selected := selectScenarios(only)
	if len(selected) == 0 {
		return fmt.Errorf("no scenario matches -run %q", o.only)
	}
	dir, err := os.MkdirTemp("", "gocluster-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)

	exes := map[string]string{}
	if o.gcBin == "" {
		o.gcBin = filepath.Join(dir, "gocluster")
		if err := goBuild(o.gcBin, "github.com/gocluster/gocluster/cmd/gocluster", !o.cgo); err != nil {
			return err
		}
	}
	exes["gocluster"] = o.gcBin
	if o.nodeBin != "" {
		if p, err := exec.LookPath(o.nodeBin); err == nil {
			exes["node"] = p
		} else {
			fmt.Fprintf(os.Stderr, "bench: no node (%v): measuring gocluster alone\n", err)
		}
	}
	r := &runner{dir: dir, duration: o.duration, requests: o.requests}
	if needsLoad(selected) {
		exes["ceiling"] = filepath.Join(dir, "ceiling")
		if err := goBuild(exes["ceiling"], "github.com/gocluster/gocluster/bench/ceiling", false); err != nil {
			return err
		}
		if r.wrk, err = ensureWrk(o.wrkBinary); err != nil {
			return err
		}
	}

	rep := report{Machine: describeMachine(exes, r.wrk), N: o.n, NLoad: o.nLoad, Duration: o.duration.String()}
	for _, sc := range selected {
		if err := sc.setup(dir); err != nil {
			return err
		}
		n := o.n
		if sc.Load {
			n = o.nLoad
		}
		if sc.Runs > 0 {
			n = sc.Runs
		}
		fmt.Fprintf(os.Stderr, "bench: %s (%d runs)\n", sc.Name, n)
		rep.Scenarios = append(rep.Scenarios, measureScenario(r, sc, exes, n))
	}
	rep.fillCeilings()
	if o.asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.printTable(os.Stdout)
	return nil
}

// selectScenarios keeps the scenarios -run matches, and the ceiling when a
// kept one is compared with it.
func selectScenarios(only *regexp.Regexp) []scenario {
	var out []scenario
	wantCeiling := false
	for _, sc := range scenarios {
		if only.MatchString(sc.Name) {
			out = append(out, sc)
			for _, m := range sc.Metrics {
				wantCeiling = wantCeiling || m.Ceiling != ""
			}
		}
	}
	if wantCeiling && !only.MatchString(ceilingName) {
		out = append([]scenario{ceilingScenario()}, out...)
	}
	return out
}

func needsLoad(list []scenario) bool {
	for _, sc := range list {
		if sc.Load {
			return true
		}
	}
	return false
}

// goBuild builds pkg into out; static builds it as the README's release
// build, CGO_ENABLED=0: no libc to load and link at every start.
func goBuild(out, pkg string, static bool) error {
	build := exec.Command("go", "build", "-o", out, pkg)
	if static {
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
	}
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s: %v\n%s", pkg, err, msg)
	}
	return nil
}

// measureScenario runs a quick scenario once per runtime as a warm-up (page
// cache, not counted), then n alternating rounds. Scenarios under load skip
// the warm-up: each of their runs lasts seconds, and the median of the
// alternating rounds already discards a cold first one.
func measureScenario(r *runner, sc scenario, exes map[string]string, n int) scenarioResult {
	res := scenarioResult{Name: sc.Name, Desc: sc.Desc, Notes: map[string]string{}, Errors: map[string]string{}}
	var runtimes []string
	for _, rt := range sc.runtimes() {
		if exes[rt] != "" {
			runtimes = append(runtimes, rt)
		}
	}
	samples := map[string][][]float64{} // runtime -> metric -> values
	notes := map[string][]string{}
	addNote := func(rt, note string) {
		if note != "" && !contains(notes[rt], note) {
			notes[rt] = append(notes[rt], note)
		}
	}
	for _, rt := range runtimes {
		samples[rt] = make([][]float64, len(sc.Metrics))
		if sc.Load {
			continue
		}
		if _, note, err := sc.measure(r, rt, exes[rt]); err != nil {
			res.Errors[rt] = err.Error()
		} else {
			addNote(rt, note)
		}
	}
	for i := 0; i < n; i++ {
		for _, rt := range runtimes {
			if res.Errors[rt] != "" {
				continue
			}
			vals, note, err := sc.measure(r, rt, exes[rt])
			if err != nil {
				res.Errors[rt] = err.Error()
				continue
			}
			addNote(rt, note)
			for m, v := range vals {
				samples[rt][m] = append(samples[rt][m], v)
			}
		}
	}
	for rt, list := range notes {
		res.Notes[rt] = strings.Join(list, "; ")
	}
	for m, met := range sc.Metrics {
		row := metricResult{Metric: met.Name, Unit: met.Unit, Better: met.better(), CeilingOf: met.Ceiling,
			Runtimes: map[string]*stats{}}
		for _, rt := range runtimes {
			if vals := samples[rt][m]; len(vals) > 0 {
				row.Runtimes[rt] = &stats{Median: median(vals), Samples: vals}
			}
		}
		if g, nd := row.Runtimes["gocluster"], row.Runtimes["node"]; g != nil && nd != nil && nd.Median > 0 {
			row.Ratio = g.Median / nd.Median
		}
		res.Metrics = append(res.Metrics, row)
	}
	return res
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// runner starts scripts with a clean environment: NODE_OPTIONS and the like
// would change what is measured.
type runner struct {
	dir      string
	wrk      string
	duration time.Duration
	requests int
}

type runResult struct {
	stdout string
	wall   time.Duration
	maxRSS int64 // bytes
}

// cleanEnv is the environment of every measured process, plus extra.
func cleanEnv(extra ...string) []string {
	return append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "TZ=UTC", "LANG=C"}, extra...)
}

// run runs exe script to its exit, in a process group of its own that is
// killed if it outlives timeout.
func (r *runner) run(exe, script string, timeout time.Duration, env ...string) (runResult, error) {
	cmd := exec.Command(exe, script)
	cmd.Dir = r.dir
	cmd.Env = cleanEnv(env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return runResult{}, err
	}
	timer := time.AfterFunc(timeout, func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	err := cmd.Wait()
	wall := time.Since(start)
	timer.Stop()
	// Workers left behind by a failed run must not load the next one.
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	if err != nil {
		return runResult{}, fmt.Errorf("%s %s: %v: %s", filepath.Base(exe), script, err, firstLines(stderr.String(), 3))
	}
	// Rusage comes from wait4; on Linux Maxrss is in KiB.
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return runResult{}, fmt.Errorf("no rusage on %s", runtime.GOOS)
	}
	return runResult{stdout: stdout.String(), wall: wall, maxRSS: ru.Maxrss * 1024}, nil
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, " | ")
}

func median(vals []float64) float64 {
	s := append([]float64(nil), vals...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
