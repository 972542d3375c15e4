package http

import (
	"math"
	"testing"
)

// The helpers renderHead decides with must read values as Node's regular
// expressions and operators do.
func TestHeadHelpers(t *testing.T) {
	words := []struct {
		s, word string
		want    bool
	}{
		{"close", "close", true},
		{"Keep-Alive, CLOSE", "close", true},
		{"closed", "close", false},
		{"x_close", "close", false},
		{"gzip,chunked", "chunked", true},
		{"chunked2", "chunked", false},
		{"", "close", false},
	}
	for _, c := range words {
		if got := hasWord(c.s, c.word); got != c.want {
			t.Errorf("hasWord(%q, %q) = %v", c.s, c.word, got)
		}
	}
	for s, want := range map[string]bool{
		"Content-Type": true, "x!#$%&'*+.^_`|~": true, "": false, "a b": false, "a:b": false, "é": false,
	} {
		if got := isToken(s); got != want {
			t.Errorf("isToken(%q) = %v", s, got)
		}
	}
	for f, want := range map[float64]int32{
		2.9: 2, -1.5: -1, 4294967297: 1, 2147483648: -2147483648, math.NaN(): 0, math.Inf(1): 0,
	} {
		if got := toInt32(f); got != want {
			t.Errorf("toInt32(%v) = %d, want %d", f, got, want)
		}
	}
	for s, want := range map[string]bool{"expect": true, "Trailer": true, "content-disposition": true, "Date": false} {
		if got := jsOnlyHeader(s); got != want {
			t.Errorf("jsOnlyHeader(%q) = %v", s, got)
		}
	}
}
