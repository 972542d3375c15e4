package main

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// groups holds the process groups still running, so an interrupted runner
// can kill them all before it exits.
var groups = struct {
	sync.Mutex
	live map[int]bool
}{live: map[int]bool{}}

func killGroup(pgid int) { _ = syscall.Kill(-pgid, syscall.SIGKILL) }

// killAll kills every group still running; called on interrupt.
func killAll() {
	groups.Lock()
	defer groups.Unlock()
	for pgid := range groups.live {
		killGroup(pgid)
	}
}

// testEnv is the environment of one test: the runner's own, as Node's
// runner passes it, without NODE_PATH and NODE_OPTIONS (the runner clears
// both), plus the ids that give each concurrent test its own tmpdir
// (test/.tmp.<id>) and tell common.PORT whether the test runs alongside
// others.
func testEnv(base []string, threadID int, parallel, skipFlagCheck bool) []string {
	env := make([]string, 0, len(base)+4)
	for _, kv := range base {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "NODE_PATH", "NODE_OPTIONS", "TEST_THREAD_ID", "TEST_SERIAL_ID", "TEST_PARALLEL", "NODE_SKIP_FLAG_CHECK":
			continue
		}
		env = append(env, kv)
	}
	p := "0"
	if parallel {
		p = "1"
	}
	env = append(env, "TEST_THREAD_ID="+strconv.Itoa(threadID), "TEST_PARALLEL="+p)
	if skipFlagCheck {
		env = append(env, "NODE_SKIP_FLAG_CHECK=1")
	}
	return env
}

// maxOutput is how much of each output stream is kept: a runaway test
// cannot fill the runner's memory.
const maxOutput = 1 << 20

// outputFile is a temporary file for one output stream. A file, not a
// pipe, so that the test's exit is the end of the run even when workers it
// left behind still hold the descriptor (they are killed right after).
func outputFile() (*os.File, error) {
	f, err := os.CreateTemp("", "nodetests-out-")
	if err == nil {
		os.Remove(f.Name())
	}
	return f, err
}

func readOutput(f *os.File) string {
	b := make([]byte, maxOutput)
	n, _ := f.ReadAt(b, 0)
	return string(b[:n])
}

// execTest runs exe args... in dir, in a process group of its own with
// stdin from /dev/null (exec's default), and kills the whole group when
// the test exits (a cluster test's forgotten workers must not outlive it)
// or when limit passes. Output is read once the test has exited.
func execTest(exe string, args []string, dir string, env []string, limit time.Duration) (run, error) {
	stdout, err := outputFile()
	if err != nil {
		return run{}, err
	}
	defer stdout.Close()
	stderr, err := outputFile()
	if err != nil {
		return run{}, err
	}
	defer stderr.Close()
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	groups.Lock()
	err = cmd.Start()
	if err != nil {
		groups.Unlock()
		return run{}, err
	}
	pgid := cmd.Process.Pid
	groups.live[pgid] = true
	groups.Unlock()
	defer func() {
		killGroup(pgid)
		groups.Lock()
		delete(groups.live, pgid)
		groups.Unlock()
	}()

	var mu sync.Mutex
	timedOut := false
	timer := time.AfterFunc(limit, func() {
		mu.Lock()
		timedOut = true
		mu.Unlock()
		killGroup(pgid)
	})
	err = cmd.Wait()
	timer.Stop()
	mu.Lock()
	r := run{stdout: readOutput(stdout), stderr: readOutput(stderr), timedOut: timedOut}
	mu.Unlock()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return r, err
	}
	ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		r.exitCode = -1
		r.signal = unix.SignalName(ws.Signal())
	} else {
		r.exitCode = ws.ExitStatus()
	}
	return r, nil
}
