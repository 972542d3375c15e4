package conformance

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "re-record the golden files by running node")

var (
	goclusterBin string // built once in TestMain
	buildErr     error
	nodeBin      string // "" when node is not on PATH
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
	if p, err := exec.LookPath("node"); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			nodeBin = abs
		}
	}
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
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
)

type row struct{ name, node, gocluster string }

// scoreboard gathers the parallel subtests' outcomes for the closing table.
type scoreboard struct {
	mu   sync.Mutex
	rows []row
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
	passed, failed := 0, 0
	for _, r := range s.rows {
		fmt.Fprintf(&b, "%-*s  %-8s  %s\n", width, r.name, r.node, r.gocluster)
		if r.node == statusFail || r.gocluster == statusFail {
			failed++
		} else {
			passed++
		}
	}
	fmt.Fprintf(&b, "conformance: %d passed, %d failed\n", passed, failed)
	fmt.Print(b.String())
}
