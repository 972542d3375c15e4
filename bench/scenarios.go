package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// metric is one number a scenario reports per run; lower is better for all
// of today's metrics.
type metric struct {
	Name string `json:"name"`
	Unit string `json:"unit"`
}

var (
	wallMetric = metric{"start-up to exit", "ms"}
	rssMetric  = metric{"peak RSS", "MiB"}
)

// scenario is one named row group of the benchmark. setup prepares files in
// dir once; measure runs the scenario once under exe and returns one value
// per metric, in order, plus a note to show once (such as missing modules).
type scenario struct {
	Name    string
	Desc    string
	Metrics []metric
	setup   func(dir string) error
	measure func(r *runner, exe string) ([]float64, string, error)
}

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

// scenarios is the benchmark, in table order. Later issues add rows here
// (cluster fork time, HTTP throughput).
var scenarios = []scenario{
	startupScenario("empty", "an empty script: start-up to exit", "empty.js", ""),
	startupScenario("core-modules", "require() every core module of the runtime issue", "core_modules.js", requireAllScript()),
	clusterForkScenario(),
}

var (
	forkMetric       = metric{"fork() to 8 workers online", "ms"}
	idleWorkerMetric = metric{"idle worker RSS (median of 8)", "MiB"}
	idlePSSMetric    = metric{"idle worker PSS (median of 8)", "MiB"}
)

// clusterForkScript forks 8 workers, times the first fork() to the eighth
// 'online', lets them idle, collects each one's RSS over IPC and
// disconnects. It prints {"forkMs": ..., "rss": [...], "pss": [...]} from
// the primary. PSS counts the pages a worker shares (the runtime's own
// binary, mostly) divided among the processes that map them: what a worker
// adds to a cluster's memory. The primary reads it from /proc as each
// worker reports, so the workers' own figures are untouched; off Linux the
// list is empty.
const clusterForkScript = `'use strict';
const cluster = require('cluster');
const N = 8;
if (cluster.isPrimary) {
  const start = process.hrtime.bigint();
  let online = 0;
  let forkMs = 0;
  const rss = [];
  const pss = [];
  for (let i = 0; i < N; i++) cluster.fork();
  cluster.on('online', () => {
    if (++online === N) forkMs = Number(process.hrtime.bigint() - start) / 1e6;
  });
  cluster.on('message', (worker, msg) => {
    rss.push(msg.rss);
    try {
      const rollup = require('fs').readFileSync('/proc/' + worker.process.pid + '/smaps_rollup', 'utf8');
      pss.push(Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]) * 1024);
    } catch {}
    if (rss.length === N) {
      process.stdout.write(JSON.stringify({ forkMs, rss, pss }) + '\n');
      cluster.disconnect();
    }
  });
} else {
  // Idle a moment, as a worker waiting for work, then report.
  setTimeout(() => process.send({ rss: process.memoryUsage.rss() }), 300);
}
`

func clusterForkScenario() scenario {
	const file = "cluster_fork.js"
	return scenario{
		Name:    "cluster-fork",
		Desc:    "cluster: first fork() to 8 workers 'online', and an idle worker's RSS and PSS",
		Metrics: []metric{forkMetric, idleWorkerMetric, idlePSSMetric},
		setup: func(dir string) error {
			return os.WriteFile(filepath.Join(dir, file), []byte(clusterForkScript), 0o644)
		},
		measure: func(r *runner, exe string) ([]float64, string, error) {
			res, err := r.run(exe, file)
			if err != nil {
				return nil, "", err
			}
			var out struct {
				ForkMs float64   `json:"forkMs"`
				RSS    []float64 `json:"rss"`
				PSS    []float64 `json:"pss"`
			}
			if err := json.Unmarshal([]byte(strings.TrimSpace(res.stdout)), &out); err != nil || len(out.RSS) == 0 {
				return nil, "", fmt.Errorf("unexpected output %q", res.stdout)
			}
			pss, note := 0.0, ""
			if len(out.PSS) > 0 {
				pss = median(out.PSS) / (1 << 20)
			} else {
				note = "no PSS (no /proc/<pid>/smaps_rollup)"
			}
			return []float64{out.ForkMs, median(out.RSS) / (1 << 20), pss}, note, nil
		},
	}
}

func startupScenario(name, desc, file, src string) scenario {
	return scenario{
		Name:    name,
		Desc:    desc,
		Metrics: []metric{wallMetric, rssMetric},
		setup: func(dir string) error {
			return os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644)
		},
		measure: func(r *runner, exe string) ([]float64, string, error) {
			res, err := r.run(exe, file)
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
