package conformance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var signalsByName = map[string]syscall.Signal{
	"SIGTERM": syscall.SIGTERM, "SIGINT": syscall.SIGINT, "SIGHUP": syscall.SIGHUP,
	"SIGUSR1": syscall.SIGUSR1, "SIGUSR2": syscall.SIGUSR2, "SIGKILL": syscall.SIGKILL,
}

// Bounds of what the driver waits for, past the spec's own timeout.
const (
	requestTimeout = 10 * time.Second
	exitGrace      = 3 * time.Second // for workers to follow a primary that exited
	loadPause      = 10 * time.Millisecond
	pidPollEvery   = 20 * time.Millisecond
)

// programRun is one program running under one executable (node or
// gocluster), and what the user saw of it so far.
type programRun struct {
	t        *testing.T
	spec     *programSpec
	cmd      *exec.Cmd
	kill     func()
	ctx      context.Context // ends at the spec's timeout
	ports    map[string]int
	out      *liveOutput
	pids     *groupPids
	exited   chan struct{}
	exitCode string
	client   *http.Client

	records    []stepRecord
	background []chan httpAnswer // get-start answers
	load       *loadRun
	conns      []net.Conn
}

// stepRecord is a step line and what it observed, still raw (pids and
// ports as numbers): the transcript is normalised once all pids are known.
type stepRecord struct {
	line     string
	results  []string
	answers  []httpAnswer // compared as a multiset, or a set if distinct
	distinct bool
}

// httpAnswer is what one request got: a status and a body, or an error.
type httpAnswer struct {
	status  int
	body    string
	failure string // the request failed (before or while reading the body)
}

func (a httpAnswer) format(norm func(string) string) string {
	switch {
	case a.failure != "" && a.status != 0:
		return fmt.Sprintf("%d, then error: %s", a.status, a.failure)
	case a.failure != "":
		return "error: " + a.failure
	}
	return fmt.Sprintf("%d %q", a.status, norm(a.body))
}

func (a httpAnswer) ok() bool { return a.failure == "" && a.status >= 200 && a.status < 300 }

// runProgram runs the spec under exe and returns the normalised transcript.
// err reports what kept the run from completing (a wait that timed out);
// the transcript then shows how far it got.
func runProgram(t *testing.T, exe string, spec *programSpec, nodePath string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), spec.timeout)
	defer cancel()
	r := &programRun{
		t: t, spec: spec, ctx: ctx, ports: map[string]int{},
		out:    newLiveOutput(),
		exited: make(chan struct{}),
		client: &http.Client{
			Transport: &http.Transport{DisableKeepAlives: true},
			Timeout:   requestTimeout,
		},
	}
	defer r.client.CloseIdleConnections()
	env := append(cleanEnv(), spec.env...)
	for _, name := range spec.ports {
		p, err := freePort()
		if err != nil {
			return "", err
		}
		r.ports[name] = p
		env = append(env, name+"="+strconv.Itoa(p))
	}
	if nodePath != "" {
		env = append(env, "NODE_PATH="+nodePath)
	}
	root := filepath.Dir(filepath.Dir(spec.path)) // conformance/
	repo := filepath.Dir(root)
	rel, err := filepath.Rel(repo, spec.script)
	if err != nil {
		return "", err
	}
	r.cmd = exec.Command(exe, rel)
	r.cmd.Dir = repo
	r.cmd.Env = env
	if err := r.start(); err != nil {
		return "", err
	}
	defer r.kill()

	runErr := r.steps()
	for _, c := range r.conns {
		c.Close()
	}
	if r.load != nil {
		r.load.stopAndWait()
	}
	r.kill()
	r.out.waitClosed(exitGrace)
	r.pids.stop()

	n := newNormalizer(filepath.Dir(spec.script), repo, []string{exe}, false)
	return r.transcript(n), runErr
}

// start runs the program in a process group of its own, with its output on
// pipes read as it comes (steps wait for lines) and its pids tracked.
func (r *programRun) start() error {
	outR, outW, err := os.Pipe()
	if err != nil {
		return err
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		outR.Close()
		outW.Close()
		return err
	}
	// *os.File outputs: Wait returns when the primary exits, not when the
	// last worker closes the pipes.
	r.cmd.Stdout, r.cmd.Stderr = outW, errW
	r.kill, err = startGroup(r.t, r.cmd)
	outW.Close()
	errW.Close()
	if err != nil {
		outR.Close()
		errR.Close()
		return err
	}
	r.out.read(outR, &r.out.stdout)
	r.out.read(errR, &r.out.stderr)
	r.pids = trackGroup(r.cmd.Process.Pid)
	go func() {
		code, err := exitStatus(r.cmd, r.cmd.Wait())
		if err != nil {
			code = err.Error()
		}
		r.exitCode = code
		close(r.exited)
	}()
	return nil
}

