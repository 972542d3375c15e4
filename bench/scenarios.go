package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// metric is one number a scenario reports per run.
type metric struct {
	Name   string
	Unit   string
	Higher bool // higher is better (rates); else lower is (times, memory)
	// Ceiling names the ceiling scenario's metric this one is compared with.
	Ceiling string
}

func (m metric) better() string {
	if m.Higher {
		return "higher"
	}
	return "lower"
}

var (
	wallMetric = metric{Name: "start-up to exit", Unit: "ms"}
	rssMetric  = metric{Name: "peak RSS", Unit: "MiB"}
)

// scenario is one named row group of the benchmark. setup prepares files in
// dir once; measure runs the scenario once under runtime rt (exe) and
// returns one value per metric, in order, plus a note to show once (such as
// missing modules). Runtimes lists who runs it (default gocluster and node);
// Load marks scenarios whose runs last seconds (-nload runs, no warm-up);
// Runs, when set, overrides both counts.
type scenario struct {
	Name     string
	Desc     string
	Metrics  []metric
	Runtimes []string
	Load     bool
	Runs     int // fixed number of runs, when more would not tell more
	setup    func(dir string) error
	measure  func(r *runner, rt, exe string) ([]float64, string, error)
}

func (sc scenario) runtimes() []string {
	if sc.Runtimes != nil {
		return sc.Runtimes
	}
	return []string{"gocluster", "node"}
}

// quickTimeout bounds a start-up or fork run: a hung one fails, it does not
// stall the suite.
const quickTimeout = 30 * time.Second

// coreModules are the core modules of the runtime issue: the core-modules
// scenario requires every one of them.
var coreModules = []string{
	"events", "os", "util", "path", "assert", "timers", "timers/promises",
	"buffer", "url", "string_decoder", "querystring", "console",
}

// requireAllScript requires each core module and reports, on stdout, the
// ones that failed to load (process.stdout only: console may be missing).
func requireAllScript() string {
	names, _ := json.Marshal(coreModules)
	return `'use strict';
const missing = [];
for (const name of ` + string(names) + `) {
  try {
    require(name);
  } catch (err) {
    missing.push(name + ' (' + (err.code || String(err.message).split('\n')[0]) + ')');
  }
}
process.stdout.write(JSON.stringify(missing) + '\n');
`
}

// scenarios is the benchmark, in table order.
var scenarios = []scenario{
	startupScenario("empty", "an empty script: start-up to exit", "empty.js", ""),
	startupScenario("core-modules", "require() every core module of the runtime issue", "core_modules.js", requireAllScript()),
	clusterStartScenario("cluster-fork", "online", ""),
	clusterStartScenario("cluster-listen", "listening", "HTTP "),
	ceilingScenario(),
	httpScenario("http-1w", 1, "rr", keepAlive),
	httpScenario("http-2w-rr", 2, "rr", keepAlive),
	httpScenario("http-2w-none", 2, "none", keepAlive),
	httpScenario("http-2w-reuseport", 2, "reuseport", keepAlive),
	httpScenario("churn-2w-rr", 2, "rr", churn),
	httpScenario("churn-2w-none", 2, "none", churn),
	httpScenario("churn-2w-reuseport", 2, "reuseport", churn),
	memoryAfterLoadScenario(),
	ipcScenario("ipc-pingpong", "pingpong", metric{Name: "worker<->primary round trips", Unit: "/s", Higher: true}),
	ipcScenario("ipc-flood", "flood", metric{Name: "worker->primary one-way messages", Unit: "/s", Higher: true}),
	requestCountScenario(),
}

func startupScenario(name, desc, file, src string) scenario {
	return scenario{
		Name:    name,
		Desc:    desc,
		Metrics: []metric{wallMetric, rssMetric},
		setup: func(dir string) error {
			return os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644)
		},
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			res, err := r.run(exe, file, quickTimeout)
			if err != nil {
				return nil, "", err
			}
			note := ""
			if out := strings.TrimSpace(res.stdout); out != "" {
				var missing []string
				if json.Unmarshal([]byte(out), &missing) != nil {
					return nil, "", fmt.Errorf("unexpected output %q", out)
				}
				if len(missing) > 0 {
					note = "could not load: " + strings.Join(missing, ", ")
				}
			}
			return []float64{res.wall.Seconds() * 1000, float64(res.maxRSS) / (1 << 20)}, note, nil
		},
	}
}
