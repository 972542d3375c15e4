package main

import (
	"fmt"
	"io"
	"strings"
)

// counts are one engine's totals.
type counts struct{ passed, failed, skipped int }

func (c *counts) add(v verdict) {
	switch v {
	case pass:
		c.passed++
	case skip:
		c.skipped++
	default:
		c.failed++
	}
}

func (c counts) String() string {
	return fmt.Sprintf("%d passed, %d failed, %d skipped", c.passed, c.failed, c.skipped)
}

// report prints the table (one column per engine; a failure's reason and
// first lines of output under its row), then the totals. gocluster is the
// last engine and its totals are the "nodetests:" line. It reports whether
// any test failed under gocluster.
func report(w io.Writer, engines []*engine, tests []testFile, results [][]result) bool {
	width := len("test")
	for _, t := range tests {
		width = max(width, len(t.name))
	}
	fmt.Fprintf(w, "%-*s", width+2, "test")
	for _, e := range engines {
		fmt.Fprintf(w, "%-11s", e.name)
	}
	fmt.Fprintln(w)
	totals := make([]counts, len(engines))
	for i, t := range tests {
		fmt.Fprintf(w, "%-*s", width+2, t.name)
		for j := range engines {
			r := results[j][i]
			totals[j].add(r.verdict)
			fmt.Fprintf(w, "%-11s", r.verdict)
		}
		fmt.Fprintln(w)
		for j, e := range engines {
			r := results[j][i]
			if len(r.dropped) > 0 {
				fmt.Fprintf(w, "    %s: left out %s (not accepted), ran with NODE_SKIP_FLAG_CHECK=1\n", e.name, strings.Join(r.dropped, " "))
			}
			if r.verdict == skip {
				fmt.Fprintf(w, "    %s: skipped: %s\n", e.name, r.reason)
			}
			if r.verdict != fail && r.verdict != timeout {
				continue
			}
			fmt.Fprintf(w, "    %s: %s after %.1fs", e.name, r.reason, r.elapsed.Seconds())
			if r.cause != "" {
				fmt.Fprintf(w, ": %s", r.cause)
			}
			fmt.Fprintln(w)
			for _, l := range r.lines {
				fmt.Fprintf(w, "    | %s\n", l)
			}
		}
	}
	fmt.Fprintln(w)
	for j, e := range engines[:len(engines)-1] {
		fmt.Fprintf(w, "%s: %s\n", e.name, totals[j])
	}
	gc := totals[len(totals)-1]
	fmt.Fprintf(w, "nodetests: %s\n", gc)
	return gc.failed > 0
}
