package main

import (
	"fmt"
	"regexp"
	"strings"
)

// verdict is how one test ended, in the words of the table.
type verdict string

const (
	pass    verdict = "pass"
	fail    verdict = "FAIL"
	skip    verdict = "skip"
	timeout verdict = "TIMEOUT"
)

// run is what one test printed and how it exited.
type run struct {
	stdout, stderr string
	exitCode       int    // -1 when a signal ended it
	signal         string // "SIGABRT", ... or ""
	timedOut       bool
}

// skipLine is what common.skip() prints before it exits 0; Node's runner
// looks for the same "# SKIP..." marker.
var skipLine = regexp.MustCompile(`(?im)^1\.\.0 # Skip\S*\s+(.*)$`)

// classify turns a run into a verdict and a one-line reason: exit 0 passes,
// unless the test said it skipped itself.
func classify(r run) (verdict, string) {
	switch {
	case r.timedOut:
		return timeout, "timed out"
	case r.signal != "":
		return fail, "killed by " + r.signal
	case r.exitCode != 0:
		return fail, fmt.Sprintf("exit code %d", r.exitCode)
	}
	if m := skipLine.FindStringSubmatch(r.stdout); m != nil {
		return skip, strings.TrimSpace(m[1])
	}
	return pass, ""
}

// errorLine is the head of an uncaught error in Node's fatal report
// ("TypeError [CODE]: ...", "AssertionError [ERR_ASSERTION]: ...").
var errorLine = regexp.MustCompile(`^(?:Uncaught )?(?:[A-Z]\w*)?(?:Error|Exception)\b.*:`)

// cause picks the line that says why a test failed: the first error head
// on stderr, else common.mustCall's "Mismatched ..." report on stdout.
func cause(stdout, stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		if errorLine.MatchString(line) {
			return strings.TrimSpace(line)
		}
	}
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "Mismatched ") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// excerpt is the first n non-blank lines of s, for a failure's report.
func excerpt(s string, n int) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r ")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(out) == n {
			out = append(out, "...")
			break
		}
		out = append(out, line)
	}
	return out
}
