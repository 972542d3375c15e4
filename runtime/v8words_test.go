package runtime

import "testing"

func TestV8Words(t *testing.T) {
	cases := []struct {
		msg, line string
		col       int
		want      string
		wantCol   int
		ok        bool
	}{
		{"Object has no member 'fork'", "  cluster.fork();", 15, "cluster.fork is not a function", 11, true},
		{"Object has no member 'b'", "obj.a.b ();", 9, "obj.a.b is not a function", 7, true},
		{"Object has no member 'x'", "(f()).x();", 8, "", 0, false},
		{"Cannot read property 'h' of undefined or null", "f.g.h();", 3, "Cannot read properties of undefined (reading 'h')", 5, true},
		{"Cannot read property 'x' of undefined", "console.log(o.x);", 15, "Cannot read properties of undefined (reading 'x')", 15, true},
		{"Cannot read property 'x' of null", "a.xy.x", 1, "Cannot read properties of null (reading 'x')", 6, true},
		{"Assignment to constant variable.", "c = 2", 1, "", 0, false},
	}
	for _, c := range cases {
		got, col, ok := v8Words(c.msg, c.line, c.col)
		if got != c.want || col != c.wantCol || ok != c.ok {
			t.Errorf("v8Words(%q, %q, %d) = %q, %d, %v; want %q, %d, %v", c.msg, c.line, c.col, got, col, ok, c.want, c.wantCol, c.ok)
		}
	}
}

func TestV8WordsNotCallable(t *testing.T) {
	for _, c := range []struct {
		msg, line string
		col       int
		want      string
		wantCol   int
	}{
		{"Value is not an object: undefined", "let g; g();", 8, "g is not a function", 8},
		{"Value is not an object: 1", "const o = {x: 1}; o.x();", 21, "o.x is not a function", 21},
		{"Value is not an object: undefined", "const o = {}; new o.x();", 15, "o.x is not a constructor", 15},
		{"Value is not a constructor", "const ch = new chalk.constructor ? 1 : 2;", 11, "chalk.constructor is not a constructor", 12},
	} {
		got, col, ok := v8Words(c.msg, c.line, c.col)
		if !ok || got != c.want || col != c.wantCol {
			t.Errorf("%q at %d: %q %d %v, want %q %d", c.line, c.col, got, col, ok, c.want, c.wantCol)
		}
	}
	// Not at a call: left as goja words it.
	if _, _, ok := v8Words("Value is not an object: undefined", "Object.keys(x);", 13); ok {
		t.Error("reworded what is not a call")
	}
}
