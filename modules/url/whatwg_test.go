package url

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

// TestParseAgainstNode checks the parser with results node recorded
// (testdata/gen_parse.js).
func TestParseAgainstNode(t *testing.T) {
	data, err := os.ReadFile("testdata/parse_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][3]json.RawMessage
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	failed := 0
	for _, c := range cases {
		var input string
		var base *string
		var want []string
		_ = json.Unmarshal(c[0], &input)
		_ = json.Unmarshal(c[1], &base)
		_ = json.Unmarshal(c[2], &want)
		var got []string
		if input == "domain" {
			got = []string{hostToASCII(*base), domainToUnicode(*base)}
		} else {
			b := ""
			if base != nil {
				b = *base
			}
			if r, ok := Parse(input, b, base != nil); ok {
				got = r.components()
			}
		}
		if !reflect.DeepEqual(got, want) {
			failed++
			if failed <= 40 {
				bs := "<none>"
				if base != nil {
					bs = *base
				}
				t.Errorf("%q base %q:\n got  %q\n want %q", input, bs, got, want)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d cases differ", failed, len(cases))
	}
}

func TestPunycode(t *testing.T) {
	for in, want := range map[string]string{"nxasmq6b": "βόλοσ", "mnchen-3ya": "münchen", "zca": "ß", "ls8h": "💩", "": ""} {
		got, ok := punycodeDecode(in)
		if !ok || got != want {
			t.Errorf("punycodeDecode(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"99999999999", "!", "\u00e9"} {
		if got, ok := punycodeDecode(bad); ok {
			t.Errorf("punycodeDecode(%q) = %q, want failure", bad, got)
		}
	}
	for _, label := range []string{"xn--", "a.xn--.b", "XN--", "xn--!"} {
		if !badPunycodeLabel(label) {
			t.Errorf("badPunycodeLabel(%q) = false", label)
		}
	}
}