func (r *programRun) steps() error {
	for _, st := range r.spec.steps {
		rec := stepRecord{line: st.line}
		err := r.step(st, &rec)
		r.records = append(r.records, rec)
		if err != nil {
			return fmt.Errorf("%s: %v", st.line, err)
		}
	}
	return nil
}

func (r *programRun) step(st programStep, rec *stepRecord) error {
	addr := "127.0.0.1:" + strconv.Itoa(r.ports[st.port()])
	switch st.kind {
	case "wait-port":
		return r.waitPort(addr)
	case "wait-output":
		return r.out.waitLines(r.ctx, st.regexp, st.count)
	case "get":
		rec.answers = r.gets(addr, st)
	case "get-start":
		ch := make(chan httpAnswer, 1)
		r.background = append(r.background, ch)
		go func() { ch <- r.get(addr, st.args[0], nil) }()
	case "get-wait":
		for _, ch := range r.background {
			rec.answers = append(rec.answers, <-ch)
		}
		r.background = nil
	case "load-start":
		if r.load != nil {
			return errors.New("load already running")
		}
		conns, _ := strconv.Atoi(st.opts["conns"])
		r.load = startLoad(r, addr, orDefault(st.opts["path"], "/"), max(conns, 1))
	case "load-stop":
		if r.load == nil {
			return errors.New("no load running")
		}
		rec.distinct = true
		rec.results, rec.answers = r.load.stopAndWait()
		r.load = nil
	case "connect":
		c, err := net.DialTimeout("tcp", addr, requestTimeout)
		if err != nil {
			rec.results = []string{"error: " + errorKind(err)}
			return nil
		}
		r.conns = append(r.conns, c)
	case "signal":
		pid := r.cmd.Process.Pid
		switch {
		case st.flags["group"]:
			pid = -pid
		case st.flags["worker"]:
			if pid = r.pids.firstChild(pid); pid == 0 {
				rec.results = []string{"error: no worker running"}
				return nil
			}
		}
		if err := syscall.Kill(pid, signalsByName[st.args[0]]); err != nil {
			rec.results = []string{"error: " + err.Error()}
		}
	case "sleep":
		d, _ := time.ParseDuration(st.args[0])
		select {
		case <-time.After(d):
		case <-r.ctx.Done():
			return r.ctx.Err()
		}
	case "wait-exit":
		select {
		case <-r.exited:
		case <-r.ctx.Done():
			rec.results = []string{"still running"}
			return fmt.Errorf("no exit within %v", r.spec.timeout)
		}
		rec.results = []string{"exit: " + r.exitCode, "left running: " + r.pids.waitEmpty(exitGrace)}
	}
	return nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (r *programRun) waitPort(addr string) error {
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		select {
		case <-r.exited:
			return fmt.Errorf("exited (%s) before listening", r.exitCode)
		case <-r.ctx.Done():
			return fmt.Errorf("nothing listens on %s: %v", addr, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// gets sends the step's requests, one after the other or all at once.
func (r *programRun) gets(addr string, st programStep) []httpAnswer {
	results := make([]httpAnswer, st.count)
	if !st.flags["parallel"] {
		for i := range results {
			results[i] = r.get(addr, st.args[0], st.regexp)
		}
		return results
	}
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = r.get(addr, st.args[0], st.regexp)
		}()
	}
	wg.Wait()
	return results
}

// get is one GET on a connection of its own, as curl makes it: the status
// and the body (only its lines matching keep, when given), or what failed.
func (r *programRun) get(addr, path string, keep *regexp.Regexp) httpAnswer {
	res, err := r.client.Get("http://" + addr + path)
	if err != nil {
		return httpAnswer{failure: errorKind(err)}
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return httpAnswer{status: res.StatusCode, failure: errorKind(err)}
	}
	if keep != nil {
		var kept []string
		for _, l := range strings.SplitAfter(string(body), "\n") {
			if keep.MatchString(strings.TrimSuffix(l, "\n")) {
				kept = append(kept, l)
			}
		}
		body = []byte(strings.Join(kept, ""))
	}
	return httpAnswer{status: res.StatusCode, body: string(body)}
}

// errorKind names a client failure as a user would report it, without the
// addresses and ports that vary from run to run.
func errorKind(err error) string {
	var ne net.Error
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "connection closed early"
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	}
	return err.Error()
}

// handedOut holds the ports given to programs so far: the kernel may offer
// a port again as soon as its probe closes, but two programs of this test
// process (or two ports of one program) must not get the same one.
var handedOut = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

// freePort is a loopback port nothing listens on, not handed out before.
func freePort() (int, error) {
	handedOut.Lock()
	defer handedOut.Unlock()
	for range 100 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, err
		}
		p := l.Addr().(*net.TCPAddr).Port
		l.Close()
		if !handedOut.ports[p] {
			handedOut.ports[p] = true
			return p, nil
		}
	}
	return 0, errors.New("no free port found")
}

