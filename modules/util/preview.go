package util

import (
	"reflect"
	"unsafe"
	"weak"

	"github.com/dop251/goja"
)

// previewEntries lists what a Map/Set iterator has left to yield, or the
// live entries of a WeakMap/WeakSet, without advancing or touching them.
// goja keeps these in unexported fields, read here through reflect; if its
// layout ever changes the preview is simply unavailable (undefined).
//
// For iterators the result is [entries, isKeyValue] (entries flat as
// [k1, v1, k2, v2] when isKeyValue); for weak collections just entries.
func previewEntries(vm *goja.Runtime, v goja.Value, isIterator bool) (res goja.Value) {
	o, ok := asObject(v)
	if !ok {
		return goja.Undefined()
	}
	defer func() {
		if recover() != nil {
			res = goja.Undefined()
		}
	}()
	self := reflect.ValueOf(o).Elem().FieldByIndex(selfIndex).Elem()
	var entries []any
	isKeyValue := false
	switch implName(o) {
	case "*goja.mapIterObject", "*goja.setIterObject":
		isMap := implName(o) == "*goja.mapIterObject"
		kind := readable(self.Elem().FieldByName("kind")).Int()
		// iterationKind: key, value, key+value.
		const kindKey, kindValue = 0, 1
		for _, e := range remainingEntries(self.Elem().FieldByName("iter")) {
			switch {
			case !isMap:
				if kind == kindValue || kind == kindKey {
					entries = append(entries, e.key)
				} else {
					entries = append(entries, e.key, e.key)
					isKeyValue = true
				}
			case kind == kindKey:
				entries = append(entries, e.key)
			case kind == kindValue:
				entries = append(entries, e.value)
			default:
				entries = append(entries, e.key, e.value)
				isKeyValue = true
			}
		}
		if !isIterator {
			return vm.NewArray(entries...)
		}
		return vm.NewArray(vm.NewArray(entries...), isKeyValue)
	case "*goja.weakMapObject":
		entries = weakEntries(self.Elem().FieldByName("m"), true)
	case "*goja.weakSetObject":
		entries = weakEntries(self.Elem().FieldByName("s"), false)
	default:
		return goja.Undefined()
	}
	if isIterator {
		return vm.NewArray(vm.NewArray(entries...), false)
	}
	return vm.NewArray(entries...)
}

// readable makes an unexported field usable.
func readable(f reflect.Value) reflect.Value {
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

type previewEntry struct{ key, value goja.Value }

// remainingEntries follows an *orderedMapIter the way its next() would:
// from the current entry (stepping back over deleted ones) onwards.
func remainingEntries(iterField reflect.Value) []previewEntry {
	iter := readable(iterField)
	if iter.IsNil() {
		return nil // exhausted
	}
	it := iter.Elem()
	m := readable(it.FieldByName("m"))
	if m.IsNil() {
		return nil // closed
	}
	cur := readable(it.FieldByName("cur"))
	for !cur.IsNil() && readable(cur.Elem().FieldByName("key")).IsNil() {
		cur = readable(cur.Elem().FieldByName("iterPrev"))
	}
	var next reflect.Value
	if cur.IsNil() {
		next = readable(m.Elem().FieldByName("iterFirst"))
	} else {
		next = readable(cur.Elem().FieldByName("iterNext"))
	}
	var out []previewEntry
	for !next.IsNil() {
		e := next.Elem()
		k, _ := readable(e.FieldByName("key")).Interface().(goja.Value)
		val, _ := readable(e.FieldByName("value")).Interface().(goja.Value)
		if val == nil {
			val = goja.Undefined()
		}
		if k != nil {
			out = append(out, previewEntry{k, val})
		}
		next = readable(e.FieldByName("iterNext"))
	}
	return out
}

// weakEntries reads a goja weakMap (map[weak.Pointer[Object]]Value plus a
// mutex) under its lock.
func weakEntries(wm reflect.Value, withValues bool) []any {
	wm = readable(wm)
	if mu, ok := wm.Addr().Interface().(interface {
		Lock()
		Unlock()
	}); ok {
		mu.Lock()
		defer mu.Unlock()
	}
	m, ok := readable(wm.FieldByName("m")).Interface().(map[weak.Pointer[goja.Object]]goja.Value)
	if !ok {
		return nil
	}
	var out []any
	for p, v := range m {
		key := p.Value()
		if key == nil {
			continue
		}
		if withValues {
			if v == nil {
				v = goja.Undefined()
			}
			out = append(out, key, v)
		} else {
			out = append(out, key)
		}
	}
	return out
}
