package util

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// goja does not export the kind of an object (a Map, an async function, a
// Map iterator...), but *goja.Object holds its implementation in the
// unexported field `self`, whose dynamic type names the kind. Reading a
// field's type through reflect is allowed and has no side effects (no
// getter or proxy trap runs).
var selfIndex = func() []int {
	f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self")
	if !ok {
		panic("util: goja.Object has no self field; update modules/util/types.go")
	}
	return f.Index
}()

// implName is the Go type of o's implementation, e.g. "*goja.mapObject".
func implName(o *goja.Object) string {
	if o == nil {
		return ""
	}
	v := reflect.ValueOf(o).Elem().FieldByIndex(selfIndex)
	if v.IsNil() {
		return ""
	}
	return v.Elem().Type().String()
}

func asObject(v goja.Value) (*goja.Object, bool) {
	o, ok := v.(*goja.Object)
	return o, ok && o != nil
}

// kindIs reports whether v is an object implemented by one of impls.
func kindIs(v goja.Value, impls ...string) bool {
	o, ok := asObject(v)
	if !ok {
		return false
	}
	name := implName(o)
	for _, impl := range impls {
		if name == impl {
			return true
		}
	}
	return false
}

// className is o.ClassName() for anything but a proxy (a revoked proxy
// panics on it).
func className(o *goja.Object) string {
	if implName(o) == "*goja.proxyObject" {
		return ""
	}
	return o.ClassName()
}

var bigIntType = reflect.TypeOf((*big.Int)(nil))

// boxedKind is "Number", "String", "Boolean", "BigInt" or "Symbol" for a
// primitive wrapper object, "" otherwise.
func boxedKind(v goja.Value) string {
	o, ok := asObject(v)
	if !ok {
		return ""
	}
	switch implName(o) {
	case "*goja.stringObject":
		return "String"
	case "*goja.primitiveValueObject":
		switch o.ClassName() {
		case "Number":
			return "Number"
		case "Boolean":
			return "Boolean"
		}
		// BigInt and Symbol wrappers share the "Object" class.
		if o.ExportType() == bigIntType {
			return "BigInt"
		}
		return "Symbol"
	}
	return ""
}

func isNativeError(v goja.Value) bool {
	o, ok := asObject(v)
	return ok && implName(o) == "*goja.errorObject"
}

func isArguments(v goja.Value) bool {
	o, ok := asObject(v)
	if !ok {
		return false
	}
	// Sloppy-mode arguments have their own implementation; strict-mode
	// ones are plain objects of class Arguments.
	return implName(o) == "*goja.argumentsObject" || className(o) == "Arguments"
}

