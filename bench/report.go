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
	Scenarios []scenarioResult `json:"scenarios"`
}

type machine struct {
	NProc    int               `json:"nproc"`
	CPU      string            `json:"cpu"`
	OS       string            `json:"os"`
	Versions map[string]string `json:"versions"`
}

type scenarioResult struct {
	Name    string            `json:"name"`
	Desc    string            `json:"description"`
	Metrics []metricResult    `json:"metrics"`
	Notes   map[string]string `json:"notes,omitempty"`  // runtime -> note
	Errors  map[string]string `json:"errors,omitempty"` // runtime -> why it was not measured
}

type metricResult struct {
	Metric   string            `json:"metric"`
	Unit     string            `json:"unit"`
	Runtimes map[string]*stats `json:"runtimes"`
	Ratio    float64           `json:"ratio_gocluster_over_node,omitempty"`
}

type stats struct {
	Median  float64   `json:"median"`
	Samples []float64 `json:"samples"`
}

func (rep *report) printTable(w io.Writer) {
	m := rep.Machine
	fmt.Fprintf(w, "machine: %d CPUs, %s, %s\n", m.NProc, m.CPU, m.OS)
	for _, k := range []string{"gocluster", "node", "go"} {
		if v := m.Versions[k]; v != "" {
			fmt.Fprintf(w, "%s: %s\n", k, v)
		}
	}
	fmt.Fprintf(w, "runs: %d per runtime, alternating; medians\n\n", rep.N)
	rows := [][]string{{"scenario", "metric", "gocluster", "node", "gocluster/node"}}
	for _, sc := range rep.Scenarios {
		for _, mr := range sc.Metrics {
			ratio := "-"
			if mr.Ratio > 0 {
				ratio = fmt.Sprintf("%.2fx", mr.Ratio)
			}
			rows = append(rows, []string{sc.Name, mr.Metric + " (" + mr.Unit + ")",
				cell(mr.Runtimes["gocluster"]), cell(mr.Runtimes["node"]), ratio})
		}
	}
	printAligned(w, rows)
	for _, sc := range rep.Scenarios {
		for _, rt := range []string{"gocluster", "node"} {
			if e := sc.Errors[rt]; e != "" {
				fmt.Fprintf(w, "%s, %s: FAILED: %s\n", sc.Name, rt, e)
			}
			if note := sc.Notes[rt]; note != "" {
				fmt.Fprintf(w, "%s, %s: %s\n", sc.Name, rt, note)
			}
		}
	}
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

func describeMachine(exes map[string]string) machine {
	m := machine{NProc: runtime.NumCPU(), CPU: cpuModel(), OS: runtime.GOOS + "/" + runtime.GOARCH,
		Versions: map[string]string{"go": runtime.Version()}}
	for name, exe := range exes {
		if out, err := exec.Command(exe, "--version").Output(); err == nil {
			m.Versions[name] = strings.TrimSpace(string(out))
		}
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
