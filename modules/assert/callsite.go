package assert

import (
	"fmt"
	"net/url"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// falsyMessage builds Node's message for a failed assert(value) without a
// message: the source text of the call, read from the caller's file. It
// returns "" when the call cannot be found (eval code, a core module, a file
// that changed), where Node also falls back to "value == true".
func falsyMessage(vm *goja.Runtime) string {
	frames := vm.CaptureCallStack(0, nil)
	i := 0
	for i < len(frames) && frames[i].SrcName() == "<native>" {
		i++
	}
	for i < len(frames) && isAssertSource(frames[i].SrcName()) {
		i++
	}
	// Function.prototype.call/apply and Reflect.apply leave no frame in V8.
	for i < len(frames) && frames[i].SrcName() == "<native>" && (frames[i].FuncName() == "call" || frames[i].FuncName() == "apply") {
		i++
	}
	if i >= len(frames) || frames[i].SrcName() == "<native>" {
		return ""
	}
	pos := frames[i].Position()
	name := pos.Filename
	if name == "" || strings.HasPrefix(name, "node:") {
		return ""
	}
	if strings.HasPrefix(name, "file:") {
		u, err := url.Parse(name)
		if err != nil {
			return ""
		}
		name = u.Path
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return ""
	}
	src := string(data)
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	code, column, ok := callText(src, pos.Line, pos.Column)
	if !ok {
		return ""
	}
	return "The expression evaluated to a falsy value:\n\n  " + reindent(code, column) + "\n"
}

func isAssertSource(name string) bool {
	return name == "node:assert" || strings.HasPrefix(name, "node:internal/assert/")
}

// lineStart is the byte offset where 1-based line n begins.
func lineStart(src string, n int) (int, bool) {
	off := 0
	for l := 1; l < n; l++ {
		nl := strings.IndexByte(src[off:], '\n')
		if nl < 0 {
			return 0, false
		}
		off += nl + 1
	}
	return off, true
}

// callOffset finds the '(' of the call goja reported at line:col. goja
// counts columns in bytes, a source map may count UTF-16 units, and line 1
// of a CommonJS file is shifted by the module wrapper: each reading is tried.
func callOffset(src string, line, col int) (int, bool) {
	start, ok := lineStart(src, line)
	if !ok {
		return 0, false
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	text := src[start : start+end]
	candidates := []int{col - 1, utf16ToByte(text, col-1)}
	if line == 1 {
		const wrapperHead = len("(function (exports, require, module, __filename, __dirname) { ")
		candidates = append(candidates, col-1-wrapperHead)
	}
	for _, c := range candidates {
		if c < 0 || c >= len(text) {
			continue
		}
		if text[c] == '(' {
			return start + c, true
		}
		// A position on the callee (a name, or the dot before it, where a
		// source map may point): its argument list follows.
		if isIdentByte(text[c]) || text[c] == '.' {
			if p, ok := nextParen(src, start+c); ok {
				return p, true
			}
		}
	}
	return 0, false
}

func utf16ToByte(text string, units int) int {
	n := 0
	for i, r := range text {
		if n >= units {
			return i
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return -1
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
}

// nextParen skips a member chain (names, dots, spaces) to its '('.
func nextParen(src string, off int) (int, bool) {
	for off < len(src) {
		b := src[off]
		switch {
		case b == '(':
			return off, true
		case isIdentByte(b) || b == '.' || b == '?' || b == ' ' || b == '\t' || b == '\n' || b == '\r':
			off++
		default:
			return 0, false
		}
	}
	return 0, false
}

// callText returns the source of the call whose argument list opens at the
// reported position, and the column its text starts at.
func callText(src string, line, col int) (string, int, bool) {
	open, ok := callOffset(src, line, col)
	if !ok {
		return "", 0, false
	}
	start := calleeStart(src, open)
	// V8 reports a call by its callee; when the callee is not a property
	// access, Node quotes the innermost call around that spot, which is the
	// first call in the chain: `require('assert')(0)` shows require('assert').
	if !endsWithProperty(src[start:open]) && isIdentByte(src[start]) {
		if p, ok := nextParen(src, start); ok {
			open = p
		}
	}
	end, ok := matchingClose(src, open)
	if !ok {
		return "", 0, false
	}
	ls := strings.LastIndexByte(src[:start], '\n') + 1
	return escapeControls(src[start : end+1]), start - ls, true
}

// endsWithProperty reports whether a callee ends in ".name".
func endsWithProperty(callee string) bool {
	s := strings.TrimRight(callee, " \t\r\n")
	i := len(s)
	for i > 0 && isIdentByte(s[i-1]) {
		i--
	}
	if i == len(s) {
		return false
	}
	s = strings.TrimRight(s[:i], " \t\r\n")
	return strings.HasSuffix(s, ".")
}

// calleeStart walks back from a call's '(' over its callee: names joined by
// dots, and balanced [...] or (...) groups.
func calleeStart(src string, open int) int {
	i := open
	skipSpace := func() {
		for i > 0 && strings.IndexByte(" \t\r\n", src[i-1]) >= 0 {
			i--
		}
	}
	for {
		skipSpace()
		if i == 0 {
			return i
		}
		switch c := src[i-1]; {
		case isIdentByte(c):
			for i > 0 && isIdentByte(src[i-1]) {
				i--
			}
		case c == ')' || c == ']':
			j, ok := matchingOpen(src, i-1)
			if !ok {
				return i
			}
			i = j
		default:
			return i
		}
		// Continue only across a member access or a call on what precedes.
		j := i
		for j > 0 && strings.IndexByte(" \t\r\n", src[j-1]) >= 0 {
			j--
		}
		if j > 0 && src[j-1] == '.' {
			i = j - 1
			if i > 0 && src[i-1] == '?' {
				i--
			}
			continue
		}
		if i > 0 && (src[i] == '(' || src[i] == '[') && (isIdentByte(src[i-1]) || src[i-1] == ')' || src[i-1] == ']') {
			continue
		}
		return i
	}
}

func matchingOpen(src string, close int) (int, bool) {
	depth := 0
	for i := close; i >= 0; i-- {
		switch src[i] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return i, true
			}
		}
	}
	return 0, false
}

// matchingClose finds the ')' closing the '(' at open, skipping strings,
// template literals, comments and regular expressions.
func matchingClose(src string, open int) (int, bool) {
	s := &scanner{src: src, pos: open}
	depth := 0
	for s.pos < len(src) {
		c := src[s.pos]
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
			s.pos++
			s.last = c
		case c == ')' || c == ']' || c == '}':
			depth--
			if depth == 0 {
				return s.pos, true
			}
			s.pos++
			s.last = c
		default:
			if !s.skipToken() {
				return 0, false
			}
		}
	}
	return 0, false
}

type scanner struct {
	src  string
	pos  int
	last byte // last significant character, to tell a regex from a division
	word string
}

var regexAfterWord = map[string]bool{"return": true, "typeof": true, "case": true, "do": true, "else": true, "in": true, "of": true, "new": true, "delete": true, "void": true, "throw": true, "instanceof": true, "yield": true, "await": true}

// skipToken moves past one token other than a bracket.
func (s *scanner) skipToken() bool {
	src := s.src
	c := src[s.pos]
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		s.pos++
		return true
	case c == '\'' || c == '"':
		return s.skipQuoted(c)
	case c == '`':
		return s.skipTemplate()
	case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '/':
		nl := strings.IndexByte(src[s.pos:], '\n')
		if nl < 0 {
			return false
		}
		s.pos += nl
		return true
	case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '*':
		end := strings.Index(src[s.pos+2:], "*/")
		if end < 0 {
			return false
		}
		s.pos += end + 4
		return true
	case c == '/' && s.regexAllowed():
		return s.skipRegex()
	case isIdentByte(c):
		start := s.pos
		for s.pos < len(src) && isIdentByte(src[s.pos]) {
			s.pos++
		}
		s.word = src[start:s.pos]
		s.last = 'a'
		return true
	default:
		s.pos++
		s.last = c
		s.word = ""
		return true
	}
}

