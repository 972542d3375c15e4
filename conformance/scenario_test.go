package conformance

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

const defaultTimeout = 20 * time.Second

// scenario is one script of testdata/ and what its header asks for.
type scenario struct {
	name string // path under testdata/, with forward slashes
	path string // absolute path of the script
	dir  string // absolute directory: the script's cwd

	args          []string
	timeout       time.Duration
	maskDurations bool
	unordered     bool
}

// discover lists the scripts under root. Folders named _helpers, fixtures or
// node_modules and files starting with "_" hold code that scripts require;
// they are not scenarios themselves.
func discover(root string) ([]*scenario, error) {
	var out []*scenario
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (name == "_helpers" || name == "fixtures" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(name) {
		case ".js", ".mjs", ".cjs":
		default:
			return nil
		}
		if strings.HasPrefix(name, "_") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		out = append(out, &scenario{
			name:    filepath.ToSlash(rel),
			path:    abs,
			dir:     filepath.Dir(abs),
			timeout: defaultTimeout,
		})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, err
}

// readHeader applies the "// conformance: ..." directives of the script's
// leading comment block, one directive a line:
//
//	// conformance: timeout=60s
//	// conformance: args=a b c
//	// conformance: mask-durations
//	// conformance: unordered
func (sc *scenario) readHeader() error {
	f, err := os.Open(sc.path)
	if err != nil {
		return err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	inComments := false
	for first := true; s.Scan(); first = false {
		line := strings.TrimSpace(s.Text())
		// 'use strict' may open the file, before the header comments.
		if (first && strings.HasPrefix(line, "#!")) || line == "" || (!inComments && isUseStrict(line)) {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			break
		}
		inComments = true
		d, ok := strings.CutPrefix(line, "// conformance:")
		if !ok {
			continue
		}
		if err := sc.directive(strings.TrimSpace(d)); err != nil {
			return fmt.Errorf("%s: %v", sc.name, err)
		}
	}
	return s.Err()
}

func isUseStrict(line string) bool {
	return line == "'use strict';" || line == `"use strict";`
}

func (sc *scenario) directive(d string) error {
	key, val, hasVal := strings.Cut(d, "=")
	switch {
	case key == "timeout" && hasVal:
		t, err := time.ParseDuration(val)
		if err != nil || t <= 0 {
			return fmt.Errorf("bad timeout %q", val)
		}
		sc.timeout = t
	case key == "args" && hasVal:
		sc.args = strings.Fields(val)
	case key == "mask-durations" && !hasVal:
		sc.maskDurations = true
	case key == "unordered" && !hasVal:
		sc.unordered = true
	default:
		// A typo would silently change what is compared: refuse it.
		return fmt.Errorf("unknown conformance directive %q", d)
	}
	return nil
}
