package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// clusterStartScenario is row 3 and the first half of row 4 (and the
// older cluster-fork row): 8 workers, from the first fork() to the eighth
// event ("online", or "listening" for workers serving HTTP), and from
// cluster.disconnect() to the primary's exit; the primary's RSS and an idle
// worker's RSS and PSS.
func clusterStartScenario(name, event, what string) scenario {
	var env []string
	if event == "listening" {
		env = append(env, "BENCH_HTTP=1")
	}
	return scenario{
		Name: name,
		Desc: "8 " + what + "workers: fork() to all '" + event + "', cluster.disconnect() to exit, idle memory",
		Metrics: []metric{
			{Name: "fork() to 8 workers " + event, Unit: "ms"},
			{Name: "cluster.disconnect() to exit", Unit: "ms"},
			{Name: "primary RSS", Unit: "MiB"},
			{Name: "idle " + what + "worker RSS (median of 8)", Unit: "MiB"},
			{Name: "idle " + what + "worker PSS (median of 8)", Unit: "MiB"},
		},
		setup: writeScripts,
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			line, exitAfter, err := r.runTimingExit(exe, "cluster_start.js", env...)
			if err != nil {
				return nil, "", err
			}
			var out struct {
				ReadyMs    float64   `json:"readyMs"`
				RSS        []float64 `json:"rss"`
				PSS        []float64 `json:"pss"`
				PrimaryRSS float64   `json:"primaryRss"`
			}
			if err := json.Unmarshal([]byte(line), &out); err != nil || len(out.RSS) == 0 {
				return nil, "", fmt.Errorf("unexpected output %q", line)
			}
			pss, note := 0.0, ""
			if len(out.PSS) > 0 {
				pss = median(out.PSS) / (1 << 20)
			} else {
				note = "no PSS (no /proc/<pid>/smaps_rollup)"
			}
			return []float64{out.ReadyMs, float64(exitAfter) / float64(time.Millisecond),
				out.PrimaryRSS / (1 << 20), median(out.RSS) / (1 << 20), pss}, note, nil
		},
	}
}

// runTimingExit runs script to its exit and returns its first stdout line
// and the time from that line's arrival to the exit.
func (r *runner) runTimingExit(exe, script string, env ...string) (string, time.Duration, error) {
	cmd := exec.Command(exe, script)
	cmd.Dir = r.dir
	cmd.Env = cleanEnv(env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", 0, err
	}
	if err := cmd.Start(); err != nil {
		return "", 0, err
	}
	defer func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }()
	timer := time.AfterFunc(quickTimeout, func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	defer timer.Stop()
	rd := bufio.NewReader(stdout)
	line, _ := rd.ReadString('\n')
	lineAt := time.Now()
	_, _ = rd.WriteTo(&bytes.Buffer{})
	if err := cmd.Wait(); err != nil {
		return "", 0, fmt.Errorf("%s %s: %v: %s", exe, script, err, firstLines(stderr.String(), 3))
	}
	return strings.TrimSpace(line), time.Since(lineAt), nil
}

// ipcScenario is row 5: one worker and the primary exchange messages over
// the cluster channel (bench/js/ipc.js, mode pingpong or flood).
func ipcScenario(name, mode string, rate metric) scenario {
	return scenario{
		Name:    name,
		Desc:    "process.send between one worker and the primary: " + mode,
		Metrics: []metric{rate},
		Load:    true,
		setup:   writeScripts,
		measure: func(r *runner, _, exe string) ([]float64, string, error) {
			res, err := r.run(exe, "ipc.js", time.Minute, "BENCH_IPC="+mode,
				fmt.Sprintf("BENCH_MS=%d", r.duration.Milliseconds()), "BENCH_COUNT=50000")
			if err != nil {
				return nil, "", err
			}
			var out struct{ Rate float64 }
			if err := json.Unmarshal([]byte(strings.TrimSpace(res.stdout)), &out); err != nil || out.Rate == 0 {
				return nil, "", fmt.Errorf("unexpected output %q", res.stdout)
			}
			return []float64{out.Rate}, "", nil
		},
	}
}
