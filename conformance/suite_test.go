package conformance

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConformance runs every script under testdata/ under gocluster (and,
// when node is on PATH, under node too) and compares both with the golden
// files recorded from node: <script>.out, <script>.err and <script>.code.
func TestConformance(t *testing.T) {
	requireSuite(t)
	if nodeNote != "" {
		t.Logf("%s: checking gocluster against the recordings only", nodeNote)
	}
	root, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	scenarios, err := discover(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(scenarios) == 0 {
		t.Fatal("no scripts under testdata/")
	}
	if knownFailures, err = readKnownFailures("known_failures.txt"); err != nil {
		t.Fatal(err)
	}
	board := &scoreboard{}
	// Cleanup runs once all parallel subtests are done: the table comes last.
	t.Cleanup(board.print)
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			r := row{name: sc.name, node: statusNotRun, gocluster: statusFail}
			defer func() { board.add(r) }()
			runScenario(t, sc, root, &r)
		})
	}
}

func runScenario(t *testing.T, sc *scenario, root string, r *row) {
	if err := sc.readHeader(); err != nil {
		t.Fatal(err)
	}
	run := func(exe string) (result, error) {
		res, err := execScript(t, exe, sc)
		n := newNormalizer(sc.dir, root, []string{exe}, sc.maskDurations)
		res.stdout, res.stderr = n.apply(res.stdout), n.apply(res.stderr)
		return res, err
	}

	if *update {
		res, err := run(nodeBin)
		if err != nil {
			r.node = statusFail
			t.Fatalf("node: %v", err)
		}
		if err := writeGolden(sc.path, res); err != nil {
			t.Fatal(err)
		}
		r.node = statusRecorded
	}
	want, err := readGolden(sc.path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("no golden files; record them with: go test ./conformance -update -run 'TestConformance/%s$'", sc.name)
	} else if err != nil {
		t.Fatal(err)
	}

	if nodeBin != "" && !*update {
		// Keeps the recordings honest: they must still be what node prints.
		res, err := run(nodeBin)
		judgeNode(t, r, err, compare(want, res, sc.unordered))
	}

	res, err := run(goclusterBin)
	reason, known := knownFailures[sc.name]
	judgeGocluster(t, r, err, compare(want, res, sc.unordered), reason, known)
}

// compare describes how got differs from want, or returns "".
func compare(want, got result, unordered bool) string {
	var b strings.Builder
	wantOut, gotOut := want.stdout, got.stdout
	if unordered {
		wantOut, gotOut = sortLines(wantOut), sortLines(gotOut)
	}
	if wantOut != gotOut {
		fmt.Fprintf(&b, "stdout (- node, + got):\n%s", lineDiff(wantOut, gotOut))
	}
	if want.stderr != got.stderr {
		fmt.Fprintf(&b, "stderr (- node, + got):\n%s", lineDiff(want.stderr, got.stderr))
	}
	if want.code != got.code {
		fmt.Fprintf(&b, "exit: node %s, got %s\n", want.code, got.code)
	}
	return b.String()
}

func writeGolden(script string, res result) error {
	files := map[string]string{".out": res.stdout, ".err": res.stderr, ".code": res.code + "\n"}
	for ext, content := range files {
		if err := os.WriteFile(script+ext, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func readGolden(script string) (result, error) {
	var res result
	for _, f := range []struct {
		ext string
		dst *string
	}{{".out", &res.stdout}, {".err", &res.stderr}, {".code", &res.code}} {
		b, err := os.ReadFile(script + f.ext)
		if err != nil {
			return res, err
		}
		*f.dst = string(b)
	}
	res.code = strings.TrimSpace(res.code)
	return res, nil
}