// newTypes builds the util.types predicates that need engine internals.
// Typed arrays are recognised in JS (internal/types.js).
func newTypes(vm *goja.Runtime) *goja.Object {
	t := vm.NewObject()
	def := func(name string, pred func(goja.Value) bool) {
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(pred(call.Argument(0)))
		}).ToObject(vm)
		_ = fn.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		// V8's native predicates report length 0.
		_ = fn.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = t.Set(name, fn)
	}
	impl := func(impls ...string) func(goja.Value) bool {
		return func(v goja.Value) bool { return kindIs(v, impls...) }
	}
	boxed := func(kind string) func(goja.Value) bool {
		return func(v goja.Value) bool { return boxedKind(v) == kind }
	}
	never := func(goja.Value) bool { return false }

	def("isExternal", never)
	def("isDate", impl("*goja.dateObject"))
	def("isArgumentsObject", isArguments)
	def("isBigIntObject", boxed("BigInt"))
	def("isBooleanObject", boxed("Boolean"))
	def("isNumberObject", boxed("Number"))
	def("isStringObject", boxed("String"))
	def("isSymbolObject", boxed("Symbol"))
	def("isNativeError", isNativeError)
	def("isRegExp", impl("*goja.regexpObject"))
	def("isAsyncFunction", impl("*goja.asyncFuncObject", "*goja.asyncArrowFuncObject", "*goja.asyncMethodFuncObject"))
	def("isGeneratorFunction", impl("*goja.generatorFuncObject", "*goja.generatorMethodFuncObject"))
	def("isGeneratorObject", impl("*goja.generatorObject"))
	def("isPromise", impl("*goja.Promise"))
	def("isMap", impl("*goja.mapObject"))
	def("isSet", impl("*goja.setObject"))
	def("isMapIterator", impl("*goja.mapIterObject"))
	def("isSetIterator", impl("*goja.setIterObject"))
	def("isWeakMap", impl("*goja.weakMapObject"))
	def("isWeakSet", impl("*goja.weakSetObject"))
	def("isArrayBuffer", func(v goja.Value) bool { return kindIs(v, "*goja.arrayBufferObject") && !isShared(v) })
	def("isDataView", impl("*goja.dataViewObject"))
	// goja has no external values; ES module namespaces are the loader's
	// (runtime/esm_namespace.go).
	def("isSharedArrayBuffer", isShared)
	def("isProxy", impl("*goja.proxyObject"))
	def("isModuleNamespaceObject", gort.IsModuleNamespace)
	def("isAnyArrayBuffer", impl("*goja.arrayBufferObject"))
	def("isBoxedPrimitive", func(v goja.Value) bool { return boxedKind(v) != "" })
	return t
}

// proxyDetails is undefined for a non-proxy; for a proxy, its target (or
// [target, handler] when full), with nulls once revoked.
func proxyDetails(vm *goja.Runtime, v goja.Value, full bool) goja.Value {
	o, ok := asObject(v)
	if !ok || implName(o) != "*goja.proxyObject" {
		return goja.Undefined()
	}
	p, ok := o.Export().(goja.Proxy)
	if !ok {
		return goja.Undefined()
	}
	target, handler := goja.Value(goja.Null()), goja.Value(goja.Null())
	if t := p.Target(); t != nil {
		target = t
	}
	if h := p.Handler(); h != nil {
		handler = h
	}
	if full {
		return vm.NewArray(target, handler)
	}
	return target
}

// Promise states as Node's binding numbers them.
const (
	promisePending   = 0
	promiseFulfilled = 1
	promiseRejected  = 2
)

func promiseDetails(vm *goja.Runtime, v goja.Value) goja.Value {
	o, ok := asObject(v)
	if !ok {
		return goja.Undefined()
	}
	p, ok := o.Export().(*goja.Promise)
	if !ok {
		return goja.Undefined()
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return vm.NewArray(promiseFulfilled, p.Result())
	case goja.PromiseStateRejected:
		return vm.NewArray(promiseRejected, p.Result())
	}
	return vm.NewArray(promisePending)
}

// internalClassName names the class an object was created as, ignoring
// its prototype chain (V8's GetConstructorName).
func internalClassName(v goja.Value) string {
	o, ok := asObject(v)
	if !ok {
		return "Object"
	}
	switch implName(o) {
	case "*goja.arrayObject", "*goja.sparseArrayObject", "*goja.templatedArrayObject":
		return "Array"
	case "*goja.mapObject":
		return "Map"
	case "*goja.setObject":
		return "Set"
	case "*goja.weakMapObject":
		return "WeakMap"
	case "*goja.weakSetObject":
		return "WeakSet"
	case "*goja.dateObject":
		return "Date"
	case "*goja.regexpObject":
		return "RegExp"
	case "*goja.errorObject":
		return "Error"
	case "*goja.Promise":
		return "Promise"
	case "*goja.arrayBufferObject":
		return "ArrayBuffer"
	case "*goja.dataViewObject":
		return "DataView"
	case "*goja.proxyObject":
		return "Object"
	}
	if k := boxedKind(o); k != "" {
		return k
	}
	if className(o) == "Function" {
		return "Function"
	}
	return "Object"
}
