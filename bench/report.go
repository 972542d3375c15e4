package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

type report struct {
	Machine   machine          `json:"machine"`
	N         int              `json:"n"`
	NLoad     int              `json:"n_load"`
	Duration  string           `json:"load_duration"`
	Scenarios []scenarioResult `json:"scenarios"`
}

type machine struct {
	NProc    int               `json:"nproc"`
	CPU      string            `json:"cpu"`
	OS       string            `json:"os"`
	Versions map[string]string `json:"versions"`
	LoadAvg  string            `json:"load_average"` // /proc/loadavg as the run started
}

type scenarioResult struct {
	Name    string            `json:"name"`
	Desc    string            `json:"description"`
	Metrics []metricResult    `json:"metrics"`
	Notes   map[string]string `json:"notes,omitempty"`  // runtime -> note
	Errors  map[string]string `json:"errors,omitempty"` // runtime -> why it was not measured
}

type metricResult struct {
	Metric    string            `json:"metric"`
	Unit      string            `json:"unit"`
	Better    string            `json:"better"` // "higher" or "lower"
	Runtimes  map[string]*stats `json:"runtimes"`
	Ratio     float64           `json:"ratio_gocluster_over_node,omitempty"`
	CeilingOf string            `json:"ceiling_metric,omitempty"`
	// Ceiling is the plain Go server's median of the CeilingOf metric.
	Ceiling      float64 `json:"ceiling,omitempty"`
	CeilingRatio float64 `json:"ratio_gocluster_over_ceiling,omitempty"`
}

// fillCeilings copies the ceiling scenario's medians into the rows that
// compare with it.
func (rep *report) fillCeilings() {
	limits := map[string]float64{}
	for _, sc := range rep.Scenarios {
		if sc.Name != ceilingName {
			continue
		}
		for _, mr := range sc.Metrics {
			if s := mr.Runtimes["ceiling"]; s != nil {
				limits[mr.Metric] = s.Median
			}
		}
	}
	for i := range rep.Scenarios {
		for j := range rep.Scenarios[i].Metrics {
			mr := &rep.Scenarios[i].Metrics[j]
			limit := limits[mr.CeilingOf]
			if mr.CeilingOf == "" || limit == 0 {
				continue
			}
			mr.Ceiling = limit
			if g := mr.Runtimes["gocluster"]; g != nil {
				mr.CeilingRatio = g.Median / limit
			}
		}
	}
}

type stats struct {
	Median  float64   `json:"median"`
	Samples []float64 `json:"samples"`
}

func (rep *report) printTable(w io.Writer) {
	m := rep.Machine
	fmt.Fprintf(w, "machine: %d CPUs, %s, %s, load average %s\n", m.NProc, m.CPU, m.OS, m.LoadAvg)
	for _, k := range []string{"gocluster", "node", "go", "wrk"} {
		if v := m.Versions[k]; v != "" {
			fmt.Fprintf(w, "%s: %s\n", k, v)
		}
	}
	fmt.Fprintf(w, "runs: %d per runtime (%d under load, %s each), alternating; medians\n\n", rep.N, rep.NLoad, rep.Duration)
	rows := [][]string{{"scenario", "metric", "gocluster", "node", "gc/node", "ceiling", "gc/ceiling"}}
	for _, sc := range rep.Scenarios {
		for _, mr := range sc.Metrics {
			limit := cell(mr.Runtimes["ceiling"])
			if mr.Ceiling > 0 {
				limit = fmt.Sprintf("%.1f", mr.Ceiling)
			}
			arrow := "↓"
			if mr.Better == "higher" {
				arrow = "↑"
			}
			rows = append(rows, []string{sc.Name, mr.Metric + " (" + mr.Unit + ") " + arrow,
				cell(mr.Runtimes["gocluster"]), cell(mr.Runtimes["node"]), ratioCell(mr.Ratio),
				limit, ratioCell(mr.CeilingRatio)})
		}
	}
	printAligned(w, rows)
	for _, sc := range rep.Scenarios {
		for _, rt := range []string{"gocluster", "node", "ceiling"} {
			if e := sc.Errors[rt]; e != "" {
				fmt.Fprintf(w, "%s, %s: FAILED: %s\n", sc.Name, rt, e)
			}
			if note := sc.Notes[rt]; note != "" {
				fmt.Fprintf(w, "%s, %s: %s\n", sc.Name, rt, note)
			}
		}
	}
}

func ratioCell(r float64) string {
	if r <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", r)
}

func cell(s *stats) string {
	if s == nil {
		return "-"
	}
	return fmt.Sprintf("%.1f", s.Median)
}

func printAligned(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			if i == 0 || i == 1 {
				fmt.Fprintf(&b, "%-*s  ", widths[i], c)
			} else {
				fmt.Fprintf(&b, "%*s  ", widths[i], c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func describeMachine(exes map[string]string, wrk string) machine {
	m := machine{NProc: runtime.NumCPU(), CPU: cpuModel(), OS: runtime.GOOS + "/" + runtime.GOARCH,
		Versions: map[string]string{"go": runtime.Version()}}
	for _, name := range []string{"gocluster", "node"} {
		if exe := exes[name]; exe != "" {
			if out, err := exec.Command(exe, "--version").Output(); err == nil {
				m.Versions[name] = strings.TrimSpace(string(out))
			}
		}
	}
	if wrk != "" {
		m.Versions["wrk"] = wrkVersion(wrk)
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		m.LoadAvg = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	return m
}

func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if k, v, ok := strings.Cut(s.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
