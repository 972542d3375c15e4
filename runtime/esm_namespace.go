package runtime

import (
	"sync"

	"github.com/dop251/goja"
)

// An ES module's namespace object is an ordinary object here (loader.js's
// namespaceOf makes it: null prototype, a getter per export, the tag
// "Module"). util.types.isModuleNamespaceObject, and so util.inspect, know
// it by this set, which JS cannot write to.
var namespaces sync.Map // *goja.Object -> struct{}

func markNamespace(ns *goja.Object) { namespaces.Store(ns, struct{}{}) }

// IsModuleNamespace reports whether v is an ES module's namespace object.
func IsModuleNamespace(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	_, found := namespaces.Load(o)
	return found
}
