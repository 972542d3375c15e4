package http

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// oracleCase is one input and what Node's parser did with it (recorded by
// testdata/oracle.js; strings are latin1, one char per byte).
type oracleCase struct {
	Name          string   `json:"name"`
	Type          string   `json:"type"`
	Chunks        []string `json:"chunks"`
	EOF           bool     `json:"eof,omitempty"`
	MaxHeaderSize int      `json:"maxHeaderSize,omitempty"`
	SkipBody      int      `json:"skipBody,omitempty"`
	Lenient       int      `json:"lenient,omitempty"`
	Events        []any    `json:"events"`
}

func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func fromLatin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// recorder turns parser events into oracle.js's event list.
type recorder struct {
	p        *Parser
	skipBody int
	events   []any
}

func (r *recorder) OnMessageBegin() { r.events = append(r.events, []any{"begin"}) }

func (r *recorder) headerList() []any {
	out := []any{}
	for k := 0; k < r.p.NumHeaders(); k++ {
		n, v := r.p.Header(k)
		out = append(out, fromLatin1(n), fromLatin1(v))
	}
	return out
}

func (r *recorder) OnHeadersComplete() int {
	major, minor := r.p.Version()
	h := map[string]any{
		"major": major, "minor": minor, "headers": r.headerList(),
		"upgrade": r.p.Upgrade(), "keepAlive": r.p.ShouldKeepAlive(),
	}
	if r.p.Type() == Request {
		h["method"] = r.p.Method()
		if name := MethodName(r.p.Method()); name != "" {
			h["methodName"] = name
		}
		h["url"] = fromLatin1(r.p.URL())
	} else {
		h["statusCode"] = r.p.StatusCode()
		h["statusMessage"] = fromLatin1(r.p.StatusMessage())
	}
	r.events = append(r.events, []any{"headers", h})
	return r.skipBody
}

func (r *recorder) OnBody(b []byte) {
	r.events = append(r.events, []any{"body", fromLatin1(b)})
}

func (r *recorder) OnMessageComplete() {
	if r.p.NumHeaders() > 0 {
		r.events = append(r.events, []any{"trailers", r.headerList()})
	}
	r.events = append(r.events, []any{"complete"})
}

func (r *recorder) errorEvent(e *Error) []any {
	return []any{"error", e.Code, e.Reason, e.BytesParsed}
}

// replay runs c through a Parser and returns its events in oracle form.
func replay(c *oracleCase) []any {
	r := &recorder{skipBody: c.SkipBody}
	t := Request
	if c.Type == "response" {
		t = Response
	}
	r.p = &Parser{}
	r.p.Init(t, r, c.MaxHeaderSize)
	r.p.SetLenient(c.Lenient)
	r.events = []any{}
	for _, chunk := range c.Chunks {
		data := latin1(chunk)
		n, err := r.p.Execute(data)
		if err != nil {
			r.events = append(r.events, r.errorEvent(err))
			return r.events
		}
		if n != len(data) {
			r.events = append(r.events, []any{"exec", n})
			return r.events
		}
	}
	if c.EOF {
		if err := r.p.Finish(); err != nil {
			r.events = append(r.events, r.errorEvent(err))
		} else {
			r.events = append(r.events, []any{"finish"})
		}
	}
	return r.events
}

// normalize round-trips v through JSON so Go and recorded values compare.
func normalize(t *testing.T, v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func loadCases(t *testing.T) []oracleCase {
	f, err := os.Open("testdata/llhttp.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases []oracleCase
	if err := json.NewDecoder(z).Decode(&cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestRecordedNodeParses replays every input recorded from Node's parser.
func TestRecordedNodeParses(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 400 {
		t.Fatalf("only %d cases", len(cases))
	}
	for i := range cases {
		c := &cases[i]
		got := normalize(t, replay(c))
		want := normalize(t, c.Events)
		if !reflect.DeepEqual(got, want) {
			gb, _ := json.Marshal(got)
			wb, _ := json.Marshal(want)
			t.Errorf("%s (%s):\n got %.2000s\nwant %.2000s", c.Name, c.Type, gb, wb)
		}
	}
}
