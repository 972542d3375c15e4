package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// testFile is one of Node's test scripts.
type testFile struct {
	name       string   // "parallel/test-cluster-basic.js"
	path       string   // absolute
	sequential bool     // test/sequential: may use fixed ports, runs alone
	flags      []string // from the "// Flags:" header
}

// findTests lists test/{parallel,sequential}/test-cluster-*.js under root,
// the folder that holds test/ (or test/ itself), sorted by name.
func findTests(root, family string, filter *regexp.Regexp) ([]testFile, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	testDir := filepath.Join(root, "test")
	if _, err := os.Stat(filepath.Join(testDir, "common", "index.js")); err != nil {
		if filepath.Base(root) == "test" {
			testDir = root
		}
		if _, err := os.Stat(filepath.Join(testDir, "common", "index.js")); err != nil {
			return nil, fmt.Errorf("%s: no test/common/index.js (want a copy of Node's test/ folder)", root)
		}
	}
	var tests []testFile
	for _, suite := range []string{"parallel", "sequential"} {
		matches, err := filepath.Glob(filepath.Join(testDir, suite, "test-"+family+"-*.js"))
		if err != nil {
			return nil, err
		}
		for _, p := range matches {
			name := suite + "/" + filepath.Base(p)
			if filter != nil && !filter.MatchString(name) {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			tests = append(tests, testFile{
				name:       name,
				path:       p,
				sequential: suite == "sequential",
				flags:      parseFlags(string(src)),
			})
		}
	}
	sort.Slice(tests, func(i, j int) bool { return tests[i].name < tests[j].name })
	return tests, nil
}

// flagsHeader is how Node's test runner finds a test's command-line flags.
var flagsHeader = regexp.MustCompile(`(?m)^//\s+Flags:(.*)$`)

// parseFlags returns the flags named by the first "// Flags:" line.
func parseFlags(src string) []string {
	m := flagsHeader.FindStringSubmatch(src)
	if m == nil {
		return nil
	}
	return strings.Fields(m[1])
}
