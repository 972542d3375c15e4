package runtime

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// goja words some TypeErrors it throws itself differently from V8, and a
// fatal report shows them next to node's. The report rewrites the common
// ones into V8's words; V8 names the callee of a failed call, which goja
// does not, so that text comes from the source line at the throw site.
var (
	gojaReadOf   = lazyRegexp(`^Cannot read property '(.*)' of (undefined or null|undefined|null)$`)
	gojaNoMember = lazyRegexp(`^Object has no member '(.*)'$`)
	// A call or new of something that is not a function: goja names the
	// value, V8 the expression.
	gojaNotCallable = lazyRegexp(`^Value is not (?:an object: .*|a constructor)$`)
)

// v8Words returns V8's message for goja's msg thrown at column col of line
// (1-based), and the column V8's caret would mark; ok is false when msg is
// not one goja words differently.
func v8Words(msg, line string, col int) (string, int, bool) {
	if m := gojaReadOf().FindStringSubmatch(msg); m != nil {
		of := m[2]
		if of != "null" {
			of = "undefined"
		}
		// V8's caret marks the property read.
		if i := memberAt(line, m[1], col); i >= 0 {
			col = i + 1
		}
		return "Cannot read properties of " + of + " (reading '" + m[1] + "')", col, true
	}
	if m := gojaNoMember().FindStringSubmatch(msg); m != nil {
		// The column is at the callee's last name, or (goja's own) at the
		// call's '(': either way the callee ends before the '('.
		if col < 1 || col > len(line) {
			return "", 0, false
		}
		stop := col - 1
		for stop < len(line) && isNameByte(line[stop]) {
			stop++
		}
		end := strings.TrimRight(line[:stop], " \t")
		start := len(end)
		for start > 0 && isChainByte(end[start-1]) {
			start--
		}
		callee := end[start:]
		if !strings.HasSuffix(callee, "."+m[1]) || strings.HasPrefix(callee, ".") {
			return "", 0, false
		}
		return callee + " is not a function", len(end) - len(m[1]) + 1, true
	}
	if gojaNotCallable().MatchString(msg) && col >= 1 && col <= len(line) {
		at := col - 1
		for at < len(line) && (line[at] == ' ' || line[at] == '\t') {
			at++ // goja's column may be the blank before new
		}
		rest, what := line[at:], " is not a function"
		if strings.HasPrefix(rest, "new ") {
			rest, what = strings.TrimLeft(rest[len("new "):], " "), " is not a constructor"
		}
		n := 0
		for n < len(rest) && isChainByte(rest[n]) {
			n++
		}
		callee := rest[:n]
		if what == " is not a function" {
			// goja's column is at a member call's last name: the callee
			// starts further left.
			start := at
			for start > 0 && isChainByte(line[start-1]) {
				start--
			}
			callee = line[start:at] + callee
		}
		// new X needs no parentheses; a call does.
		called := strings.HasPrefix(strings.TrimLeft(rest[n:], " "), "(")
		if callee == "" || strings.HasPrefix(callee, ".") || strings.HasSuffix(callee, ".") ||
			!called && what != " is not a constructor" {
			return "", 0, false
		}
		return callee + what, at + 1, true
	}
	return "", 0, false
}

func isChainByte(c byte) bool { return c == '.' || isNameByte(c) }

func isNameByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// memberAt finds ".name" (a whole name) in line from about col on and
// returns the 0-based index of name, or -1.
func memberAt(line, name string, col int) int {
	from := max(col-2, 0)
	for from < len(line) {
		i := strings.Index(line[from:], "."+name)
		if i < 0 {
			return -1
		}
		at := from + i + 1
		if end := at + len(name); end == len(line) || !isChainByte(line[end]) || line[end] == '.' {
			return at
		}
		from = at
	}
	return -1
}

// reword puts V8's words into an error goja threw, before it is reported
// at where: its message, the head of its stack, and the caret's column.
func (rt *Runtime) reword(v goja.Value, where *site) {
	o, ok := v.(*goja.Object)
	if !ok || o == nil || where == nil || !rt.isError(o) {
		return
	}
	line, ok := rt.sourceLine(where.file, where.line)
	if !ok {
		return
	}
	msg := o.Get("message")
	if msg == nil {
		return
	}
	old := msg.String()
	words, col, ok := v8Words(old, line, where.col)
	if !ok {
		return
	}
	_ = o.Set("message", words)
	if stack := o.Get("stack"); stack != nil {
		text := strings.Replace(stack.String(), ": "+old, ": "+words, 1)
		// The top frame's column moves with the caret (the text may still
		// hold goja's raw column).
		at := regexp.MustCompile(regexp.QuoteMeta(fmt.Sprintf("%s:%d:", where.file, where.line)) + `\d+`)
		if loc := at.FindStringIndex(text); loc != nil {
			text = text[:loc[0]] + fmt.Sprintf("%s:%d:%d", where.file, where.line, col) + text[loc[1]:]
		}
		_ = o.Set("stack", text)
	}
	where.col = col
}