func (s *scanner) regexAllowed() bool {
	if s.last == 'a' {
		return regexAfterWord[s.word]
	}
	return s.last != ')' && s.last != ']' && s.last != '}'
}

func (s *scanner) skipQuoted(q byte) bool {
	for i := s.pos + 1; i < len(s.src); i++ {
		switch s.src[i] {
		case '\\':
			i++
		case '\n':
			return false
		case q:
			s.pos = i + 1
			s.last = 'a'
			s.word = ""
			return true
		}
	}
	return false
}

func (s *scanner) skipTemplate() bool {
	i := s.pos + 1
	for i < len(s.src) {
		switch s.src[i] {
		case '\\':
			i += 2
		case '`':
			s.pos = i + 1
			s.last = 'a'
			s.word = ""
			return true
		case '$':
			if i+1 < len(s.src) && s.src[i+1] == '{' {
				end, ok := matchingClose(s.src, i+1)
				if !ok {
					return false
				}
				i = end + 1
				continue
			}
			i++
		default:
			i++
		}
	}
	return false
}

func (s *scanner) skipRegex() bool {
	inClass := false
	for i := s.pos + 1; i < len(s.src); i++ {
		switch s.src[i] {
		case '\\':
			i++
		case '\n':
			return false
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				i++
				for i < len(s.src) && isIdentByte(s.src[i]) {
					i++
				}
				s.pos = i
				s.last = 'a'
				s.word = ""
				return true
			}
		}
	}
	return false
}

// escapeControls shows control characters other than tab and newlines as
// \u00XX escapes, as Node does in this message.
func escapeControls(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			fmt.Fprintf(&b, "\\u%04x", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// reindent strips, from every line after the first, the indentation up to
// the column the call started at, and indents them by two spaces.
func reindent(code string, column int) string {
	if !strings.Contains(code, "\n") {
		return code
	}
	lines := strings.Split(code, "\n")
	var b strings.Builder
	b.WriteString(lines[0])
	for _, l := range lines[1:] {
		p := 0
		for p < column && p < len(l) && (l[p] == ' ' || l[p] == '\t') {
			p++
		}
		b.WriteString("\n  ")
		b.WriteString(l[p:])
	}
	return b.String()
}
