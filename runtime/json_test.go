package runtime

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// jsonCases are texts for JSON.parse whose results (or errors) are
// compared with node's; each result is described with everything a
// program could tell apart (see describeJSON).
var jsonCases = []string{
	`{"cmd":"NODE_CLUSTER","act":"queryServer","index":0,"data":null,"port":0,"seq":1}`,
	`1e400`, `-1e400`, `-1e-400`, `[1E+400,2]`, `123456789012345678901234567890`, `9007199254740993`,
	`-0`, `0`, `1.5`, `-12.25e-3`, `"\ud800"`, `"\udc00x\ud800"`, `"\ud83d\ude00"`, `"\ud83d"`,
	"\"a\xed\xa0\x80b\"", `{"\ud800":1,"a":2}`, `"a\"b\\c\/d\b\f\n\r\t\u0041\u00e9"`, `"é中😀"`,
	`{"__proto__":{"x":1}}`, `{"a":1,"a":2,"b":3}`, `{"b":1,"2":2,"1":3}`, ` [ true , false , null ] `,
	``, ` `, `{"a":1,}`, `[1,]`, `{"a":1}}`, `{a:1}`, `"abc`, `undefined`, `NaN`, ` undefined`,
	`tru`, `trux`, `nul`, `[1 2]`, `{"a" 1}`, `{"a":1,"b"}`, "\"\t\"", `01`, `-01`, `1.`, `1e`, `1e+`,
	`-`, `-x`, `{"a":1`, `[`, `{`, `"\x"`, `"\u12"`, `"\u`, `"\`, `{"a":1} x`, "\u00a0 1", `{"a":`,
	`[,]`, `{,}`, `[1,1,1,1,1,1,1,1,1,1,1,1,x,1,1,1,1,1,1,1,1,1,1,1,1]`, `xxxxxxxxxxxxxxxxxxxxxxxxxx`,
	"\xed\xa0\xbdx", "\"\xed\xa0\xbd\\ude00\"",
}

const describeJSON = `(function describe(v) {
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? 'num:-0' : 'num:' + v;
  if (typeof v === 'string') return 'str:' + Array.from({ length: v.length }, (_, i) => v.charCodeAt(i).toString(16)).join(' ');
  if (typeof v !== 'object') return typeof v + ':' + String(v);
  const proto = Object.getPrototypeOf(v) === Object.prototype ? 'O' :
    Object.getPrototypeOf(v) === Array.prototype ? 'A' : '?';
  const parts = Reflect.ownKeys(v).map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const flags = (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
    return describe(String(k)) + flags + '=' + ('value' in d ? describe(d.value) : 'accessor');
  });
  return proto + (Array.isArray(v) ? '[]' : '') + '{' + parts.join(',') + '}';
})`

// jsonOutcomesJS parses each text of the array texts (given as UTF-16 code
// units, so that lone surrogates survive) and returns one line each.
const jsonOutcomesJS = `(function (units) {
  const describe = ` + describeJSON + `;
  return units.map((u) => {
    const text = String.fromCharCode(...u);
    try { return describe(JSON.parse(text)); } catch (e) { return e.name + ': ' + JSON.stringify(e.message); }
  }).join('\n');
})`

func jsonCaseUnits() [][]uint16 {
	out := make([][]uint16, len(jsonCases))
	for i, c := range jsonCases {
		out[i] = wtf8ToUTF16(c)
	}
	return out
}

func gocJSONOutcomes(t *testing.T) []string {
	vm := goja.New()
	InstallJSON(vm)
	f, err := vm.RunString(jsonOutcomesJS)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(f)
	units := make([]any, len(jsonCases))
	for i, u := range jsonCaseUnits() {
		row := make([]any, len(u))
		for k, c := range u {
			row[k] = c
		}
		units[i] = vm.NewArray(row...)
	}
	res, err := fn(goja.Undefined(), vm.NewArray(units...))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(res.String(), "\n")
}

func TestJSONParseMatchesNode(t *testing.T) {
	got := gocJSONOutcomes(t)
	// Without node, the cases that goja's own JSON.parse got wrong.
	index := map[string]int{}
	for i, c := range jsonCases {
		index[c] = i
	}
	for text, want := range map[string]string{`1e400`: "num:Infinity", `-1e400`: "num:-Infinity", `-1e-400`: "num:-0",
		`"\ud800"`: "str:d800", "\"a\xed\xa0\x80b\"": "str:61 d800 62", ``: `SyntaxError: "Unexpected end of JSON input"`,
		`{"a":1,}`: `SyntaxError: "Expected double-quoted property name in JSON at position 7"`} {
		if got := got[index[text]]; got != want {
			t.Errorf("JSON.parse(%q): got %s, want %s", text, got, want)
		}
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH: only the fixed cases checked")
	}
	units, _ := json.Marshal(jsonCaseUnits())
	out, err := exec.Command(node, "-e", "process.stdout.write(("+jsonOutcomesJS+")("+string(units)+"))").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(string(out), "\n")
	for i := range jsonCases {
		if got[i] != want[i] {
			t.Errorf("JSON.parse(%q):\n got %s\nnode %s", jsonCases[i], got[i], want[i])
		}
	}
}

// BenchmarkJSONParse compares goja's JSON.parse ("goja") with this one
// on an IPC-sized message.
func BenchmarkJSONParse(b *testing.B) {
	const text = `{"cmd":"NODE_CLUSTER","act":"queryServer","index":0,"data":null,"address":"127.0.0.1","port":8080,"addressType":4,"backlog":511,"seq":17,"list":[1,2.5,"abc",true,{"x":"y\n"}],"name":"héllo"}`
	for _, replaced := range []bool{false, true} {
		name := "goja"
		if replaced {
			name = "v8like"
		}
		b.Run(name, func(b *testing.B) {
			vm := goja.New()
			if replaced {
				InstallJSON(vm)
			}
			parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
			arg := vm.ToValue(text)
			for b.Loop() {
				if _, err := parse(goja.Undefined(), arg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzJSONParseAgreesWithGoja checks the parser against goja's own where
// goja is right: the same texts accepted, the same values, except for
// surrogate escapes (goja: U+FFFD) and numbers beyond float64 (goja throws).
func FuzzJSONParseAgreesWithGoja(f *testing.F) {
	for _, c := range jsonCases {
		f.Add(c)
	}
	describeIn := func(vm *goja.Runtime) goja.Callable {
		d, err := vm.RunString(describeJSON)
		if err != nil {
			f.Fatal(err)
		}
		fn, _ := goja.AssertFunction(d)
		return fn
	}
	gojaVM, ourVM := goja.New(), goja.New()
	InstallJSON(ourVM)
	gojaDescribe, ourDescribe := describeIn(gojaVM), describeIn(ourVM)
	gojaParse, _ := goja.AssertFunction(gojaVM.Get("JSON").ToObject(gojaVM).Get("parse"))
	ourParse, _ := goja.AssertFunction(ourVM.Get("JSON").ToObject(ourVM).Get("parse"))
	f.Fuzz(func(t *testing.T, text string) {
		lower := strings.ToLower(text)
		if strings.Contains(lower, `\ud`) || !utf8.ValidString(text) {
			return
		}
		want, gojaErr := gojaParse(goja.Undefined(), gojaVM.ToValue(text))
		got, ourErr := ourParse(goja.Undefined(), ourVM.ToValue(text))
		if gojaErr != nil && strings.Contains(gojaErr.Error(), "cannot unmarshal number") {
			return
		}
		if (gojaErr == nil) != (ourErr == nil) {
			t.Fatalf("%q: goja %v, ours %v", text, gojaErr, ourErr)
		}
		if ourErr != nil {
			return
		}
		w, _ := gojaDescribe(goja.Undefined(), want)
		g, _ := ourDescribe(goja.Undefined(), got)
		if w.String() != g.String() {
			t.Fatalf("%q:\n goja %s\n ours %s", text, w, g)
		}
	})
}
