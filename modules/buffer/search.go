package buffer

import "bytes"

// searchStart turns the byteOffset of indexOf/lastIndexOf into the position
// the search starts from, or -1 when nothing can match (Node's rules:
// negative offsets count from the end, out-of-range offsets clamp or fail
// depending on the direction).
func searchStart(length, offset, needle int, forward bool) int {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset
		}
		if forward || needle == 0 {
			return 0
		}
		return -1
	}
	if offset+needle <= length {
		return offset
	}
	if needle == 0 {
		return length
	}
	if forward {
		return -1
	}
	return length - 1
}

// indexOfBytes finds needle in hay; with ucs2 only whole UTF-16 units (even
// positions) match.
func indexOfBytes(hay, needle []byte, offset int, ucs2, forward bool) int {
	start := searchStart(len(hay), offset, len(needle), forward)
	if len(needle) == 0 {
		return start
	}
	if len(hay) == 0 || start < 0 {
		return -1
	}
	if (forward && len(needle)+start > len(hay)) || len(needle) > len(hay) {
		return -1
	}
	if ucs2 {
		if len(hay) < 2 || len(needle) < 2 {
			return -1
		}
		r := indexOfUnits(toUnits(hay), toUnits(needle), start/2, forward)
		if r < 0 {
			return -1
		}
		return r * 2
	}
	if forward {
		r := bytes.Index(hay[start:], needle)
		if r < 0 {
			return -1
		}
		return r + start
	}
	return bytes.LastIndex(hay[:min(start+len(needle), len(hay))], needle)
}

// indexOfUnitString searches UTF-16 text for a string needle given as units.
func indexOfUnitString(hay []byte, needle []uint16, offset int, forward bool) int {
	// Node measures the haystack in whole code units, offsets included.
	hay = hay[:len(hay)&^1]
	size := len(needle) * 2
	start := searchStart(len(hay), offset, size, forward)
	if size == 0 {
		return start
	}
	if len(hay) == 0 || start < 0 || (forward && size+start > len(hay)) || size > len(hay) || len(hay) < 2 {
		return -1
	}
	r := indexOfUnits(toUnits(hay), needle, start/2, forward)
	if r < 0 {
		return -1
	}
	return r * 2
}

func toUnits(p []byte) []uint16 {
	u := make([]uint16, len(p)/2)
	for i := range u {
		u[i] = uint16(p[2*i]) | uint16(p[2*i+1])<<8
	}
	return u
}

func indexOfUnits(hay, needle []uint16, start int, forward bool) int {
	match := func(i int) bool {
		for j, c := range needle {
			if hay[i+j] != c {
				return false
			}
		}
		return true
	}
	last := len(hay) - len(needle)
	if forward {
		for i := start; i <= last; i++ {
			if match(i) {
				return i
			}
		}
		return -1
	}
	for i := min(start, last); i >= 0; i-- {
		if match(i) {
			return i
		}
	}
	return -1
}

func indexOfByte(hay []byte, c byte, offset int, forward bool) int {
	start := searchStart(len(hay), offset, 1, forward)
	if start < 0 || len(hay) == 0 {
		return -1
	}
	if forward {
		if start >= len(hay) {
			return -1
		}
		r := bytes.IndexByte(hay[start:], c)
		if r < 0 {
			return -1
		}
		return r + start
	}
	return bytes.LastIndexByte(hay[:min(start+1, len(hay))], c)
}

// fillRepeat fills dst with copies of pattern, doubling what is written.
func fillRepeat(dst, pattern []byte) {
	n := copy(dst, pattern)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
}