// transcript writes the records, the output lines (sorted: several
// processes write them) and nothing that varies between runs.
func (r *programRun) transcript(n *normalizer) string {
	norm := r.normalizeFunc(n)
	var b strings.Builder
	for _, rec := range r.records {
		fmt.Fprintf(&b, "> %s\n", rec.line)
		for _, s := range rec.results {
			fmt.Fprintf(&b, "  %s\n", norm(s))
		}
		answers := make([]string, len(rec.answers))
		for i, a := range rec.answers {
			answers[i] = a.format(norm)
		}
		if rec.distinct {
			answers = distinctSorted(answers)
		}
		groupCounts(&b, answers)
	}
	stdout, stderr := r.out.text()
	for _, o := range []struct{ name, text string }{{"stdout", stdout}, {"stderr", stderr}} {
		fmt.Fprintf(&b, "%s:\n", o.name)
		for _, l := range splitLines(sortLines(norm(o.text))) {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	return b.String()
}

// normalizeFunc replaces, in order: paths and the like (normalizer),
// the ports given to the program (<NAME>), the pids of its process group
// (<PID>), then the spec's masks.
func (r *programRun) normalizeFunc(n *normalizer) func(string) string {
	type portRule struct {
		re   *regexp.Regexp
		name string
	}
	var ports []portRule
	for name, p := range r.ports {
		ports = append(ports, portRule{regexp.MustCompile(`\b` + strconv.Itoa(p) + `\b`), "<" + name + ">"})
	}
	var pids []string
	for _, p := range r.pids.all() {
		pids = append(pids, strconv.Itoa(p))
	}
	var pidRe *regexp.Regexp
	if len(pids) > 0 {
		pidRe = regexp.MustCompile(`\b(?:` + strings.Join(pids, "|") + `)\b`)
	}
	return func(s string) string {
		s = n.apply(s)
		for _, p := range ports {
			s = p.re.ReplaceAllString(s, p.name)
		}
		if pidRe != nil {
			s = pidRe.ReplaceAllString(s, "<PID>")
		}
		for _, m := range r.spec.masks {
			s = m.re.ReplaceAllString(s, m.with)
		}
		return s
	}
}

// loadRun keeps conns clients requesting in a loop, each on a new
// connection, until stopped.
type loadRun struct {
	stopCh   chan struct{}
	wg       sync.WaitGroup
	mu       sync.Mutex
	answers  []httpAnswer // the distinct ones, failures included
	seen     map[httpAnswer]bool
	failed   int
	answered int
}

func startLoad(r *programRun, addr, path string, conns int) *loadRun {
	l := &loadRun{stopCh: make(chan struct{}), seen: map[httpAnswer]bool{}}
	for range conns {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			for {
				select {
				case <-l.stopCh:
					return
				case <-r.ctx.Done():
					return
				default:
				}
				got := r.get(addr, path, nil)
				l.mu.Lock()
				if got.ok() {
					l.answered++
				} else {
					l.failed++
				}
				if !l.seen[got] {
					l.seen[got] = true
					l.answers = append(l.answers, got)
				}
				l.mu.Unlock()
				time.Sleep(loadPause)
			}
		}()
	}
	return l
}

// stopAndWait ends the load and describes it: whether requests were
// answered and how many failed (there should be none), and the distinct
// answers and failures.
func (l *loadRun) stopAndWait() ([]string, []httpAnswer) {
	select {
	case <-l.stopCh:
	default:
		close(l.stopCh)
	}
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	return []string{fmt.Sprintf("answered: %v", l.answered > 0), fmt.Sprintf("failed: %d", l.failed)}, l.answers
}

// distinctSorted sorts lines and drops repeats: answers under load differ
// only by pid or time until normalised.
func distinctSorted(lines []string) []string {
	sorted := append([]string(nil), lines...)
	sort.Strings(sorted)
	out := sorted[:0]
	for i, l := range sorted {
		if i == 0 || l != sorted[i-1] {
			out = append(out, l)
		}
	}
	return out
}
