package util

import "github.com/dop251/goja"

// uvError is one libuv error: its (negative) code, name and description.
type uvError struct {
	code int64
	name string
	desc string
}

func uvErrorByCode(code int64) (uvError, bool) {
	for _, e := range uvErrors {
		if e.code == code {
			return e, true
		}
	}
	return uvError{}, false
}

// uvErrorMap is the entries of util.getSystemErrorMap(): [code, [name, desc]].
func uvErrorMap(vm *goja.Runtime) goja.Value {
	items := make([]any, len(uvErrors))
	for i, e := range uvErrors {
		items[i] = vm.NewArray(e.code, vm.NewArray(e.name, e.desc))
	}
	return vm.NewArray(items...)
}
