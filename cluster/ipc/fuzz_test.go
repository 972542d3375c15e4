package ipc

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzDecoder feeds arbitrary bytes, cut into arbitrary reads with
// descriptors sprinkled over them, and checks the decoder's promises: it
// never panics, every line is valid UTF-8 and is the input's text, and every
// descriptor ends up either in exactly one frame or closed.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":1}`+"\n"), []byte{3, 9})
	f.Add([]byte("\xff\xfe\n\n\n{\"a\":[1,2\n"), []byte{1, 1, 1})
	f.Add(bytes.Repeat([]byte("x"), 300), []byte{50, 200})
	f.Add([]byte("\xe2\x82\n\xf0\x9f\x98\x80\n"), []byte{2})
	f.Fuzz(func(t *testing.T, data []byte, cuts []byte) {
		closed := map[int]int{}
		d := NewDecoder(64, func(fd int) { closed[fd]++ })
		var frames []Frame
		next := 100
		given := 0
		rest := data
		for i := 0; len(rest) > 0; i++ {
			n := len(rest)
			var fds []int
			if i < len(cuts) {
				n = int(cuts[i])%len(rest) + 1
				for k := 0; k < int(cuts[i]%3); k++ {
					fds = append(fds, next)
					next++
					given++
				}
			}
			frames = append(frames, d.Feed(rest[:n], fds)...)
			rest = rest[n:]
		}
		d.Close()

		seen := map[int]bool{}
		tooLong := false
		var text [][]byte
		for _, fr := range frames {
			if fr.Err != nil {
				tooLong = true
				if fr.Line != nil || fr.FD != -1 {
					t.Fatalf("error frame carries data: %+v", fr)
				}
				continue
			}
			if !utf8.Valid(fr.Line) {
				t.Fatalf("invalid UTF-8 line %q", fr.Line)
			}
			if len(fr.Line) > 64*3 {
				t.Fatalf("line longer than the limit allows: %d", len(fr.Line))
			}
			if fr.FD >= 0 {
				if seen[fr.FD] || closed[fr.FD] > 0 {
					t.Fatalf("descriptor %d delivered twice or delivered and closed", fr.FD)
				}
				seen[fr.FD] = true
			}
			text = append(text, fr.Line)
		}
		for fd, n := range closed {
			if n != 1 {
				t.Fatalf("descriptor %d closed %d times", fd, n)
			}
		}
		if len(seen)+len(closed) != given {
			t.Fatalf("%d descriptors given, %d delivered, %d closed", given, len(seen), len(closed))
		}
		// Without over-long lines, the frames are exactly the input's
		// complete lines.
		if !tooLong {
			if n := bytes.Count(data, []byte("\n")); n != len(frames) {
				t.Fatalf("%d lines in, %d frames out", n, len(frames))
			}
			lines := bytes.Split(data, []byte("\n"))
			for i, l := range text {
				if !bytes.Equal(l, ValidUTF8(lines[i])) {
					t.Fatalf("line %d: got %q want %q", i, l, lines[i])
				}
			}
		}
	})
}
