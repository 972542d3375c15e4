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
	if err := noteInputs(".."); err != nil {
		t.Fatal(err)
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	if *update && nodeBin == "" {
		t.Fatalf("-update records from node: %s", nodeNote)
	}
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
		switch d := compare(want, res, sc.unordered); {
		case err != nil:
			r.node = statusFail
			t.Errorf("node: %v\n%s", err, d)
		case d != "":
			r.node = statusFail
			t.Errorf("node no longer prints what the golden files hold (re-record with -update if that is right):\n%s", d)
		default:
			r.node = statusPass
		}
	}

	res, err := run(goclusterBin)
	reason, known := knownFailures[sc.name]
	switch d := compare(want, res, sc.unordered); {
	case (err != nil || d != "") && known:
		r.gocluster = statusKnown
		t.Skipf("known failure (%s):\n%v\n%s", reason, err, d)
	case err != nil:
		t.Errorf("gocluster: %v\n%s", err, d)
	case d != "":
		t.Errorf("gocluster differs from node:\n%s", d)
	case known:
		t.Errorf("listed in known_failures.txt but passes now: remove it from the list")
	default:
		r.gocluster = statusPass
	}
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
