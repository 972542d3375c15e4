package main

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

//go:embed js/*.js
var jsFiles embed.FS

// writeScripts copies the bench's JS programs into dir.
func writeScripts(dir string) error {
	entries, err := jsFiles.ReadDir("js")
	if err != nil {
		return err
	}
	for _, e := range entries {
		src, err := jsFiles.ReadFile("js/" + e.Name())
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// loadKind is the traffic of an HTTP row.
type loadKind struct {
	name   string // the ceiling's metric prefix
	header string // extra request header for wrk
	desc   string
}

var (
	keepAlive = loadKind{"keep-alive", "", "keep-alive"}
	churn     = loadKind{"churn", "Connection: close", "a new connection per request (Connection: close)"}
)

const (
	ceilingName    = "ceiling"
	httpServerJS   = "http_cluster.js"
	shareMaxMetric = "busiest worker's share"
)

func (k loadKind) ceilingMetric() string { return k.name + " requests" }

func latencyMetrics() []metric {
	return []metric{{Name: "latency p50", Unit: "ms"}, {Name: "latency p99", Unit: "ms"}}
}

var shareMetrics = []metric{{Name: shareMaxMetric, Unit: "%"}, {Name: "max/min worker share", Unit: "x"}}

// ceilingScenario measures the plain Go server under both loads. Its
// medians are the ceiling column of the other HTTP rows.
func ceilingScenario() scenario {
	return scenario{
		Name: ceilingName,
		Desc: "the hello world as a plain Go net/http server (bench/ceiling): the limit of this machine",
		Metrics: append(append([]metric{{Name: keepAlive.ceilingMetric(), Unit: "/s", Higher: true}}, latencyMetrics()...),
			metric{Name: churn.ceilingMetric(), Unit: "/s", Higher: true}),
		Runtimes: []string{"ceiling"},
		Load:     true,
		setup:    func(string) error { return nil },
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			s, err := r.startServer(exe, nil)
			if err != nil {
				return nil, "", err
			}
			defer s.kill()
			ka, err := r.runWrk(s.url(), keepAlive.header)
			if err != nil {
				return nil, "", err
			}
			ch, err := r.runWrk(s.url(), churn.header)
			if err != nil {
				return nil, "", err
			}
			return []float64{ka.rate, ka.p50, ka.p99, ch.rate}, wrkNote(ka, ch), nil
		},
	}
}

func wrkNote(results ...wrkResult) string {
	var errs []string
	for _, res := range results {
		if res.errors != "" {
			errs = append(errs, "wrk: "+res.errors)
		}
	}
	return strings.Join(errs, "; ")
}

// httpScenario is rows 1 and 2: Node's docs' cluster example with workers
// workers under policy ("rr", "none", "reuseport"), loaded by wrk. With 2
// workers it reports how the requests spread.
func httpScenario(name string, workers int, policy string, kind loadKind) scenario {
	metrics := append([]metric{{Name: "requests", Unit: "/s", Higher: true, Ceiling: kind.ceilingMetric()}}, latencyMetrics()...)
	if workers > 1 {
		metrics = append(metrics, shareMetrics...)
	}
	sc := scenario{
		Name:    name,
		Desc:    fmt.Sprintf("hello world, %d worker(s), policy %s, %d connections, %s", workers, policy, connections, kind.desc),
		Metrics: metrics,
		Load:    true,
		setup:   writeScripts,
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			res, st, err := r.loadCluster(exe, kind.header,
				fmt.Sprintf("BENCH_WORKERS=%d", workers), "NODE_CLUSTER_SCHED_POLICY="+policy)
			if err != nil {
				return nil, "", err
			}
			vals := []float64{res.rate, res.p50, res.p99}
			note := wrkNote(res)
			if workers > 1 {
				most, spread, shareNote := shares(st)
				vals = append(vals, most, spread)
				note = strings.Trim(note+"; "+shareNote, "; ")
			}
			return vals, note, nil
		},
	}
	if policy == "reuseport" {
		// The same program and environment under node, which knows no
		// such policy and so runs round-robin: gocluster's best against
		// node's default.
		sc.Desc += " (node: unknown policy, so round-robin)"
	}
	return sc
}

