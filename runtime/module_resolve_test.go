package runtime

import "testing"

// The requests node's EXPORTS_PATTERN splits, and those it leaves alone.
func TestExportsRequest(t *testing.T) {
	cases := []struct {
		request, name, rest string
		ok                  bool
	}{
		{"pkg", "pkg", "", true},
		{"pkg/sub/file.js", "pkg", "/sub/file.js", true},
		{"@scope/pkg", "@scope/pkg", "", true},
		{"@scope/pkg/sub", "@scope/pkg", "/sub", true},
		{"./rel", "", "", false},
		{".hidden", "", "", false},
		{"/abs", "", "", false},
		{"@scope", "", "", false},
		{"@/pkg", "", "", false},
		{"pk%g", "", "", false},
		{`a\b`, "", "", false},
	}
	for _, c := range cases {
		name, rest, ok := exportsRequest(c.request)
		if name != c.name || rest != c.rest || ok != c.ok {
			t.Errorf("exportsRequest(%q) = %q, %q, %v; want %q, %q, %v", c.request, name, rest, ok, c.name, c.rest, c.ok)
		}
	}
}

func TestNamesDirectory(t *testing.T) {
	for request, want := range map[string]bool{
		".": true, "..": true, "./": true, "a/": true, "a/.": true, "a/..": true,
		"a": false, "./a": false, "a/.b": false, "a..": false, "...": false,
	} {
		if got := namesDirectory(request); got != want {
			t.Errorf("namesDirectory(%q) = %v, want %v", request, got, want)
		}
	}
}
