// Command bench measures gocluster against node, side by side, on a list of
// named scenarios: `go run ./bench [-n 20] [-json]`. Runs alternate between
// the two (gocluster, node, gocluster, ...) so that drift in the machine's
// load hits both alike; the table reports medians and gocluster/node.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	n := flag.Int("n", 20, "runs of each scenario per runtime")
	asJSON := flag.Bool("json", false, "print machine-readable JSON instead of the table")
	gcBin := flag.String("gocluster", "", "gocluster binary to measure (default: build ./cmd/gocluster)")
	nodeBin := flag.String("node", "node", "node binary to compare with (\"\" to skip)")
	only := flag.String("run", "", "run only scenarios whose name contains this")
	flag.Parse()
	if err := run(*n, *asJSON, *gcBin, *nodeBin, *only); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(n int, asJSON bool, gcBin, nodeBin, only string) error {
	if n < 1 {
		return fmt.Errorf("-n must be at least 1")
	}
	dir, err := os.MkdirTemp("", "gocluster-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if gcBin == "" {
		gcBin = filepath.Join(dir, "gocluster")
		build := exec.Command("go", "build", "-o", gcBin, "github.com/gocluster/gocluster/cmd/gocluster")
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("building gocluster: %v\n%s", err, out)
		}
	}
	runtimes := []string{"gocluster"}
	exes := map[string]string{"gocluster": gcBin}
	if nodeBin != "" {
		if p, err := exec.LookPath(nodeBin); err == nil {
			runtimes = append(runtimes, "node")
			exes["node"] = p
		} else {
			fmt.Fprintf(os.Stderr, "bench: no node (%v): measuring gocluster alone\n", err)
		}
	}

	rep := report{Machine: describeMachine(exes), N: n}
	r := &runner{dir: dir}
	for _, sc := range scenarios {
		if only != "" && !strings.Contains(sc.Name, only) {
			continue
		}
		if err := sc.setup(dir); err != nil {
			return err
		}
		rep.Scenarios = append(rep.Scenarios, measureScenario(r, sc, runtimes, exes, n))
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.printTable(os.Stdout)
	return nil
}

// measureScenario runs one warm-up of each runtime (page cache, not
// counted), then n alternating rounds.
func measureScenario(r *runner, sc scenario, runtimes []string, exes map[string]string, n int) scenarioResult {
	res := scenarioResult{Name: sc.Name, Desc: sc.Desc, Notes: map[string]string{}, Errors: map[string]string{}}
	samples := map[string][][]float64{} // runtime -> metric -> values
	for _, rt := range runtimes {
		samples[rt] = make([][]float64, len(sc.Metrics))
		if _, note, err := sc.measure(r, exes[rt]); err != nil {
			res.Errors[rt] = err.Error()
		} else if note != "" {
			res.Notes[rt] = note
		}
	}
	for i := 0; i < n; i++ {
		for _, rt := range runtimes {
			if res.Errors[rt] != "" {
				continue
			}
			vals, _, err := sc.measure(r, exes[rt])
			if err != nil {
				res.Errors[rt] = err.Error()
				continue
			}
			for m, v := range vals {
				samples[rt][m] = append(samples[rt][m], v)
			}
		}
	}
	for m, met := range sc.Metrics {
		row := metricResult{Metric: met.Name, Unit: met.Unit, Runtimes: map[string]*stats{}}
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

// runner starts scripts with a clean environment: NODE_OPTIONS and the like
// would change what is measured.
type runner struct{ dir string }

type runResult struct {
	stdout string
	wall   time.Duration
	maxRSS int64 // bytes
}

func (r *runner) run(exe, script string) (runResult, error) {
	cmd := exec.Command(exe, script)
	cmd.Dir = r.dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "TZ=UTC", "LANG=C"}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
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
