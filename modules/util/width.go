package util

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// stringWidth counts the terminal columns of s the way Node's ICU-backed
// getStringWidth does: the leading ASCII one column a printable character,
// then the rest, NFC-normalised, code point by code point: control, format
// and combining marks take none, East Asian wide and fullwidth characters
// (and emoji shown as pictures) take two, everything else one.
func stringWidth(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 127 {
			for _, r := range norm.NFC.String(s[i:]) {
				n += runeWidth(r)
			}
			return n
		}
		if c >= 32 {
			n++
		}
	}
	return n
}

func runeWidth(r rune) int {
	if r != 0x00AD && unicode.In(r, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn) {
		return 0
	}
	if r >= 0x1F3FB && r <= 0x1F3FF { // emoji skin-tone modifiers
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	if r >= 0x1F1E6 && r <= 0x1F1FF { // regional indicators: emoji presentation
		return 2
	}
	return 1
}