// loadCluster starts the HTTP cluster with env, loads it with wrk, reads
// the workers' counts once they have settled and has the cluster
// disconnect.
func (r *runner) loadCluster(exe, header string, env ...string) (wrkResult, serverStats, error) {
	s, err := r.startServer(exe, []string{httpServerJS}, env...)
	if err != nil {
		return wrkResult{}, serverStats{}, err
	}
	defer s.kill()
	res, err := r.runWrk(s.url(), header)
	if err != nil {
		return res, serverStats{}, err
	}
	st, err := s.settledStats()
	if err != nil {
		return res, st, err
	}
	return res, st, s.quit()
}

// shares returns the busiest worker's share of the requests (%) and the
// busiest's count over the idlest's (a worker that served nothing counts as
// having served one, and says so).
func shares(st serverStats) (float64, float64, string) {
	var total, most, least float64
	least = -1
	for _, w := range st.Workers {
		total += w.Count
		most = max(most, w.Count)
		if least < 0 || w.Count < least {
			least = w.Count
		}
	}
	if total == 0 {
		return 0, 0, "no requests served"
	}
	note := ""
	if least == 0 {
		note = "a worker served no request"
		least = 1
	}
	return 100 * most / total, most / least, note
}

// memoryAfterLoadScenario is row 4's second half: one worker's RSS idle and
// after r.requests keep-alive requests, and the primary's RSS.
func memoryAfterLoadScenario() scenario {
	return scenario{
		Name: "http-memory",
		Desc: "1 worker: the primary's and the worker's RSS idle, and the worker's after -requests (100k) requests",
		Metrics: []metric{
			{Name: "primary RSS", Unit: "MiB"},
			{Name: "idle worker RSS", Unit: "MiB"},
			{Name: "worker RSS after the requests", Unit: "MiB"},
		},
		Load: true,
		// 100k requests take long at today's gocluster rate; a worker's
		// memory after them varies little from run to run.
		Runs:  1,
		setup: writeScripts,
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			s, err := r.startServer(exe, []string{httpServerJS}, "BENCH_WORKERS=1")
			if err != nil {
				return nil, "", err
			}
			defer s.kill()
			idle, err := s.stats()
			if err != nil {
				return nil, "", err
			}
			if err := driveRequests(s.url(), r.requests); err != nil {
				return nil, "", err
			}
			after, err := s.stats()
			if err != nil {
				return nil, "", err
			}
			if err := s.quit(); err != nil {
				return nil, "", err
			}
			if len(idle.Workers) != 1 || len(after.Workers) != 1 {
				return nil, "", fmt.Errorf("stats of %d workers, want 1", len(after.Workers))
			}
			note := fmt.Sprintf("%d requests", r.requests)
			return []float64{idle.PrimaryRSS / (1 << 20), idle.Workers[0].RSS / (1 << 20), after.Workers[0].RSS / (1 << 20)}, note, nil
		},
	}
}

// requestCountScenario is row 5's last part: the seed's example where each
// worker notifies the primary of every request over IPC, under wrk.
func requestCountScenario() scenario {
	return scenario{
		Name: "ipc-count",
		Desc: "the seed's request counter: 2 workers (rr) send {cmd: 'notifyRequest'} per request, the primary counts, keep-alive load",
		Metrics: []metric{
			{Name: "requests", Unit: "/s", Higher: true, Ceiling: keepAlive.ceilingMetric()},
			{Name: "latency p99", Unit: "ms"},
		},
		Load:  true,
		setup: writeScripts,
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			res, st, err := r.loadCluster(exe, keepAlive.header, "BENCH_WORKERS=2", "BENCH_NOTIFY=1")
			if err != nil {
				return nil, "", err
			}
			// A worker's notifications precede its stats reply on the
			// channel: by now the primary has counted every request.
			var served float64
			for _, w := range st.Workers {
				served += w.Count
			}
			note := wrkNote(res)
			if served != st.NumReqs {
				note = strings.Trim(note+fmt.Sprintf("; primary counted %.0f of %.0f requests", st.NumReqs, served), "; ")
			}
			return []float64{res.rate, res.p99}, note, nil
		},
	}
}
