package runtime

import (
	"github.com/dop251/goja"
)

// JSON.stringify of a circular structure throws V8's message, which names
// the path of the circle; goja's says only "Converting circular structure
// to JSON". When goja's throws that, circularPathSource walks the value
// again, in the order JSON.stringify does (toJSON, the replacer, the
// property list), to find the circle. Only then: the walk calls toJSON,
// the replacer and getters a second time.
const circularPathSource = `(function (value, replacer) {
  'use strict';
  const { getPrototypeOf, getOwnPropertyDescriptor, keys } = Object;
  const isArray = Array.isArray;
  const constructorName = (o) => {
    for (let p = o; p !== null; p = getPrototypeOf(p)) {
      const d = getOwnPropertyDescriptor(p, 'constructor');
      if (d !== undefined) {
        if (typeof d.value === 'function' && d.value.name) return d.value.name;
        break;
      }
    }
    return 'Object';
  };
  let replacerFn;
  let propertyList;
  if (typeof replacer === 'function') {
    replacerFn = replacer;
  } else if (isArray(replacer)) {
    propertyList = [];
    for (let i = 0; i < replacer.length; i++) {
      const v = replacer[i];
      let item;
      if (typeof v === 'string') item = v;
      else if (typeof v === 'number' || v instanceof Number || v instanceof String) item = String(v);
      if (item !== undefined && !propertyList.includes(item)) propertyList.push(item);
    }
  }
  const stack = [];
  const reachedBy = [];
  let circle;
  const walk = (holder, key, isIndex) => {
    let v = holder[key];
    if ((v !== null && typeof v === 'object') || typeof v === 'bigint') {
      const toJSON = v.toJSON;
      if (typeof toJSON === 'function') v = toJSON.call(v, key);
    }
    if (replacerFn !== undefined) v = replacerFn.call(holder, key, v);
    if (v === null || typeof v !== 'object') return false;
    const at = stack.indexOf(v);
    if (at >= 0) {
      circle = { at, key, isIndex };
      return true;
    }
    stack.push(v);
    reachedBy.push({ key, isIndex });
    if (isArray(v)) {
      for (let i = 0; i < v.length; i++) if (walk(v, String(i), true)) return true;
    } else {
      for (const k of propertyList || keys(v)) if (walk(v, k, false)) return true;
    }
    stack.pop();
    reachedBy.pop();
    return false;
  };
  try {
    if (!walk({ '': value }, '', false)) return undefined;
  } catch {
    return undefined;
  }
  const step = ({ key, isIndex }) => (isIndex ? 'index ' + key : "property '" + key + "'");
  const middle = [];
  for (let i = circle.at + 1; i < stack.length; i++) {
    middle.push('\n    |     ' + step(reachedBy[i]) + " -> object with constructor '" + constructorName(stack[i]) + "'");
  }
  // V8 shows the first two steps and the last one of a longer path.
  if (middle.length > 3) middle.splice(2, middle.length - 3, '\n    |     ...');
  return 'Converting circular structure to JSON\n    --> starting at object with constructor \'' +
    constructorName(stack[circle.at]) + "'" + middle.join('') + '\n    --- ' + step(circle) + ' closes the circle';
})`

const circularMessage = "Converting circular structure to JSON"

// installStringify wraps JSON.stringify so that its circular-structure
// TypeError carries V8's message.
func installStringify(vm *goja.Runtime, jsonObj *goja.Object) {
	stringify, ok := goja.AssertFunction(jsonObj.Get("stringify"))
	if !ok {
		return
	}
	var circularPath goja.Callable
	wrapper := func(call goja.FunctionCall) goja.Value {
		v, err := stringify(call.This, call.Arguments...)
		if err == nil {
			return v
		}
		ex, ok := err.(*goja.Exception)
		if !ok || !isCircularError(vm, ex.Value()) {
			panic(err)
		}
		if circularPath == nil {
			f, cerr := vm.RunString(circularPathSource)
			if cerr != nil {
				panic(cerr)
			}
			circularPath, _ = goja.AssertFunction(f)
		}
		msg, perr := circularPath(goja.Undefined(), call.Argument(0), call.Argument(1))
		if perr != nil || goja.IsUndefined(msg) {
			panic(err)
		}
		panic(vm.NewTypeError(msg.String()))
	}
	defineMethod(vm, jsonObj, "stringify", 3, wrapper)
}

func isCircularError(vm *goja.Runtime, v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	msg := obj.Get("message")
	return msg != nil && msg.String() == circularMessage && obj.Get("name").String() == "TypeError"
}
