package child_process_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildGocluster builds the command once per test binary run.
func buildGocluster(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gocluster")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/gocluster/gocluster/cmd/gocluster")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building gocluster: %v\n%s", err, out)
	}
	return bin
}

// runGroup runs a command in its own process group, killed when it ends or
// when the test does.
func runGroup(t *testing.T, timeout time.Duration, name string, args []string, env []string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.WaitDelay = 2 * time.Second
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	kill := func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	t.Cleanup(kill)
	timer := time.AfterFunc(timeout, kill)
	err := cmd.Wait()
	timer.Stop()
	kill()
	return out.String(), err
}

// TestNodeParentGoclusterChild has real node fork a gocluster child and
// talk to it both ways; the transcript must equal node talking to node.
func TestNodeParentGoclusterChild(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH: the node-parent interop test needs it")
	}
	bin := buildGocluster(t)
	script, _ := filepath.Abs("testdata/node_parent.js")
	env := func(child string) []string {
		return []string{"PATH=" + os.Getenv("PATH"), "GOCLUSTER_BIN=" + child}
	}
	want, err := runGroup(t, 30*time.Second, node, []string{script}, env(node))
	if err != nil {
		t.Fatalf("node with a node child: %v\n%s", err, want)
	}
	got, err := runGroup(t, 30*time.Second, node, []string{script}, env(bin))
	if err != nil {
		t.Fatalf("node with a gocluster child: %v\n%s", err, got)
	}
	if got != want {
		t.Fatalf("transcripts differ\n--- node child:\n%s\n--- gocluster child:\n%s", want, got)
	}
	for _, line := range []string{`"channelVars":[]`, `parent internal {"cmd":"NODE_PONG","n":8}`, `"bigLength":500000`,
		"parent internal {\"cmd\":\"NODE_HANDLE_ACK\"}\nparent got {\"gotServer\":true,\"listening\":true}", "parent exit 4 null"} {
		if !strings.Contains(got, line) {
			t.Errorf("transcript lacks %q:\n%s", line, got)
		}
	}
}
