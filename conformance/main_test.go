package conformance

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	gort "github.com/gocluster/gocluster/runtime"
)

var update = flag.Bool("update", false, "re-record the golden files by running node")

var (
	goclusterBin string // built once in TestMain
	buildErr     error
	nodeBin      string // "" when node is not on PATH or not the oracle
	nodeNote     string // why nodeBin is ""
)

func TestMain(m *testing.M) {
	flag.Parse()
	tmp, err := os.MkdirTemp("", "conformance-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	goclusterBin = filepath.Join(tmp, "gocluster")
	build := exec.Command(goTool(), "build", "-o", goclusterBin, "github.com/gocluster/gocluster/cmd/gocluster")
	if out, err := build.CombinedOutput(); err != nil {
		// Reported by TestConformance, so the output still ends as go test's does.
		buildErr = fmt.Errorf("building gocluster: %v\n%s", err, out)
	}
	nodeBin, nodeNote = findNode()
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// findNode returns node if it is the release gocluster reproduces: the
// recordings hold its version line ("Node.js v20.20.2"), so any other
// release would fail every scenario that prints an error.
func findNode() (path, note string) {
	p, err := exec.LookPath("node")
	if err != nil {
		return "", "node is not on PATH"
	}
	if p, err = filepath.Abs(p); err != nil {
		return "", err.Error()
	}
	out, err := exec.Command(p, "--version").Output()
	if v := strings.TrimSpace(string(out)); err != nil || v != gort.NodeVersion {
		return "", fmt.Sprintf("%s is %q, not %s", p, v, gort.NodeVersion)
	}
	return p, ""
}

// noteInputs opens every file of the module. The binary under test is built
// by a child go build, which go test's result cache does not see; the files
// the test process opens once m.Run has started are part of the cache key,
// so a change to any source, script or fixture makes go test run the suite
// again instead of reporting a cached result.
func noteInputs(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && p != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		return f.Close()
	})
}

// goTool is the go command of the toolchain running the tests.
func goTool() string {
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", "go"); fileExists(p) {
			return p
		}
	}
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "go"
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// Status of one side of a scenario, for the closing table.
const (
	statusPass     = "pass"
	statusFail     = "FAIL"
	statusNotRun   = "-"
	statusRecorded = "recorded"
	statusKnown    = "known"
	statusSkipped  = "skip" // a program whose requirement is not installed
)

type row struct{ name, node, gocluster string }

// scoreboard gathers the parallel subtests' outcomes for the closing table.
type scoreboard struct {
	mu    sync.Mutex
	rows  []row
	title string // of the summary line; "conformance" when empty
}

func (s *scoreboard) add(r row) {
	s.mu.Lock()
	s.rows = append(s.rows, r)
	s.mu.Unlock()
}

// print writes the table and the summary line; a scenario passes when
// neither side failed.
func (s *scoreboard) print() {
	s.mu.Lock()
	defer s.mu.Unlock()
	sort.Slice(s.rows, func(i, j int) bool { return s.rows[i].name < s.rows[j].name })
	width := len("scenario")
	for _, r := range s.rows {
		width = max(width, len(r.name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-*s  %-8s  %s\n", width, "scenario", "node", "gocluster")
	passed, failed, known := 0, 0, 0
	for _, r := range s.rows {
		fmt.Fprintf(&b, "%-*s  %-8s  %s\n", width, r.name, r.node, r.gocluster)
		switch {
		case r.node == statusFail || r.gocluster == statusFail:
			failed++
		case r.gocluster == statusKnown || r.gocluster == statusSkipped:
			known++
		default:
			passed++
		}
	}
	title := s.title
	if title == "" {
		title = "conformance"
	}
	fmt.Fprintf(&b, "%s: %d passed, %d failed, %d skipped\n", title, passed, failed, known)
	fmt.Print(b.String())
}

// requireSuite stops a suite that cannot run: gocluster did not build, or
// -update has no node to record from. It also notes the inputs (noteInputs).
func requireSuite(t *testing.T) {
	if err := noteInputs(".."); err != nil {
		t.Fatal(err)
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	if *update && nodeBin == "" {
		t.Fatalf("-update records from node: %s", nodeNote)
	}
}

// judgeNode sets the node column from node's run (err) and how it differs
// from the recording (diff): the recordings must stay what node does.
func judgeNode(t *testing.T, r *row, err error, diff string) {
	switch {
	case err != nil:
		r.node = statusFail
		t.Errorf("node: %v\n%s", err, diff)
	case diff != "":
		r.node = statusFail
		t.Errorf("node no longer does what the recording holds (re-record with -update if that is right):\n%s", diff)
	default:
		r.node = statusPass
	}
}

// judgeGocluster sets the gocluster column; a known failure is skipped with
// its reason, and one that passes fails so the list cannot go stale.
func judgeGocluster(t *testing.T, r *row, err error, diff, knownReason string, known bool) {
	switch {
	case (err != nil || diff != "") && known:
		r.gocluster = statusKnown
		t.Skipf("known failure (%s):\n%v\n%s", knownReason, err, diff)
	case err != nil:
		t.Errorf("gocluster: %v\n%s", err, diff)
	case diff != "":
		t.Errorf("gocluster differs from node:\n%s", diff)
	case known:
		t.Errorf("listed as a known failure but passes now: remove it from the list")
	default:
		r.gocluster = statusPass
	}
}
