package intl

import "sort"

//go:generate sh -c "node gen_grapheme_tables.mjs $UCD | gofmt > grapheme_tables.go"

type graphemeRange struct {
	first, last rune
	value       uint8
}

// Grapheme_Cluster_Break classes, in the order of graphemeRanges' values.
const (
	gcbOther = iota
	gcbCR
	gcbLF
	gcbControl
	gcbExtend
	gcbZWJ
	gcbRegionalIndicator
	gcbPrepend
	gcbSpacingMark
	gcbL
	gcbV
	gcbT
	gcbLV
	gcbLVT
)

// Indic_Conjunct_Break values.
const (
	incbNone = iota
	incbConsonant
	incbExtend
	incbLinker
)

const extPictBit = 16

// graphemeValue is r's entry in graphemeRanges (0 when it has none).
func graphemeValue(r rune) uint8 {
	i := sort.Search(len(graphemeRanges), func(i int) bool { return graphemeRanges[i].last >= r })
	if i < len(graphemeRanges) && graphemeRanges[i].first <= r {
		return graphemeRanges[i].value
	}
	return 0
}

// graphemeBreaks are the boundaries of the extended grapheme clusters of
// s (UTF-16 code units, as JS strings are), as UTF-16 indices: 0, each
// break, and len(s) for a non-empty s. The rules are UAX #29's for
// Unicode 17.0 (GB3 to GB999), which ICU 78 follows.
func graphemeBreaks(s []uint16) []int {
	if len(s) == 0 {
		return nil
	}
	breaks := []int{0}
	var (
		prev       uint8
		havePrev   bool
		riCount    int  // Regional_Indicators just before, in a row
		pictZWJ    bool // ExtPict Extend* ZWJ just before (GB11)
		pictExtend bool // ExtPict Extend* just before
		// GB9c: a consonant, then extend/linker with at least one linker.
		conjunct       bool // Consonant [Extend Linker]* just before
		conjunctLinker bool // ... containing a Linker
	)
	for i := 0; i < len(s); {
		r, size := decodeUTF16(s, i)
		v := graphemeValue(r)
		class, incb, pict := v&15, (v>>5)&3, v&extPictBit != 0
		if havePrev && graphemeBoundary(prev&15, class, riCount, pictZWJ && pict, conjunct && conjunctLinker && incb == incbConsonant) {
			breaks = append(breaks, i)
		}
		// State for the rules that look further back.
		if class == gcbRegionalIndicator {
			riCount++
		} else {
			riCount = 0
		}
		switch {
		case pict:
			pictExtend, pictZWJ = true, false
		case class == gcbExtend && pictExtend:
			pictZWJ = false
		case class == gcbZWJ && pictExtend:
			pictExtend, pictZWJ = false, true
		default:
			pictExtend, pictZWJ = false, false
		}
		switch incb {
		case incbConsonant:
			conjunct, conjunctLinker = true, false
		case incbLinker:
			conjunctLinker = conjunctLinker || conjunct
		case incbExtend:
		default:
			conjunct, conjunctLinker = false, false
		}
		prev, havePrev = v, true
		i += size
	}
	return append(breaks, len(s))
}

// graphemeBoundary says whether there is a break between a character of
// class a and one of class b; riBefore counts the Regional_Indicators
// ending with a, emojiZWJ and conjunct say GB11 and GB9c apply.
func graphemeBoundary(a, b uint8, riBefore int, emojiZWJ, conjunct bool) bool {
	switch {
	case a == gcbCR && b == gcbLF: // GB3
		return false
	case a == gcbControl || a == gcbCR || a == gcbLF: // GB4
		return true
	case b == gcbControl || b == gcbCR || b == gcbLF: // GB5
		return true
	case a == gcbL && (b == gcbL || b == gcbV || b == gcbLV || b == gcbLVT): // GB6
		return false
	case (a == gcbLV || a == gcbV) && (b == gcbV || b == gcbT): // GB7
		return false
	case (a == gcbLVT || a == gcbT) && b == gcbT: // GB8
		return false
	case b == gcbExtend || b == gcbZWJ: // GB9
		return false
	case b == gcbSpacingMark: // GB9a
		return false
	case a == gcbPrepend: // GB9b
		return false
	case conjunct: // GB9c
		return false
	case emojiZWJ && a == gcbZWJ: // GB11
		return false
	case a == gcbRegionalIndicator && b == gcbRegionalIndicator: // GB12, GB13
		return riBefore%2 == 0
	}
	return true // GB999
}

// decodeUTF16 reads the code point at s[i]; a lone surrogate is itself.
func decodeUTF16(s []uint16, i int) (rune, int) {
	c := rune(s[i])
	if c >= 0xD800 && c < 0xDC00 && i+1 < len(s) {
		if d := rune(s[i+1]); d >= 0xDC00 && d < 0xE000 {
			return (c-0xD800)<<10 + (d - 0xDC00) + 0x10000, 2
		}
	}
	return c, 1
}
