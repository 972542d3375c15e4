package util_test

import (
	"testing"

	"github.com/dop251/goja"
)

func benchInspect(b *testing.B, setup string) {
	rt := newRuntime(b)
	utilObj, _ := rt.Require("util")
	fv, err := rt.VM.RunString(`(function (util) {
		const v = ` + setup + `;
		return function () { return util.inspect(v); };
	})`)
	if err != nil {
		b.Fatal(err)
	}
	mk, _ := goja.AssertFunction(fv)
	f, _ := mk(goja.Undefined(), utilObj)
	fn, _ := goja.AssertFunction(f)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInspectNested(b *testing.B) {
	benchInspect(b, `{ a: [1, 2, 3, { b: 'str', c: new Map([[1, { d: [1, 2] }]]) }], e: new Set([1, 2, 3]), f: 'x'.repeat(20), g: { h: { i: { j: 1 } } } }`)
}
func BenchmarkInspectNumber(b *testing.B) { benchInspect(b, `1`) }
func BenchmarkInspectEmpty(b *testing.B)  { benchInspect(b, `{}`) }
func BenchmarkInspectFlat(b *testing.B)   { benchInspect(b, `{ a: 1, b: 2, c: 3 }`) }
func BenchmarkInspectArray(b *testing.B)  { benchInspect(b, `[1, 2, 3]`) }

func BenchmarkInspectBigArray(b *testing.B) {
	benchInspectOpts(b, `Array.from({ length: 20000 }, (_, i) => i)`, `{ maxArrayLength: null }`)
}

func benchInspectOpts(b *testing.B, setup, opts string) {
	rt := newRuntime(b)
	utilObj, _ := rt.Require("util")
	fv, err := rt.VM.RunString(`(function (util) {
		const v = ` + setup + `;
		return function () { return util.inspect(v, ` + opts + `); };
	})`)
	if err != nil {
		b.Fatal(err)
	}
	mk, _ := goja.AssertFunction(fv)
	f, _ := mk(goja.Undefined(), utilObj)
	fn, _ := goja.AssertFunction(f)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}
