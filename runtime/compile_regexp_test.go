package runtime

import "testing"

func TestExpandLineAnchors(t *testing.T) {
	const start, end = `(?<=[\n\r\u2028\u2029]|^)`, `(?=[\n\r\u2028\u2029]|$)`
	for _, c := range []struct{ in, want string }{
		{`^a$`, start + `a` + end},
		{`[^$]\$$`, `[^$]\$` + end},
		{`[\]^$]x\^`, `[\]^$]x\^`},
		{`(^|,)b`, `(` + start + `|,)b`},
	} {
		if got := expandLineAnchors(c.in); got != c.want {
			t.Errorf("%s: %s, want %s", c.in, got, c.want)
		}
	}
	// A literal without the m flag, or in a comment, is left alone.
	src := "const a = /^x$/; // /^y$/m\nconst b = /^z$/m;"
	want := "const a = /^x$/; // /^y$/m\nconst b = /" + start + "z" + end + "/m;"
	if got := lowerPropertyEscapes(src); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
