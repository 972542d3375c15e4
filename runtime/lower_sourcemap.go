package runtime

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// inlineMapMarker starts esbuild's inline source map.
const inlineMapMarker = "\n//# sourceMappingURL=data:application/json;base64,"

// shiftSourceMap is code (old with ins put in, in order) with its inline
// source map's generated columns moved right past each insertion. Columns
// count UTF-16 units, as esbuild's do; the map's other fields are deltas
// between segments that no insertion changes.
func shiftSourceMap(code, old string, ins []insertion) string {
	return editInlineSourceMap(code, func(mappings string) string {
		return shiftMappings(mappings, old, ins)
	})
}

// editInlineSourceMap rewrites the mappings of code's inline source map.
func editInlineSourceMap(code string, edit func(mappings string) string) string {
	at := strings.LastIndex(code, inlineMapMarker)
	if at < 0 {
		return code
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(code[at+len(inlineMapMarker):]))
	if err != nil {
		return code
	}
	var sm map[string]any
	if json.Unmarshal(raw, &sm) != nil {
		return code
	}
	mappings, _ := sm["mappings"].(string)
	sm["mappings"] = edit(mappings)
	out, err := json.Marshal(sm)
	if err != nil {
		return code
	}
	return code[:at] + inlineMapMarker + base64.StdEncoding.EncodeToString(out)
}

// shiftMappings moves the generated columns of mappings past each of ins
// (put into old).
func shiftMappings(mappings, old string, ins []insertion) string {
	shifts := map[int][]columnShift{} // by line (0-based)
	line, col, pos := 0, 0, 0
	for _, in := range ins {
		for pos < in.at {
			r, size := utf8.DecodeRuneInString(old[pos:])
			pos += size
			switch {
			case r == '\n':
				line, col = line+1, 0
			case r >= 0x10000:
				col += 2
			default:
				col++
			}
		}
		shifts[line] = append(shifts[line], columnShift{col, len(in.text)})
	}
	lines := strings.Split(mappings, ";")
	for n, s := range shifts {
		if n < len(lines) {
			lines[n] = shiftSegments(lines[n], s)
		}
	}
	return strings.Join(lines, ";")
}

// columnShift moves the columns at or past col by n.
type columnShift struct{ col, n int }

// shiftSegments rewrites one line of mappings: each segment's first field
// is its column, relative to the segment before on the line.
func shiftSegments(line string, shifts []columnShift) string {
	if line == "" {
		return line
	}
	segs := strings.Split(line, ",")
	prevOld, prevNew := 0, 0
	for i, seg := range segs {
		delta, used, ok := decodeVLQ(seg)
		if !ok {
			return line
		}
		col := prevOld + delta
		moved := col
		for _, s := range shifts {
			if col >= s.col {
				moved += s.n
			}
		}
		segs[i] = encodeVLQ(moved-prevNew) + seg[used:]
		prevOld, prevNew = col, moved
	}
	return strings.Join(segs, ",")
}

const vlqDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeVLQ reads the first base64 VLQ number of s and how many bytes it
// took.
func decodeVLQ(s string) (value, used int, ok bool) {
	shift := 0
	for used < len(s) {
		d := strings.IndexByte(vlqDigits, s[used])
		if d < 0 {
			return 0, 0, false
		}
		used++
		value |= (d & 31) << shift
		shift += 5
		if d&32 == 0 {
			if value&1 != 0 {
				return -(value >> 1), used, true
			}
			return value >> 1, used, true
		}
	}
	return 0, 0, false
}

func encodeVLQ(v int) string {
	u := v << 1
	if v < 0 {
		u = (-v << 1) | 1
	}
	var b []byte
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b = append(b, vlqDigits[d])
		if u == 0 {
			return string(b)
		}
	}
}
