package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// server is a measured server process (a cluster primary and its workers,
// or the ceiling) in a process group of its own. Its first stdout line is
// {"port": P, "control": C}: P serves the load, C (the cluster's primary
// only) answers /stats and /quit.
type server struct {
	cmd     *exec.Cmd
	port    int
	control int
	stderr  bytes.Buffer
	exited  chan struct{}
	waitErr error
}

const serverStartTimeout = 30 * time.Second

// startServer runs exe with args in the bench directory and waits for its
// address line.
func (r *runner) startServer(exe string, args []string, env ...string) (*server, error) {
	s := &server{cmd: exec.Command(exe, args...), exited: make(chan struct{})}
	s.cmd.Dir = r.dir
	s.cmd.Env = cleanEnv(env...)
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	s.cmd.Stderr = &s.stderr
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		_, _ = io.Copy(io.Discard, stdout)
		s.waitErr = s.cmd.Wait()
		close(s.exited)
	}()
	name := strings.TrimSpace(filepath.Base(exe) + " " + strings.Join(args, " "))
	select {
	case line, ok := <-lines:
		if !ok {
			s.kill() // also waits for the exit, and so for waitErr
			return nil, fmt.Errorf("%s exited before listening: %v: %s", name, s.waitErr, firstLines(s.stderr.String(), 3))
		}
		var addr struct{ Port, Control int }
		if err := json.Unmarshal([]byte(line), &addr); err != nil || addr.Port == 0 {
			s.kill()
			return nil, fmt.Errorf("%s: unexpected first line %q", name, line)
		}
		s.port, s.control = addr.Port, addr.Control
		return s, nil
	case <-time.After(serverStartTimeout):
		s.kill()
		return nil, fmt.Errorf("%s: not listening after %v: %s", name, serverStartTimeout, firstLines(s.stderr.String(), 3))
	}
}

func (s *server) url() string { return fmt.Sprintf("http://127.0.0.1:%d/", s.port) }

// serverStats is the cluster primary's answer to /stats.
type serverStats struct {
	Workers    []workerStats `json:"workers"`
	NumReqs    float64       `json:"numReqs"`
	PrimaryRSS float64       `json:"primaryRss"`
}

// workerStats is one worker's requests served and RSS (bytes).
type workerStats struct {
	ID    int     `json:"id"`
	Count float64 `json:"count"`
	RSS   float64 `json:"rss"`
}

var controlClient = &http.Client{Timeout: 10 * time.Second}

func (s *server) stats() (serverStats, error) {
	var st serverStats
	resp, err := controlClient.Get(fmt.Sprintf("http://127.0.0.1:%d/stats", s.control))
	if err != nil {
		return st, fmt.Errorf("stats: %v: %s", err, firstLines(s.stderr.String(), 3))
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return st, fmt.Errorf("stats: %v", err)
	}
	return st, nil
}

// settledStats reads /stats until two readings agree (and, in the
// request-counting example, the primary's count has caught up): requests
// wrk had sent before it stopped may still be in the workers' queues.
func (s *server) settledStats() (serverStats, error) {
	last := -1.0
	for try := 0; ; try++ {
		st, err := s.stats()
		if err != nil {
			return st, err
		}
		var served float64
		for _, w := range st.Workers {
			served += w.Count
		}
		caughtUp := st.NumReqs == 0 || st.NumReqs == served
		if (served == last && caughtUp) || try == 20 {
			return st, nil
		}
		last = served
		time.Sleep(100 * time.Millisecond)
	}
}

// quit asks the primary to cluster.disconnect() and waits for it to exit;
// the process group is killed in any case.
func (s *server) quit() error {
	defer s.kill()
	if s.control == 0 {
		return nil
	}
	resp, err := controlClient.Get(fmt.Sprintf("http://127.0.0.1:%d/quit", s.control))
	if err != nil {
		return fmt.Errorf("quit: %v", err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	select {
	case <-s.exited:
		if s.waitErr != nil {
			return fmt.Errorf("exit after quit: %v: %s", s.waitErr, firstLines(s.stderr.String(), 3))
		}
		return nil
	case <-time.After(10 * time.Second):
		return fmt.Errorf("still running 10s after cluster.disconnect()")
	}
}

// kill ends the whole process group (workers included) and reaps the
// leader.
func (s *server) kill() {
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
	}
}
