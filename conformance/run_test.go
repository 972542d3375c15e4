package conformance

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// result is what one run of a script produced.
type result struct {
	stdout, stderr string
	code           string // "0", "1", ... or "signal: SIGTERM"
}

// cleanEnv is the whole environment a script sees. Variables such as
// NODE_OPTIONS, NODE_PATH, FORCE_COLOR or NODE_NO_WARNINGS change node's
// output, so nothing is inherited but PATH (child processes) and HOME.
func cleanEnv() []string {
	env := []string{"TZ=UTC", "LANG=C"}
	for _, k := range []string{"PATH", "HOME"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// pipeGrace is how long output pipes stay open after the script exits, for
// children it left behind that still hold them.
var pipeGrace = 5 * time.Second

// execScript runs exe on the scenario in a process group of its own, with
// stdin from /dev/null, and kills the whole group when it is done, when the
// time limit passes, and again when the test ends.
func execScript(t *testing.T, exe string, sc *scenario) (result, error) {
	cmd := exec.Command(exe, append([]string{sc.path}, sc.args...)...)
	cmd.Dir = sc.dir
	cmd.Env = cleanEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = pipeGrace
	killGroup, err := startGroup(t, cmd)
	if err != nil {
		return result{}, err
	}
	var timedOut atomic.Bool
	timer := time.AfterFunc(sc.timeout, func() {
		timedOut.Store(true)
		killGroup()
	})
	err = cmd.Wait()
	timer.Stop()
	killGroup()
	res := result{stdout: stdout.String(), stderr: stderr.String()}
	if timedOut.Load() {
		return res, fmt.Errorf("%s: timed out after %v", filepath.Base(exe), sc.timeout)
	}
	res.code, err = exitStatus(cmd, err)
	return res, err
}

// startGroup starts cmd as the leader of a new process group and returns a
// function that kills the whole group (SIGKILL); it also runs when the test
// ends, so nothing the command started outlives the test.
func startGroup(t *testing.T, cmd *exec.Cmd) (killGroup func(), err error) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	pgid := cmd.Process.Pid
	killGroup = func() { _ = syscall.Kill(-pgid, syscall.SIGKILL) }
	t.Cleanup(killGroup)
	return killGroup, nil
}

// exitStatus is how a waited-for cmd ended: "0", "1", ... or
// "signal: SIGTERM"; waitErr is what cmd.Wait returned.
func exitStatus(cmd *exec.Cmd, waitErr error) (string, error) {
	var exitErr *exec.ExitError
	if waitErr != nil && !errors.As(waitErr, &exitErr) && !errors.Is(waitErr, exec.ErrWaitDelay) {
		return "", waitErr
	}
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	switch {
	case !ok:
		return "", fmt.Errorf("no wait status for %s", cmd.Path)
	case ws.Signaled():
		return "signal: " + unix.SignalName(ws.Signal()), nil
	default:
		return strconv.Itoa(ws.ExitStatus()), nil
	}
}

// withRealPaths is p and, if it differs, p with symlinks resolved: node
// prints real paths (its main script is realpath'd), the harness may not.
func withRealPaths(p string) []string {
	if p == "" {
		return nil
	}
	out := []string{p}
	if r, err := filepath.EvalSymlinks(p); err == nil && r != p {
		out = append(out, r)
	}
	return out
}
