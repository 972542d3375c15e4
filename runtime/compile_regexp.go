package runtime

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// goja's RegExp differs from ECMAScript's in three ways a module's regular
// expression literals are rewritten for before it compiles:
//
//   - it has no Unicode property escapes: in /\p{L}/u it reads \p as a plain
//     "p", so the pattern silently matches something else (express 5's
//     path-to-regexp then rejects every "/:name" route); each \p{...} or
//     \P{...} of a u-flag literal becomes a character class from Go's
//     Unicode tables;
//   - with the m flag its ^ and $ know only \n as a line's end, not \r,
//     \u2028 or \u2029 (/^y: (.*)$/m on "x\r\ny: 2" differs): they become a
//     lookbehind and a lookahead for any of the four (goja then runs the
//     pattern on its backtracking engine);
//   - it has no v flag (unicodeSets): a literal that uses none of v's set
//     notation takes the u flag instead (so its flags read "u"), its
//     \p{RGI_Emoji} (a property of strings) an alternation of the
//     sequences (lower_emoji_table.go).
//
// A RegExp built from a string at run time is not rewritten.

// mayNeedRewrite is a cheap look for what the rewrite could change: a
// property escape, or what may be a literal's flags with m ("/gm;",
// "/m)", ...). Only then is the source parsed.
func mayNeedRewrite(src string) bool {
	if strings.Contains(src, `\p{`) || strings.Contains(src, `\P{`) {
		return true
	}
	for i := strings.IndexByte(src, '/'); i >= 0; {
		j := i + 1
		m := false
		for j < len(src) && strings.IndexByte("dgimsuvy", src[j]) >= 0 {
			m = m || src[j] == 'm' || src[j] == 'v'
			j++
		}
		if m && (j == len(src) || !isIdentByte(src[j])) {
			return true
		}
		next := strings.IndexByte(src[j:], '/')
		if next < 0 {
			break
		}
		i = j + next
	}
	return false
}

// lowerPropertyEscapes returns src with its regexp literals rewritten as
// above; src as it is when it has none to rewrite or does not parse.
func lowerPropertyEscapes(src string) string {
	if !mayNeedRewrite(src) {
		return src
	}
	prog, err := parser.ParseFile(nil, "", src, parser.IgnoreRegExpErrors, parser.WithDisableSourceMaps)
	if err != nil {
		return src
	}
	var lits []*ast.RegExpLiteral
	collectRegExps(reflect.ValueOf(prog), &lits)
	sort.Slice(lits, func(i, j int) bool { return lits[i].Idx > lits[j].Idx })
	for _, lit := range lits {
		start := int(lit.Idx) - 1 // file.Idx counts from 1
		end := start + len(lit.Literal)
		if start < 0 || end > len(src) || src[start:end] != lit.Literal {
			continue
		}
		pattern, flags := lit.Pattern, lit.Flags
		if strings.Contains(flags, "v") {
			// goja has no v flag; a pattern that uses none of its set
			// notation means under u what it means under v.
			if strings.Contains(flags, "i") || !setNotationFree(pattern) {
				continue
			}
			flags = strings.Replace(flags, "v", "u", 1)
		}
		if strings.Contains(flags, "u") && hasPropertyEscape(pattern) {
			expanded, ok := expandPropertyEscapes(pattern, flags != lit.Flags)
			if !ok {
				continue
			}
			pattern = expanded
		}
		if strings.Contains(flags, "m") {
			pattern = expandLineAnchors(pattern)
		}
		if pattern != lit.Pattern || flags != lit.Flags {
			src = src[:start] + "/" + pattern + "/" + flags + src[end:]
		}
	}
	return src
}

// setNotationFree says whether a v-flag pattern has none of what only the
// v flag reads: nested classes, && and --, \q{...}, and in a class no
// unescaped character that v reserves (which would make it an error).
func setNotationFree(pattern string) bool {
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\':
			if i+1 < len(pattern) && pattern[i+1] == 'q' {
				return false
			}
			if i+2 < len(pattern) && (pattern[i+1] == 'p' || pattern[i+1] == 'P') && pattern[i+2] == '{' {
				if end := strings.IndexByte(pattern[i:], '}'); end > 0 {
					i += end
					continue
				}
			}
			i++
		case !inClass:
			inClass = c == '['
		case c == ']':
			inClass = false
		case strings.IndexByte("([{}/|)", c) >= 0:
			return false
		case i+1 < len(pattern) && pattern[i+1] == c && strings.IndexByte("&!#$%*+,.:;<=>?@^`~-", c) >= 0:
			return false
		}
	}
	return true
}

