package child_process

import (
	"testing"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// describeJS renders a value with everything a program could tell apart:
// types, -0, property order and attributes, prototypes, array-ness.
const describeJS = `(function describe(v) {
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? 'num:-0' : 'num:' + v;
  if (typeof v !== 'object') return typeof v + ':' + JSON.stringify(v);
  const proto = Object.getPrototypeOf(v) === Object.prototype ? 'O' :
    Object.getPrototypeOf(v) === Array.prototype ? 'A' : '?';
  const parts = Reflect.ownKeys(v).map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const flags = (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
    return JSON.stringify(String(k)) + flags + '=' + ('value' in d ? describe(d.value) : 'accessor');
  });
  return proto + (Array.isArray(v) ? '[]' : '') + '{' + parts.join(',') + '}';
})`

func checkParseLikeJSONParse(t *testing.T, vm *goja.Runtime, p *jsonParser, describe goja.Callable, parse goja.Callable, text string) {
	t.Helper()
	got, ok := p.parse([]byte(text))
	want, err := parse(goja.Undefined(), vm.ToValue(text))
	if !ok {
		return // JSON.parse decides (and throws if it must)
	}
	if err != nil {
		t.Fatalf("%q: the fast parser accepted what JSON.parse rejects (%v)", text, err)
	}
	g, _ := describe(goja.Undefined(), got)
	w, _ := describe(goja.Undefined(), want)
	if g.String() != w.String() {
		t.Fatalf("%q:\n got %s\nwant %s", text, g, w)
	}
}

func parseHarness(t testing.TB) (*goja.Runtime, *jsonParser, goja.Callable, goja.Callable) {
	vm := goja.New()
	gort.InstallJSON(vm) // JSON.parse as in gocluster, the fallback
	d, err := vm.RunString(describeJS)
	if err != nil {
		t.Fatal(err)
	}
	describe, _ := goja.AssertFunction(d)
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	return vm, newJSONParser(vm), describe, parse
}

func TestJSONParseMatchesJSONParse(t *testing.T) {
	vm, p, describe, parse := parseHarness(t)
	for _, text := range []string{
		`{"cmd":"NODE_CLUSTER","act":"queryServer","index":0,"data":null,"address":null,"port":0,"addressType":4,"backlog":0,"seq":1}`,
		`{"cmd":"NODE_HANDLE","type":"net.Native","msg":{"act":"newconn","key":"::0:6:-1:0","seq":3}}`,
		`{"i":0}`, `{"i":-0}`, `-0`, `0`, `1e3`, `1.5`, `-12.25e-3`, `123456789012345678901234`,
		`9007199254740993`, `1E400`, `01`, `1.`, `.5`, `-`, `+1`,
		`"a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u4e2d"`, `"\ud83d\ude00"`, `"\ud800"`, `"é中😀"`,
		`[]`, `[1,[2,[3]],{}]`, `[1,]`, `{"a":1,}`, `{"a":1,"a":2,"b":3}`, `{"b":1,"a":2,"1":3,"0":4}`,
		`{"__proto__":{"x":1}}`, `{"constructor":1,"toString":2}`, `{"":1}`,
		` { "a" : [ true , false , null ] } `, `true`, `nul`, `{"a"}`, `"tab	in"`, `"a` + "\x01" + `"`,
		`{"a":1} x`, ``, `"unterminated`, `[`, `{"key\u0041":1}`,
		`-1e400`, `1e-400`, `-1e-400`, `[1e400,{"a":-2E+999}]`, `"\udc00"`, `{"\ud800":"\ud800x"}`,
	} {
		checkParseLikeJSONParse(t, vm, p, describe, parse, text)
	}
	// Whatever the parser takes, it takes whole.
	for _, text := range []string{`{"cmd":"x","n":[1,2,3]}`, `[1e400,-1e400]`} {
		if _, ok := p.parse([]byte(text)); !ok {
			t.Fatalf("%s must take the fast path", text)
		}
	}
}

// A received line goes through the fast parser or, when it refuses,
// JSON.parse: either way, what node's receiver gets (a lone surrogate
// stays one; beyond float64 is Infinity), not U+FFFD or an exception.
func TestReceivedLineAsNodeParsesIt(t *testing.T) {
	vm, p, describe, parse := parseHarness(t)
	for text, want := range map[string]string{
		`{"s":"\ud800"}`:              `O{"s"wec=string:"\ud800"}`,
		`["a\udc00b","\ud83d\ude00"]`: `A[]{"0"wec=string:"a\udc00b","1"wec=string:"😀","length"w=num:2}`,
		`{"n":1e400,"m":-1e400}`:      `O{"n"wec=num:Infinity,"m"wec=num:-Infinity}`,
	} {
		v, ok := p.parse([]byte(text))
		if !ok {
			var err error
			if v, err = parse(goja.Undefined(), vm.ToValue(text)); err != nil {
				t.Fatalf("%s: %v", text, err)
			}
		}
		if d, _ := describe(goja.Undefined(), v); d.String() != want {
			t.Errorf("%s:\n got %s\nwant %s", text, d, want)
		}
	}
}

func FuzzJSONParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,-0,"x\n"],"b":{"c":null}}`, `"\u00e9"`, `[true,false]`, `1e-7`} {
		f.Add(s)
	}
	vm, p, describe, parse := parseHarness(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkParseLikeJSONParse(t, vm, p, describe, parse, text)
	})
}

// BenchmarkReceivedLine is the parse of a typical cluster message.
func BenchmarkReceivedLine(b *testing.B) {
	vm := goja.New()
	p := newJSONParser(vm)
	line := []byte(`{"cmd":"NODE_CLUSTER","act":"queryServer","index":0,"data":null,"address":"127.0.0.1","port":8080,"addressType":4,"backlog":511,"seq":17,"list":[1,2.5,"abc",true,{"x":"y\n"}]}`)
	for b.Loop() {
		if _, ok := p.parse(line); !ok {
			b.Fatal("refused")
		}
	}
}
