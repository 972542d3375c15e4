package http

import (
	"bytes"
	"fmt"
	"testing"
)

// flatRecorder notes events with absolute positions and bodies joined, so
// the same input fed in different chunks must give the same list.
type flatRecorder struct {
	p      *Parser
	events []string
	body   []byte
}

func (r *flatRecorder) flushBody() {
	if len(r.body) > 0 {
		r.events = append(r.events, fmt.Sprintf("body %q", r.body))
		r.body = r.body[:0]
	}
}

func (r *flatRecorder) OnMessageBegin() { r.flushBody(); r.events = append(r.events, "begin") }

func (r *flatRecorder) OnHeadersComplete() int {
	r.flushBody()
	major, minor := r.p.Version()
	ev := fmt.Sprintf("head %d %q %d %q %d.%d up=%v ka=%v", r.p.Method(), r.p.URL(),
		r.p.StatusCode(), r.p.StatusMessage(), major, minor, r.p.Upgrade(), r.p.ShouldKeepAlive())
	for k := 0; k < r.p.NumHeaders(); k++ {
		n, v := r.p.Header(k)
		ev += fmt.Sprintf(" %q=%q", n, v)
	}
	r.events = append(r.events, ev)
	return 0
}

func (r *flatRecorder) OnBody(b []byte) { r.body = append(r.body, b...) }

func (r *flatRecorder) OnMessageComplete() {
	r.flushBody()
	ev := "complete"
	for k := 0; k < r.p.NumHeaders(); k++ {
		n, v := r.p.Header(k)
		ev += fmt.Sprintf(" %q=%q", n, v)
	}
	r.events = append(r.events, ev)
}

// feed parses data in chunks of the given sizes (the rest in one) and
// reports whether the outcome involved a size limit, which is checked
// where chunks end, as in Node, so may fire at different places.
func feed(t Type, data []byte, sizes []int) (events []string, limited bool) {
	r := &flatRecorder{}
	r.p = &Parser{}
	r.p.Init(t, r, 1<<30)
	off := 0
	for off < len(data) {
		n := len(data) - off
		if len(sizes) > 0 {
			n = min(sizes[0], n)
			sizes = sizes[1:]
		}
		chunk := data[off : off+n]
		got, err := r.p.Execute(chunk)
		if got < 0 || got > len(chunk) {
			panic(fmt.Sprintf("Execute returned %d for %d bytes", got, len(chunk)))
		}
		if err != nil {
			r.flushBody()
			r.events = append(r.events, fmt.Sprintf("error %s %q at %d", err.Code, err.Reason, off+err.BytesParsed))
			return r.events, err.Code == "HPE_CHUNK_EXTENSIONS_OVERFLOW"
		}
		if got < len(chunk) || r.p.state == sCleanup {
			r.flushBody()
			r.events = append(r.events, fmt.Sprintf("stop at %d", off+got))
			return r.events, false
		}
		off += n
	}
	r.flushBody()
	if err := r.p.Finish(); err != nil {
		r.events = append(r.events, "eof "+err.Code)
	}
	r.flushBody()
	return r.events, false
}

// FuzzParser feeds arbitrary bytes whole and in pieces: it must never
// panic or hang, and the pieces must parse as the whole does.
func FuzzParser(f *testing.F) {
	seeds := []string{
		"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
		"POST /x?y#z HTTP/1.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
		"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3;a=\"b\"\r\nabc\r\n0\r\nT: v\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n",
		"HTTP/1.0 200 OK\r\n\r\nto the end",
		"GET /chat HTTP/1.1\r\nUpgrade: ws\r\nConnection: keep-alive, Upgrade\r\n\r\nraw",
		"CONNECT h:1 HTTP/1.1\r\n\r\n",
		"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
		"GET /\r\n\r\n",
		"HTTP/1.1 101 Switching\r\n\r\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s), uint8(3), uint8(7), false)
		f.Add([]byte(s), uint8(1), uint8(1), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, a, b uint8, response bool) {
		typ := Request
		if response {
			typ = Response
		}
		whole, _ := feed(typ, data, nil)
		var sizes []int
		for n := 0; n < len(data); n += int(a%16) + 1 {
			sizes = append(sizes, int(a%16)+1, int(b%5)+1)
		}
		pieces, limited := feed(typ, data, sizes)
		if limited {
			return
		}
		if len(whole) != len(pieces) {
			t.Fatalf("whole:\n%s\npieces:\n%s", join(whole), join(pieces))
		}
		for k := range whole {
			if whole[k] != pieces[k] {
				t.Fatalf("event %d: whole %s, pieces %s", k, whole[k], pieces[k])
			}
		}
	})
}

func join(s []string) string {
	var b bytes.Buffer
	for _, l := range s {
		b.WriteString(l + "\n")
	}
	return b.String()
}
