package assert

import (
	"strings"
	"testing"
)

// at returns the 1-based line and byte column of the n-th (0-based)
// occurrence of marker in src, as goja reports a call's '('.
func at(t *testing.T, src, marker string, n int) (int, int) {
	t.Helper()
	off := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(src[off+1:], marker)
		if j < 0 {
			t.Fatalf("marker %q #%d not in %q", marker, n, src)
		}
		off += j + 1
	}
	line := strings.Count(src[:off], "\n") + 1
	col := off - (strings.LastIndexByte(src[:off], '\n') + 1) + 1
	return line, col
}

func TestCallText(t *testing.T) {
	cases := []struct {
		name, src, marker string
		n                 int
		want              string
		column            int
	}{
		{"plain", "assert(0);", "(", 0, "assert(0)", 0},
		{"member", "  assert.ok(x > 1);", "(", 0, "assert.ok(x > 1)", 2},
		{"call method", "assert.ok.call(null, '');", "(", 0, "assert.ok.call(null, '')", 0},
		{"first call of chain", "require('assert')(0);", "(", 1, "require('assert')", 0},
		{"callee is a call", "x.y.z()(0);", "(", 1, "x.y.z()", 0},
		{"after operator", "a || assert(v === 2);", "(", 0, "assert(v === 2)", 5},
		{"after return", "return assert(v);", "(", 0, "assert(v)", 7},
		{"paren in string", "assert('(' === ')');", "(", 0, "assert('(' === ')')", 0},
		{"paren in regexp", "assert(/\\)/.test('a'));", "(", 0, "assert(/\\)/.test('a'))", 0},
		{"division", "assert(1 / 2 / 3 > 1);", "(", 0, "assert(1 / 2 / 3 > 1)", 0},
		{"template", "assert(`x${f(')')}y` === 'z');", "(", 0, "assert(`x${f(')')}y` === 'z')", 0},
		{"comment", "assert(/* ) */ (1, 0));", "(", 0, "assert(/* ) */ (1, 0))", 0},
		{"line comment", "assert(a, // )\n  b);", "(", 0, "assert(a, // )\n  b)", 0},
		{"multi-line", "  assert(\n    a,\n    b\n  );", "(", 0, "assert(\n    a,\n    b\n  )", 2},
		{"position on name", "assert.ok(0);", "ok", 0, "assert.ok(0)", 0},
		{"position on dot", "assert.ok(0);", ".", 0, "assert.ok(0)", 0},
		{"optional call", "a?.b(0);", "(", 0, "a?.b(0)", 0},
		{"computed member", "o['k'](0);", "(", 0, "o['k'](0)", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line, col := at(t, c.src, c.marker, c.n)
			got, column, ok := callText(c.src, line, col)
			if !ok || got != c.want || column != c.column {
				t.Errorf("callText(%q) = %q, %d, %v; want %q, %d", c.src, got, column, ok, c.want, c.column)
			}
		})
	}
}

func TestCallTextWrapperShift(t *testing.T) {
	// On line 1 of a CommonJS file goja's column includes the module wrapper.
	src := "assert(0); assert(1);"
	const head = len("(function (exports, require, module, __filename, __dirname) { ")
	got, _, ok := callText(src, 1, 18+head)
	if !ok || got != "assert(1)" {
		t.Errorf("got %q, %v", got, ok)
	}
}

func TestCallTextUTF16Column(t *testing.T) {
	// A source map counts UTF-16 units: 'é' is one unit but two bytes.
	src := "const é = 1; assert(é);"
	got, _, ok := callText(src, 1, 20)
	if !ok || got != "assert(é)" {
		t.Errorf("got %q, %v", got, ok)
	}
}

func TestCallTextNotFound(t *testing.T) {
	for _, c := range []struct {
		src       string
		line, col int
	}{
		{"assert(0", 1, 7},   // never closed
		{"x = 1 + 2;", 1, 5}, // not a call
		{"assert(0);", 3, 1}, // no such line
	} {
		if got, _, ok := callText(c.src, c.line, c.col); ok {
			t.Errorf("callText(%q, %d, %d) = %q, want not found", c.src, c.line, c.col, got)
		}
	}
}

func TestReindentAndEscape(t *testing.T) {
	if got := reindent("assert(\n    a,\n\t\tb)", 2); got != "assert(\n    a,\n  b)" {
		t.Errorf("reindent spaces: %q", got)
	}
	if got := reindent("assert(\n\t\tfalse\n\t)", 1); got != "assert(\n  \tfalse\n  )" {
		t.Errorf("reindent tabs: %q", got)
	}
	if got := escapeControls("a\x01b\x1fc\td\n"); got != `a\u0001b\u001fc`+"\td\n" {
		t.Errorf("escapeControls: %q", got)
	}
}
