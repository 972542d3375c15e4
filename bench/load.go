package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// connections is the number of connections every HTTP row's load keeps.
const connections = 64

// ensureWrk finds wrk, or installs it: apt-get first, else a build of
// wrk's source from GitHub into the user's cache. It says on stderr what it
// did.
func ensureWrk(explicit string) (string, error) {
	if explicit != "" {
		return exec.LookPath(explicit)
	}
	if p, err := exec.LookPath("wrk"); err == nil {
		return p, nil
	}
	var tried []string
	if _, err := exec.LookPath("apt-get"); err == nil {
		fmt.Fprintln(os.Stderr, "bench: wrk missing: apt-get update && apt-get install -y wrk")
		out, err := exec.Command("sh", "-c", "apt-get update && apt-get install -y wrk").CombinedOutput()
		if p, lerr := exec.LookPath("wrk"); err == nil && lerr == nil {
			fmt.Fprintln(os.Stderr, "bench: installed", p, "with apt-get")
			return p, nil
		}
		tried = append(tried, fmt.Sprintf("apt-get: %v: %s", err, firstLines(lastLines(string(out), 3), 3)))
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	src := filepath.Join(cache, "gocluster-bench", "wrk")
	bin := filepath.Join(src, "wrk")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	fmt.Fprintln(os.Stderr, "bench: building wrk from https://github.com/wg/wrk in", src)
	script := fmt.Sprintf("rm -rf %[1]q && git clone --depth 1 https://github.com/wg/wrk %[1]q && make -C %[1]q", src)
	if out, err := exec.Command("sh", "-c", script).CombinedOutput(); err != nil {
		tried = append(tried, fmt.Sprintf("source build: %v: %s", err, lastLines(string(out), 3)))
		return "", fmt.Errorf("no wrk, and installing it failed (install it and rerun, or pass -wrk):\n%s", strings.Join(tried, "\n"))
	}
	return bin, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

func wrkVersion(wrk string) string {
	// wrk -v prints its version and exits 1.
	out, _ := exec.Command(wrk, "-v").CombinedOutput()
	return strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
}

// wrkResult is what a wrk run reports.
type wrkResult struct {
	rate     float64 // requests/s
	p50, p99 float64 // ms
	requests float64
	errors   string // socket errors and non-2xx responses, "" when none
}

// runWrk loads url with one wrk thread and the row's connections for the
// runner's duration; header adds a request header ("" for none).
func (r *runner) runWrk(url, header string) (wrkResult, error) {
	args := []string{"-t1", fmt.Sprintf("-c%d", connections), "-d" + wrkDuration(r.duration), "--latency"}
	if header != "" {
		args = append(args, "-H", header)
	}
	cmd := exec.Command(r.wrk, append(args, url)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %v: %s", err, firstLines(string(out), 3))
	}
	return parseWrk(string(out))
}

// wrkDuration is d in wrk's own syntax (whole seconds, at least 1).
func wrkDuration(d time.Duration) string {
	return fmt.Sprintf("%ds", max(1, int(d.Round(time.Second)/time.Second)))
}

var (
	wrkRate     = regexp.MustCompile(`(?m)^Requests/sec:\s+([\d.]+)`)
	wrkTotal    = regexp.MustCompile(`(?m)^\s*(\d+) requests in`)
	wrkPercent  = regexp.MustCompile(`(?m)^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$`)
	wrkSocket   = regexp.MustCompile(`(?m)^\s*Socket errors: (.*)$`)
	wrkNon2xx   = regexp.MustCompile(`(?m)^\s*Non-2xx or 3xx responses: (\d+)`)
	unitsInMsec = map[string]float64{"us": 0.001, "ms": 1, "s": 1000, "m": 60000}
)

func parseWrk(out string) (wrkResult, error) {
	var res wrkResult
	m := wrkRate.FindStringSubmatch(out)
	t := wrkTotal.FindStringSubmatch(out)
	if m == nil || t == nil {
		return res, fmt.Errorf("wrk: no rate in %q", firstLines(out, 8))
	}
	res.rate, _ = strconv.ParseFloat(m[1], 64)
	res.requests, _ = strconv.ParseFloat(t[1], 64)
	for _, p := range wrkPercent.FindAllStringSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(p[2], 64)
		v *= unitsInMsec[p[3]]
		if p[1] == "50" {
			res.p50 = v
		} else {
			res.p99 = v
		}
	}
	var errs []string
	if s := wrkSocket.FindStringSubmatch(out); s != nil {
		errs = append(errs, "socket errors: "+s[1])
	}
	if s := wrkNon2xx.FindStringSubmatch(out); s != nil {
		errs = append(errs, "non-2xx: "+s[1])
	}
	res.errors = strings.Join(errs, ", ")
	return res, nil
}

// driveRequests makes exactly total keep-alive GET requests to url over the
// row's connections (a new connection only if the server closes one) and
// reads every response in full. wrk cannot stop at a count, hence this.
func driveRequests(url string, total int) error {
	host := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
	var issued atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, connections)
	request := []byte("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
	for range connections {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var conn net.Conn
			var rd *bufio.Reader
			defer func() {
				if conn != nil {
					conn.Close()
				}
			}()
			for issued.Add(1) <= int64(total) {
				if conn == nil {
					c, err := net.Dial("tcp", host)
					if err != nil {
						errs <- err
						return
					}
					conn, rd = c, bufio.NewReader(c)
				}
				// A server that stops answering fails the run, not hangs it.
				_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
				if _, err := conn.Write(request); err != nil {
					errs <- err
					return
				}
				resp, err := http.ReadResponse(rd, nil)
				if err != nil {
					errs <- err
					return
				}
				_, err = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					errs <- fmt.Errorf("response %d: %v", resp.StatusCode, err)
					return
				}
				if resp.Close {
					conn.Close()
					conn = nil
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err, ok := <-errs; ok {
		return fmt.Errorf("load: %v", err)
	}
	return nil
}
