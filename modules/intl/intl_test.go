package intl

import (
	"reflect"
	"testing"
	"unicode/utf16"
)

func TestGraphemeBreaks(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []int
	}{
		{"", nil},
		{"ab", []int{0, 1, 2}},
		{"a\r\nb", []int{0, 1, 3, 4}},
		{"\U0001F1E9\U0001F1EA\U0001F1EB", []int{0, 4, 6}}, // a flag, then a lone indicator
		{"\U0001F468\u200D\U0001F469x", []int{0, 5, 6}},    // GB11
		{"\u0915\u094D\u0937\u093F", []int{0, 4}},          // GB9c
		{"\u0915\u0937", []int{0, 1, 2}},                   // no linker between
		{"\u1100\u1161\u11A8\uAC00", []int{0, 3, 4}},       // L V T, then LV
		{"\u0600\u0661", []int{0, 2}},                      // Prepend
		{"\U0001F44D\U0001F3FD\u0301", []int{0, 5}},        // modifier and mark extend
	} {
		if got := graphemeBreaks(utf16.Encode([]rune(c.s))); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+q: got %v, want %v", c.s, got, c.want)
		}
	}
	// A lone surrogate is a control: a cluster of its own.
	if got := graphemeBreaks([]uint16{0xD800, 'x'}); !reflect.DeepEqual(got, []int{0, 1, 2}) {
		t.Errorf("lone surrogate: got %v", got)
	}
}

func TestOffsetName(t *testing.T) {
	for _, c := range []struct {
		offset      int
		short, long string
	}{
		{0, "GMT+0", "GMT+00:00"},
		{-4 * 3600, "GMT-4", "GMT-04:00"},
		{5*3600 + 1800, "GMT+5:30", "GMT+05:30"},
		{-(16*60 + 8), "GMT-0:16:08", "GMT-00:16:08"},
	} {
		if s, l := offsetName(c.offset, false), offsetName(c.offset, true); s != c.short || l != c.long {
			t.Errorf("%d: got %q %q, want %q %q", c.offset, s, l, c.short, c.long)
		}
	}
}

func TestZoneNames(t *testing.T) {
	if z := canonicalZone("asia/kolkata"); z != "Asia/Calcutta" {
		t.Errorf("asia/kolkata: %q", z)
	}
	if z := canonicalZone("Nope/Nowhere"); z != "" {
		t.Errorf("Nope/Nowhere: %q", z)
	}
	if n := zoneShortNameAt("America/New_York", 2024, -4*3600); n != "EDT" {
		t.Errorf("New York in summer: %q", n)
	}
	if n := zoneShortNameAt("Asia/Tokyo", 2024, 9*3600); n != "GMT+9" {
		t.Errorf("Tokyo: %q", n)
	}
}

func TestLocales(t *testing.T) {
	for tag, want := range map[string]string{"EN-us": "en-US", "iw": "he", "XX-latn-us": "xx-Latn-US", "en-US-POSIX": "en-US-u-va-posix"} {
		if got, ok := canonicalLocale(tag); !ok || got != want {
			t.Errorf("%s: got %q %v, want %q", tag, got, ok, want)
		}
	}
	for _, bad := range []string{"en_US", "x-private", "zz-invalid-!", ""} {
		if got, ok := canonicalLocale(bad); ok {
			t.Errorf("%q: got %q, want it refused", bad, got)
		}
	}
	base, keys, other := splitLocale("en-US-u-ca-buddhist-hc-h23-x-foo")
	if base != "en-US" || !reflect.DeepEqual(keys, []string{"ca", "hc"}) || !other {
		t.Errorf("split: %q %v %v", base, keys, other)
	}
}
