package runtime

import "testing"

func TestVLQRoundTrip(t *testing.T) {
	for _, v := range []int{0, 1, -1, 15, 16, -16, 31, 32, 1000, -123456} {
		s := encodeVLQ(v)
		got, used, ok := decodeVLQ(s + "AAA")
		if !ok || got != v || used != len(s) {
			t.Errorf("%d: encoded %q, decoded %d (%d bytes, ok %v)", v, s, got, used, ok)
		}
	}
}

func TestShiftSegments(t *testing.T) {
	// Segments at columns 0, 4 and 10 (deltas 0, 4, 6); 3 bytes put in at
	// column 4 move the last two.
	line := encodeVLQ(0) + "AAA," + encodeVLQ(4) + "AAC," + encodeVLQ(6) + "AAE"
	want := encodeVLQ(0) + "AAA," + encodeVLQ(7) + "AAC," + encodeVLQ(6) + "AAE"
	if got := shiftSegments(line, []columnShift{{col: 4, n: 3}}); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
