// Package http is require('http') and its parts Node also lets programs
// require (_http_agent, _http_client, _http_common, _http_incoming,
// _http_outgoing, _http_server): Node's HTTP/1.1 server and client in JS,
// over require('net'), with the message parser in Go (package
// github.com/gocluster/gocluster/http) behind an HTTPParser binding
// shaped like Node's.
package http

import (
	"embed"
	"strings"
	"sync"

	"github.com/dop251/goja"

	gchttp "github.com/gocluster/gocluster/http"
	"github.com/gocluster/gocluster/modules/web"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "http"

//go:embed js/*.js
var sources embed.FS

// Modules maps each name require() knows to the JS part it loads.
var Modules = map[string]gort.ModuleLoader{
	ModuleName:       part("http"),
	"_http_agent":    part("agent"),
	"_http_client":   part("client"),
	"_http_common":   part("common"),
	"_http_incoming": part("incoming"),
	"_http_outgoing": part("outgoing"),
	"_http_server":   part("server"),
	"http2":          part("http2"),
}

func part(name string) gort.ModuleLoader {
	return func(rt *gort.Runtime, module *goja.Object) {
		_ = module.Set("exports", bindingOf(rt).load(name))
	}
}

// binding is what the JS parts see as `binding`: load(name), by which they
// require one another once each, and the parser classes.
type binding struct {
	rt     *gort.Runtime
	obj    *goja.Object
	loaded map[string]*goja.Object
	strs   stringCache
	date   utcDate
	// listKey marks a ConnectionsList object's Go side.
	listKey *goja.Symbol
}

// bindings keeps one binding per runtime, so every entry name shares the
// parts.
var bindings sync.Map // *gort.Runtime -> *binding

func bindingOf(rt *gort.Runtime) *binding {
	if b, ok := bindings.Load(rt); ok {
		return b.(*binding)
	}
	precompile()
	vm := rt.VM
	b := &binding{rt: rt, obj: vm.NewObject(), loaded: map[string]*goja.Object{}}
	b.strs.init(vm)
	bindings.Store(rt, b)
	rt.OnExit(func() { bindings.Delete(rt) })
	_ = b.obj.Set("load", func(name string) goja.Value { return b.load(name) })
	_ = b.obj.Set("maxHeaderSize", gchttp.DefaultMaxHeaderSize)
	_ = b.obj.Set("renderHead", b.renderHead)
	_ = b.obj.Set("utcDate", func() goja.Value { return b.date.get(vm) })
	// Whether a PerformanceObserver watches 'http' entries.
	_ = b.obj.Set("httpObserved", func() bool { return web.Observing(rt, "http") })
	b.installParser()
	b.installConnections()
	return b
}

// onFirstRequest are the parts of the client side that load when a program
// first makes a request (a server never does).
var onFirstRequest = map[string]bool{"client_request": true, "client_socket": true, "agent_pool": true}

// notPrecompiled are parts require('http') never loads.
var notPrecompiled = map[string]bool{"http2": true}

// precompile starts compiling, on other goroutines, every part that
// require('http') loads: compiling is most of what loading costs.
func precompile() {
	entries, _ := sources.ReadDir("js")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".js")
		if onFirstRequest[name] || notPrecompiled[name] {
			continue
		}
		src, err := sources.ReadFile("js/" + e.Name())
		if err == nil {
			gort.PrecompileCoreJS(fileName(name), string(src))
		}
	}
}

// fileName is the name a part's code runs under (stack traces show it):
// Node's own file names.
func fileName(part string) string {
	if part == "http" || part == "http2" {
		return part
	}
	return "_http_" + part
}

func (b *binding) load(name string) goja.Value {
	if m, ok := b.loaded[name]; ok {
		return m.Get("exports")
	}
	vm := b.rt.VM
	if strings.ContainsAny(name, "/\\.") {
		panic(vm.NewTypeError("http: bad internal module name " + name))
	}
	src, err := sources.ReadFile("js/" + name + ".js")
	if err != nil {
		panic(vm.NewTypeError("http: no internal module " + name))
	}
	module := vm.NewObject()
	_ = module.Set("exports", vm.NewObject())
	b.loaded[name] = module
	b.rt.RunCoreJS(fileName(name), string(src), module, b.obj)
	return module.Get("exports")
}
