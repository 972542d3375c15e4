package cluster

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	stdnet "net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// startCluster runs testdata/reuseport.js under a fresh gocluster build in
// a process group that the test kills when it ends, and returns its stdout.
func startCluster(t *testing.T, env ...string) *bufio.Scanner {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "gocluster")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/gocluster/gocluster/cmd/gocluster").CombinedOutput(); err != nil {
		t.Fatalf("building gocluster: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "testdata/reuseport.js")
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH")}, env...)
	cmd.Stderr = os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
	})
	timer := time.AfterFunc(time.Minute, func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	t.Cleanup(func() { timer.Stop() })
	return bufio.NewScanner(stdout)
}

// listeners counts the sockets in LISTEN state on port, in the whole
// network namespace (the port is a fresh one, so they are the cluster's).
func listeners(t *testing.T, port int) int {
	t.Helper()
	n := 0
	for _, file := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Skipf("no %s: %v", file, err)
		}
		for _, line := range strings.Split(string(b), "\n")[1:] {
			f := strings.Fields(line)
			// local_address is ADDR:PORT in hex; st 0A is LISTEN.
			if len(f) > 3 && f[3] == "0A" && strings.HasSuffix(f[1], fmt.Sprintf(":%04X", port)) {
				n++
			}
		}
	}
	return n
}

// TestSchedulingPolicies: under NODE_CLUSTER_SCHED_POLICY=reuseport each of
// two workers listens on the port itself (two listening sockets, none in
// the primary), listen(0) gives both the same port, the kernel spreads
// connections over both, and none fails. A policy name gocluster does not
// know still means round-robin, as in Node: one listening socket (the
// primary's), both workers served.
func TestSchedulingPolicies(t *testing.T) {
	cases := []struct {
		env       string
		policy    int
		listening int
	}{
		{"reuseport", 256, 2},
		{"no-such-policy", 2, 1},
	}
	for _, c := range cases {
		t.Run(c.env, func(t *testing.T) {
			out := startCluster(t, "NODE_CLUSTER_SCHED_POLICY="+c.env)
			if !out.Scan() {
				t.Fatal("the primary printed nothing")
			}
			var ready struct {
				Port, Policy int
				Same         bool
			}
			if err := json.Unmarshal(out.Bytes(), &ready); err != nil {
				t.Fatalf("%q: %v", out.Text(), err)
			}
			if !ready.Same || ready.Policy != c.policy {
				t.Fatalf("got %+v, want both workers on one port under policy %d", ready, c.policy)
			}
			if n := listeners(t, ready.Port); n != c.listening {
				t.Errorf("%d sockets listen on port %d, want %d", n, ready.Port, c.listening)
			}
			served, failures := connectMany(ready.Port, 400, 16)
			for _, f := range failures {
				t.Error(f)
			}
			if len(served) != 2 || served["w1"] == 0 || served["w2"] == 0 {
				t.Errorf("connections by worker: %v, want both workers", served)
			}
		})
	}
}

// connectMany makes total connections to port, parallel at a time, each
// reading the serving worker's id to EOF.
func connectMany(port, total, parallel int) (map[string]int, []string) {
	var mu sync.Mutex
	served := map[string]int{}
	var failures []string
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				id, err := readID(port)
				mu.Lock()
				if err != nil {
					failures = append(failures, err.Error())
				} else {
					served[id]++
				}
				mu.Unlock()
			}
		}()
	}
	for i := range total {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return served, failures
}

func readID(port int) (string, error) {
	conn, err := stdnet.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 5*time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	b, err := io.ReadAll(conn)
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(string(b), "w") {
		return "", fmt.Errorf("unexpected reply %q", b)
	}
	return string(b), nil
}

// TestReusePortPortTaken: a port another socket holds (without
// SO_REUSEPORT) fails each worker's listen with EADDRINUSE, delivered to
// the server's 'error' handler as under the other policies; the primary
// lives on.
func TestReusePortPortTaken(t *testing.T) {
	ln, err := stdnet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*stdnet.TCPAddr).Port
	out := startCluster(t, "NODE_CLUSTER_SCHED_POLICY=reuseport", fmt.Sprintf("BUSY_PORT=%d", port))
	for i := 0; i < 2; i++ {
		if !out.Scan() {
			t.Fatal("the primary printed nothing")
		}
		var msg struct{ Error, Syscall string }
		if err := json.Unmarshal(out.Bytes(), &msg); err != nil || msg.Error != "EADDRINUSE" {
			t.Fatalf("worker reported %q, want EADDRINUSE", out.Text())
		}
	}
}
