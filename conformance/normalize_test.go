package conformance

import (
	"regexp"
	"sort"
	"strings"
)

// normalizer rewrites output that node itself varies from run to run or from
// machine to machine, and nothing else. It is applied to node's output (before
// recording or comparing) and to gocluster's alike.
type normalizer struct {
	// paths maps machine-specific strings to placeholders, longest first:
	// the script's directory (<DIR>), the testdata root (<TESTDATA>) and the
	// running executable (<EXEC>) depend on where the checkout and node live.
	paths []pathRule
	// maskDurations hides timings such as console.timeEnd's "1.234ms".
	maskDurations bool
}

type pathRule struct{ from, to string }

var (
	// Warnings carry the pid: "(node:12345) Warning: ...".
	pidRe = regexp.MustCompile(`\(node:\d+\)`)
	// Stack frames name node's internal functions and gocluster's own; the
	// frame list is engine detail, the lines around it are compared.
	frameRe = regexp.MustCompile(`^\s+at .*$`)
	// Follows from dropping frames: util.inspect counts shared cause frames.
	causeFramesRe = regexp.MustCompile(`^\s+\.\.\. \d+ lines matching cause stack trace \.\.\.$`)
	// "node:internal/modules/cjs/loader:1210" and "node:events:497": line
	// numbers of node's own sources change with every node release.
	internalLineRe = regexp.MustCompile(`\b(node:[a-z_]+(?:/[A-Za-z0-9_.-]+)*):\d+(?::\d+)?`)
	durationRe     = regexp.MustCompile(`\b\d+(?:\.\d+)?(?:ns|µs|us|ms|s)\b`)
)

func newNormalizer(dir, testdata string, execs []string, maskDurations bool) *normalizer {
	n := &normalizer{maskDurations: maskDurations}
	add := func(from, to string) {
		if from == "" || from == "/" {
			return
		}
		for _, r := range n.paths {
			if r.from == from {
				return
			}
		}
		n.paths = append(n.paths, pathRule{from, to})
	}
	for _, p := range withRealPaths(dir) {
		add(p, "<DIR>")
	}
	for _, p := range withRealPaths(testdata) {
		add(p, "<TESTDATA>")
	}
	for _, e := range execs {
		for _, p := range withRealPaths(e) {
			add(p, "<EXEC>")
		}
	}
	sort.SliceStable(n.paths, func(i, j int) bool { return len(n.paths[i].from) > len(n.paths[j].from) })
	return n
}

func (n *normalizer) apply(s string) string {
	for _, r := range n.paths {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	s = pidRe.ReplaceAllString(s, "(node:PID)")
	lines := strings.SplitAfter(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		if frameRe.MatchString(body) || causeFramesRe.MatchString(body) {
			// util.inspect opens an error's own properties at the end of
			// the last frame ("    at f (x.js:1:1) {"): keep the brace.
			if k := len(kept) - 1; strings.HasSuffix(body, " {") && k >= 0 {
				kept[k] = strings.TrimSuffix(kept[k], "\n") + " {\n"
			}
			continue
		}
		kept = append(kept, l)
	}
	s = strings.Join(kept, "")
	s = internalLineRe.ReplaceAllString(s, "$1:<LINE>")
	if n.maskDurations {
		s = durationRe.ReplaceAllString(s, "<DURATION>")
	}
	return s
}

// sortLines orders the lines of s, for scripts whose stdout comes from
// several processes at once (header "unordered").
func sortLines(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if !strings.HasSuffix(l, "\n") {
			lines[i] = l + "\n"
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}
