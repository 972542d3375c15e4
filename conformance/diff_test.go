package conformance

import (
	"fmt"
	"strings"
)

const maxDiffLines = 60

// lineDiff is a minimal line diff (longest common subsequence) with a few
// lines of context, enough to read a failure in go test's output.
func lineDiff(want, got string) string {
	a, b := splitLines(want), splitLines(got)
	if len(a)*len(b) > 4_000_000 {
		return fmt.Sprintf("-%d lines\n+%d lines (too long to diff)\n", len(a), len(b))
	}
	// lcs[i][j] is the common length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte
		text string
	}
	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	const context = 3
	var out strings.Builder
	shown, lastShown := 0, -1
	for k, o := range ops {
		near := false
		for d := -context; d <= context && !near; d++ {
			near = k+d >= 0 && k+d < len(ops) && ops[k+d].kind != ' '
		}
		if !near {
			continue
		}
		if shown == maxDiffLines {
			out.WriteString("...\n")
			break
		}
		if lastShown >= 0 && k > lastShown+1 {
			out.WriteString("  ...\n")
		}
		fmt.Fprintf(&out, "%c %s\n", o.kind, o.text)
		shown, lastShown = shown+1, k
	}
	return out.String()
}

// splitLines splits s into lines; a last line without its newline is marked,
// since a missing final newline is a real difference.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if last := len(lines) - 1; lines[last] == "" {
		lines = lines[:last]
	} else {
		lines[last] += " [no newline at end]"
	}
	return lines
}
