package conformance

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"
)

// knownFailures maps a scenario to the reason gocluster does not match node
// yet. A listed scenario that fails is reported as skipped with its diff; a
// listed one that passes fails the suite, so the list cannot go stale.
var knownFailures map[string]string

// readKnownFailures reads lines of "scenario reason..."; # starts a comment.
func readKnownFailures(path string) (map[string]string, error) {
	out := map[string]string{}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		out[name] = strings.TrimSpace(reason)
	}
	return out, sc.Err()
}
