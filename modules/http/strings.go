package http

import (
	"unicode/utf8"

	"github.com/dop251/goja"
)

// stringCache turns header bytes into JS strings, reusing the values of
// ones seen before (header names, and the short values clients repeat on
// every request) so a request costs no new strings for them.
type stringCache struct {
	vm *goja.Runtime
	m  map[string]goja.Value
}

const (
	cacheMaxEntries = 4096
	cacheMaxLen     = 96
)

func (c *stringCache) init(vm *goja.Runtime) {
	c.vm = vm
	c.m = make(map[string]goja.Value, 256)
}

// get is b as a JS string; bytes are Latin-1, one char each, as Node reads
// them.
func (c *stringCache) get(b []byte) goja.Value {
	if len(b) <= cacheMaxLen {
		if v, ok := c.m[string(b)]; ok {
			return v
		}
	}
	v := latin1(c.vm, b)
	if len(b) <= cacheMaxLen && len(c.m) < cacheMaxEntries {
		c.m[string(b)] = v
	}
	return v
}

// latin1 makes a JS string of b, one char per byte.
func latin1(vm *goja.Runtime, b []byte) goja.Value {
	ascii := true
	for _, c := range b {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return vm.ToValue(string(b))
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return vm.ToValue(string(r))
}
