package runtime

import (
	"os"
	"strings"
)

// --env-file: node reads KEY=value lines into the environment before the
// program starts; a variable the environment already has keeps its value.
// The format is node 20's, quirks included (checked against node):
//
//   - `#` starts a comment only where a line starts; in an unquoted value
//     it ends the value;
//   - a key is whatever precedes the next `=`, trimmed, even across lines,
//     less an `export ` prefix; an empty key ends the file; CRLF is LF;
//   - a value in '', "" or `` may span lines and ends at the next such
//     quote (the rest of its line is ignored); in "" a \n is a newline;
//     a quote never closed is part of an unquoted value;
//   - an unquoted value is the rest of the line, trimmed.

// EnvFileNotFound is the error of an --env-file that cannot be read.
type EnvFileNotFound struct{ Path string }

func (e *EnvFileNotFound) Error() string { return e.Path + ": not found" }

// LoadEnvFiles sets, in order (a later file wins), the variables of the
// files at paths that the environment does not have already.
func LoadEnvFiles(paths []string) error {
	vars := map[string]string{}
	var order []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return &EnvFileNotFound{Path: p}
		}
		for _, kv := range parseEnvFile(string(data)) {
			if _, seen := vars[kv[0]]; !seen {
				order = append(order, kv[0])
			}
			vars[kv[0]] = kv[1]
		}
	}
	for _, k := range order {
		if _, set := os.LookupEnv(k); !set {
			_ = os.Setenv(k, vars[k])
		}
	}
	return nil
}

// parseEnvFile returns the key/value pairs of content, in file order.
func parseEnvFile(content string) [][2]string {
	var out [][2]string
	content = strings.ReplaceAll(content, "\r\n", "\n")
	for content != "" {
		switch content[0] {
		case '\n':
			content = content[1:]
			continue
		case '#':
			content = afterLine(content)
			continue
		}
		eq := strings.IndexByte(content, '=')
		if eq < 0 {
			break
		}
		key := strings.TrimSpace(content[:eq])
		content = content[eq+1:]
		if key == "" {
			break
		}
		// As node: what follows "export " is not trimmed again.
		key = strings.TrimPrefix(key, "export ")
		content = strings.TrimLeft(content, " \t")
		if content != "" && strings.IndexByte("'\"`", content[0]) >= 0 {
			q := content[0]
			if end := strings.IndexByte(content[1:], q); end >= 0 {
				value := content[1 : 1+end]
				if q == '"' {
					value = strings.ReplaceAll(value, `\n`, "\n")
				}
				out = append(out, [2]string{key, value})
				content = afterLine(content[1+end+1:])
				continue
			}
		}
		line := content
		if nl := strings.IndexByte(content, '\n'); nl >= 0 {
			line, content = content[:nl], content[nl+1:]
		} else {
			content = ""
		}
		if hash := strings.IndexByte(line, '#'); hash >= 0 {
			line = line[:hash]
		}
		out = append(out, [2]string{key, strings.TrimSpace(line)})
	}
	return out
}

// afterLine is what follows the end of s's first line.
func afterLine(s string) string {
	if nl := strings.IndexByte(s, '\n'); nl >= 0 {
		return s[nl+1:]
	}
	return ""
}
