package child_process

import (
	"testing"

	"github.com/dop251/goja"
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
	} {
		checkParseLikeJSONParse(t, vm, p, describe, parse, text)
	}
	// Whatever the parser takes, it takes whole.
	if _, ok := p.parse([]byte(`{"cmd":"x","n":[1,2,3]}`)); !ok {
		t.Fatal("a plain message must take the fast path")
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