func hasPropertyEscape(pattern string) bool {
	return strings.Contains(pattern, `\p{`) || strings.Contains(pattern, `\P{`)
}

func needsRewrite(lit *ast.RegExpLiteral) bool {
	return hasPropertyEscape(lit.Pattern) || strings.Contains(lit.Flags, "m") && strings.ContainsAny(lit.Pattern, "^$")
}

// expandLineAnchors gives ^ and $ outside classes ECMAScript's multiline
// meaning.
func expandLineAnchors(pattern string) string {
	const lineStart, lineEnd = `(?<=[\n\r\u2028\u2029]|^)`, `(?=[\n\r\u2028\u2029]|$)`
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\' && i+1 < len(pattern):
			b.WriteString(pattern[i : i+2])
			i++
		case inClass:
			inClass = c != ']'
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
		case c == '^':
			b.WriteString(lineStart)
		case c == '$':
			b.WriteString(lineEnd)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

var regExpLiteralType = reflect.TypeOf((*ast.RegExpLiteral)(nil))

// collectRegExps finds every regexp literal under v (goja's AST has no
// walker of its own).
func collectRegExps(v reflect.Value, out *[]*ast.RegExpLiteral) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.Type() == regExpLiteralType {
			if lit := v.Interface().(*ast.RegExpLiteral); needsRewrite(lit) {
				*out = append(*out, lit)
			}
			return
		}
		collectRegExps(v.Elem(), out)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				collectRegExps(v.Field(i), out)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectRegExps(v.Index(i), out)
		}
	}
}

// expandPropertyEscapes rewrites each \p{...}/\P{...} of a u-flag pattern
// as code point ranges: a class of its own outside brackets, its ranges
// inside them. false when a property is one this does not know.
func expandPropertyEscapes(pattern string, unicodeSets bool) (string, bool) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+2 < len(pattern) && (pattern[i+1] == 'p' || pattern[i+1] == 'P') && pattern[i+2] == '{':
			end := strings.IndexByte(pattern[i+3:], '}')
			if end < 0 {
				return "", false
			}
			name, negate := pattern[i+3:i+3+end], pattern[i+1] == 'P'
			if name == "RGI_Emoji" && unicodeSets && !inClass && !negate {
				// A property of strings (v flag only), as an alternation.
				b.WriteString("(?:" + rgiEmojiPattern + ")")
				i += 3 + end
				continue
			}
			set, ok := propertyRanges(name)
			if !ok {
				return "", false
			}
			if inClass {
				if negate {
					set = complementRanges(set)
				}
				writeRanges(&b, set)
			} else {
				b.WriteByte('[')
				if negate {
					b.WriteByte('^')
				}
				writeRanges(&b, set)
				b.WriteByte(']')
			}
			i += 3 + end
		case c == '\\' && i+1 < len(pattern):
			b.WriteString(pattern[i : i+2])
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

type runeRange struct{ lo, hi rune }

// propertyRanges is the code points of a property as ECMAScript names
// them: a General_Category value, Script=/sc=/Script_Extensions=/scx= a
// script (extensions read as the script itself), or a binary property.
func propertyRanges(name string) ([]runeRange, bool) {
	if k, v, ok := strings.Cut(name, "="); ok {
		switch k {
		case "General_Category", "gc":
			return categoryRanges(v)
		case "Script", "sc", "Script_Extensions", "scx":
			if t, ok := unicode.Scripts[v]; ok {
				return tableRanges(t), true
			}
		}
		return nil, false
	}
	if r, ok := categoryRanges(name); ok {
		return r, true
	}
	if tables, ok := derivedProperties[name]; ok {
		return tables(), true
	}
	if t, ok := unicode.Properties[name]; ok {
		return tableRanges(t), true
	}
	return nil, false
}

// categoryLongNames maps General_Category's long value names to Go's.
var categoryLongNames = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
	"Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
	"Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
	"Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po",
	"Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So",
	"Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
	"Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs",
	"Private_Use": "Co", "Unassigned": "Cn",
}

func categoryRanges(name string) ([]runeRange, bool) {
	if long, ok := categoryLongNames[name]; ok {
		name = long
	}
	switch name {
	case "LC":
		return unionRanges(unicode.Lu, unicode.Ll, unicode.Lt), true
	case "Cn":
		return complementRanges(assignedRanges()), true
	case "C":
		return unionSets(tableRanges(unicode.C), complementRanges(assignedRanges())), true
	}
	if t, ok := unicode.Categories[name]; ok {
		return tableRanges(t), true
	}
	return nil, false
}

func assignedRanges() []runeRange {
	var all []*unicode.RangeTable
	for _, t := range unicode.Categories {
		all = append(all, t)
	}
	return unionRanges(all...)
}

