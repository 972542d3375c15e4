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
