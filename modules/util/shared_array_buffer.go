package util

import (
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// SharedArrayBufferModuleName holds the SharedArrayBuffer global: goja has
// none. A gocluster process runs one JS thread and no worker shares its
// memory, so a SharedArrayBuffer is ArrayBuffer memory under a class of its
// own: typed arrays and DataViews view it as usual, and util.types (and so
// inspect) tell the two apart by the registry below. It cannot grow, as
// goja's buffers cannot change size.
const SharedArrayBufferModuleName = "internal/shared_array_buffer"

// sharedBuffers holds (weakly) every buffer made by SharedArrayBuffer; an
// entry goes when its buffer is collected.
var sharedBuffers sync.Map // weak.Pointer[goja.Object] -> struct{}

func markShared(o *goja.Object) {
	key := weak.Make(o)
	sharedBuffers.Store(key, struct{}{})
	runtime.AddCleanup(o, func(k weak.Pointer[goja.Object]) { sharedBuffers.Delete(k) }, key)
}

// isShared reports whether v is a buffer SharedArrayBuffer made.
func isShared(v goja.Value) bool {
	o, ok := asObject(v)
	if !ok || implName(o) != "*goja.arrayBufferObject" {
		return false
	}
	_, found := sharedBuffers.Load(weak.Make(o))
	return found
}

func rangeError(vm *goja.Runtime, msg string) *goja.Object {
	o, err := vm.New(vm.Get("RangeError"), vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

func init() {
	gort.RegisterCore(SharedArrayBufferModuleName, func(rt *gort.Runtime, module *goja.Object) {
		vm := rt.VM
		exports := vm.NewObject()
		ctor := newSharedArrayBufferClass(vm)
		_ = exports.Set("SharedArrayBuffer", ctor)
		// share(sab) is another SharedArrayBuffer on the same memory, as
		// structuredClone and postMessage make one.
		_ = exports.Set("share", func(sab *goja.Object) *goja.Object {
			if !isShared(sab) {
				panic(vm.NewTypeError("share: not a SharedArrayBuffer"))
			}
			out := vm.ToValue(vm.NewArrayBuffer(sab.Export().(goja.ArrayBuffer).Bytes())).ToObject(vm)
			_ = out.SetPrototype(sab.Prototype())
			markShared(out)
			return out
		})
		_ = module.Set("exports", exports)
	})
	gort.RegisterGlobal("SharedArrayBuffer", SharedArrayBufferModuleName, "SharedArrayBuffer")
}

// newSharedArrayBufferClass builds the constructor and its prototype, with
// V8's property names, flags and error messages.
func newSharedArrayBufferClass(vm *goja.Runtime) *goja.Object {
	arrayBuffer := vm.Get("ArrayBuffer").ToObject(vm)
	proto := vm.NewObject()
	// make(length, newTarget) is the constructor's body; the function
	// around it is JS because goja's Go constructors cannot tell a call
	// from new.
	make := func(length goja.Value, newTarget *goja.Object) *goja.Object {
		buf, err := vm.New(arrayBuffer, vm.ToValue(bufferLength(vm, length)))
		if err != nil {
			panic(err)
		}
		// A subclass's instances get its prototype.
		target := proto
		if p, ok := newTarget.Get("prototype").(*goja.Object); ok {
			target = p
		}
		_ = buf.SetPrototype(target)
		markShared(buf)
		return buf
	}
	wrap, err := vm.RunProgram(sharedArrayBufferWrapper())
	if err != nil {
		panic(err)
	}
	wrapFn, _ := goja.AssertFunction(wrap)
	ctorValue, err := wrapFn(goja.Undefined(), vm.ToValue(make))
	if err != nil {
		panic(err)
	}
	ctor := ctorValue.ToObject(vm)
	setFunctionMeta(vm, ctor, "SharedArrayBuffer", 1)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	species := vm.ToValue(func(call goja.FunctionCall) goja.Value { return call.This }).ToObject(vm)
	setFunctionMeta(vm, species, "get [Symbol.species]", 0)
	_ = ctor.DefineAccessorPropertySymbol(goja.SymSpecies, species, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	self := func(call goja.FunctionCall, method string) *goja.Object {
		if !isShared(call.This) {
			panic(vm.NewTypeError(fmt.Sprintf("Method SharedArrayBuffer.prototype.%s called on incompatible receiver %s",
				method, receiverText(call.This))))
		}
		return call.This.(*goja.Object)
	}
	byteLength := func(o *goja.Object) int64 {
		return int64(len(o.Export().(goja.ArrayBuffer).Bytes()))
	}
	getter := func(name string, get func(*goja.Object) goja.Value) {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value { return get(self(call, name)) }).ToObject(vm)
		setFunctionMeta(vm, fn, "get "+name, 0)
		_ = proto.DefineAccessorProperty(name, fn, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	method := func(name string, length int, f func(*goja.Object, goja.FunctionCall) goja.Value) {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value { return f(self(call, name), call) }).ToObject(vm)
		setFunctionMeta(vm, fn, name, length)
		_ = proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	getter("byteLength", func(o *goja.Object) goja.Value { return vm.ToValue(byteLength(o)) })
	method("slice", 2, func(o *goja.Object, call goja.FunctionCall) goja.Value {
		data := o.Export().(goja.ArrayBuffer).Bytes()
		n := int64(len(data))
		from := relativeIndex(call.Argument(0), n, 0)
		to := relativeIndex(call.Argument(1), n, n)
		size := max(to-from, 0)
		out, err := vm.New(speciesConstructor(vm, o, ctor), vm.ToValue(size))
		if err != nil {
			panic(err)
		}
		if !isShared(out) || out == o || int64(len(out.Export().(goja.ArrayBuffer).Bytes())) < size {
			panic(vm.NewTypeError("Method SharedArrayBuffer.prototype.slice called on incompatible receiver " + receiverText(out)))
		}
		if from < to {
			copy(out.Export().(goja.ArrayBuffer).Bytes(), data[from:to])
		}
		return out
	})
	getter("maxByteLength", func(o *goja.Object) goja.Value { return vm.ToValue(byteLength(o)) })
	getter("growable", func(*goja.Object) goja.Value { return vm.ToValue(false) })
	method("grow", 1, func(o *goja.Object, _ goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("Method SharedArrayBuffer.prototype.grow called on incompatible receiver " + receiverText(o)))
	})
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("SharedArrayBuffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return ctor
}

// sharedArrayBufferWrapper makes the constructor around make, which
// checks new.target as V8's does.
var sharedArrayBufferWrapper = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("node:internal/shared_array_buffer", `(function (make) {
  return function SharedArrayBuffer(length) {
    if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
    return make(length, new.target);
  };
})`, true)
})

// bufferLength is the spec's ToIndex of a buffer length, with V8's error.
func bufferLength(vm *goja.Runtime, v goja.Value) int64 {
	if v == nil || goja.IsUndefined(v) {
		return 0
	}
	f := v.ToNumber().ToFloat()
	if f != f { // NaN
		return 0
	}
	if f <= -1 || f >= 1<<53 {
		panic(rangeError(vm, "Invalid array buffer length"))
	}
	return int64(f)
}

// speciesConstructor is the spec's SpeciesConstructor(o, def).
func speciesConstructor(vm *goja.Runtime, o, def *goja.Object) *goja.Object {
	c := o.Get("constructor")
	if c == nil || goja.IsUndefined(c) {
		return def
	}
	co, ok := c.(*goja.Object)
	if !ok {
		panic(vm.NewTypeError("object.constructor is not an object"))
	}
	s := co.GetSymbol(goja.SymSpecies)
	if s == nil || goja.IsUndefined(s) || goja.IsNull(s) {
		return def
	}
	if so, ok := s.(*goja.Object); ok {
		if _, isFn := goja.AssertConstructor(so); isFn {
			return so
		}
	}
	panic(vm.NewTypeError("object.constructor[Symbol.species] is not a constructor"))
}

// setFunctionMeta gives a Go-made function the name and length V8 reports.
func setFunctionMeta(vm *goja.Runtime, fn *goja.Object, name string, length int) {
	_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// relativeIndex is the spec's clamp of a slice bound: negative counts from
// the end, undefined is def.
func relativeIndex(v goja.Value, length, def int64) int64 {
	if goja.IsUndefined(v) {
		return def
	}
	f := v.ToFloat()
	var i int64
	switch {
	case f != f: // NaN
		i = 0
	case f < 0:
		i = max(length+int64(max(f, -float64(length))), 0)
	default:
		i = int64(min(f, float64(length)))
	}
	return i
}

// receiverText names a value as V8's incompatible-receiver messages do:
// #<Class> for an object, the value itself otherwise.
func receiverText(v goja.Value) string {
	o, ok := asObject(v)
	if !ok {
		if v == nil {
			return "undefined"
		}
		return v.String()
	}
	name := "Object"
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n := c.Get("name"); n != nil && n.String() != "" {
			name = n.String()
		}
	}
	return "#<" + name + ">"
}

// SharedBytes is the memory of a SharedArrayBuffer, for another runtime
// (a worker thread) to share.
func SharedBytes(v goja.Value) ([]byte, bool) {
	if !isShared(v) {
		return nil, false
	}
	return v.Export().(goja.ArrayBuffer).Bytes(), true
}

// WrapShared is a SharedArrayBuffer of rt on memory another runtime's
// SharedArrayBuffer has: both see each other's writes.
func WrapShared(rt *gort.Runtime, b []byte) *goja.Object {
	vm := rt.VM
	ctor := vm.Get("SharedArrayBuffer").ToObject(vm)
	out := vm.ToValue(vm.NewArrayBuffer(b)).ToObject(vm)
	_ = out.SetPrototype(ctor.Get("prototype").ToObject(vm))
	markShared(out)
	return out
}