// derivedProperties are the binary properties Go's tables hold only the
// parts of (UAX #31 and DerivedCoreProperties.txt say how they combine).
var derivedProperties = map[string]func() []runeRange{
	"Any":                          func() []runeRange { return []runeRange{{0, unicode.MaxRune}} },
	"ASCII":                        func() []runeRange { return []runeRange{{0, 0x7f}} },
	"Assigned":                     assignedRanges,
	"Alphabetic":                   alphabetic,
	"Alpha":                        alphabetic,
	"Lowercase":                    func() []runeRange { return unionRanges(unicode.Ll, unicode.Other_Lowercase) },
	"Uppercase":                    func() []runeRange { return unionRanges(unicode.Lu, unicode.Other_Uppercase) },
	"ID_Start":                     idStart,
	"IDS":                          idStart,
	"XID_Start":                    idStart,
	"ID_Continue":                  idContinue,
	"IDC":                          idContinue,
	"XID_Continue":                 idContinue,
	"space":                        func() []runeRange { return tableRanges(unicode.White_Space) },
	"Default_Ignorable_Code_Point": defaultIgnorable,
	"DI":                           defaultIgnorable,
}

// defaultIgnorable is Default_Ignorable_Code_Point as DerivedCoreProperties
// makes it: Other_Default_Ignorable_Code_Point, Cf and the variation
// selectors, less white space, the interlinear annotation and Egyptian
// hieroglyph format controls, and the prepended concatenation marks.
func defaultIgnorable() []runeRange {
	set := unionRanges(unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector)
	visible := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0xFFF9, Hi: 0xFFFB, Stride: 1}}, R32: []unicode.Range32{{Lo: 0x13430, Hi: 0x13440, Stride: 1}}}
	return minusRanges(set, unicode.White_Space, visible, unicode.Prepended_Concatenation_Mark)
}

func alphabetic() []runeRange {
	return unionRanges(unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_Alphabetic)
}

func idContinue() []runeRange {
	return minusRanges(unionRanges(unicode.L, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc,
		unicode.Nd, unicode.Pc, unicode.Other_ID_Continue), unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

func idStart() []runeRange {
	return minusRanges(unionRanges(unicode.L, unicode.Nl, unicode.Other_ID_Start), unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

func tableRanges(t *unicode.RangeTable) []runeRange {
	var out []runeRange
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			out = append(out, runeRange{lo, hi})
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, runeRange{r, r})
		}
	}
	for _, r := range t.R16 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return normalizeRanges(out)
}

func unionRanges(tables ...*unicode.RangeTable) []runeRange {
	var all []runeRange
	for _, t := range tables {
		all = append(all, tableRanges(t)...)
	}
	return normalizeRanges(all)
}

func unionSets(a, b []runeRange) []runeRange {
	return normalizeRanges(append(append([]runeRange(nil), a...), b...))
}

// normalizeRanges sorts and merges overlapping or adjacent ranges.
func normalizeRanges(rs []runeRange) []runeRange {
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out []runeRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func complementRanges(rs []runeRange) []runeRange {
	var out []runeRange
	next := rune(0)
	for _, r := range rs {
		if r.lo > next {
			out = append(out, runeRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeRange{next, unicode.MaxRune})
	}
	return out
}

func minusRanges(rs []runeRange, tables ...*unicode.RangeTable) []runeRange {
	// a minus b is a intersected with b's complement.
	cut := complementRanges(unionRanges(tables...))
	var out []runeRange
	i, j := 0, 0
	for i < len(rs) && j < len(cut) {
		lo, hi := max(rs[i].lo, cut[j].lo), min(rs[i].hi, cut[j].hi)
		if lo <= hi {
			out = append(out, runeRange{lo, hi})
		}
		if rs[i].hi < cut[j].hi {
			i++
		} else {
			j++
		}
	}
	return out
}

// writeRanges spells ranges as u-flag class members; surrogate code points
// are left out (goja matches UTF-8, which cannot hold them).
func writeRanges(b *strings.Builder, rs []runeRange) {
	for _, r := range rs {
		for _, part := range []runeRange{{r.lo, min(r.hi, 0xd7ff)}, {max(r.lo, 0xe000), r.hi}} {
			if part.lo > part.hi {
				continue
			}
			writeRune(b, part.lo)
			if part.hi > part.lo {
				b.WriteByte('-')
				writeRune(b, part.hi)
			}
		}
	}
}

func writeRune(b *strings.Builder, r rune) {
	b.WriteString(`\u{`)
	b.WriteString(strconv.FormatInt(int64(r), 16))
	b.WriteByte('}')
}
