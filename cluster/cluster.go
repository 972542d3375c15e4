package cluster

import (
	"embed"
	"os"
	"strings"
	"sync"

	"github.com/dop251/goja"

	gccp "github.com/gocluster/gocluster/modules/child_process"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "cluster"

//go:embed *.js
var sources embed.FS

// Require fills module.exports for require('cluster'): the worker side when
// NODE_UNIQUE_ID is in the environment as the module loads, the primary side
// otherwise. A worker loads it before its user code (Startup), while the
// variable is still there.
func Require(rt *gort.Runtime, module *goja.Object) {
	role := "primary"
	if _, ok := os.LookupEnv("NODE_UNIQUE_ID"); ok {
		role = "child"
	} else {
		gccp.PrecompileFork()
	}
	b := newBinding(rt)
	bindings.Lock()
	bindings.m[rt] = b
	bindings.Unlock()
	_ = module.Set("exports", b.load(role))
}

// bindings holds each runtime's cluster modules, for RequireInternal.
var bindings = struct {
	sync.Mutex
	m map[*gort.Runtime]*binding
}{m: map[*gort.Runtime]*binding{}}

// RequireInternal returns the loader of internal/cluster/<name> (for node
// --expose-internals): the very module the cluster module runs on, so that
// a test may patch it.
func RequireInternal(name string) gort.ModuleLoader {
	return func(rt *gort.Runtime, module *goja.Object) {
		if _, err := rt.Require(ModuleName); err != nil {
			panic(err)
		}
		bindings.Lock()
		b := bindings.m[rt]
		bindings.Unlock()
		_ = module.Set("exports", b.load(name))
	}
}

// Startup makes this process a cluster worker when it was forked as one:
// with a main script and NODE_UNIQUE_ID set, it sets up the worker side (the
// 'online' message, the disconnect handling) before preloads and the main
// script run, then drops the variable so the process's own children do not
// inherit it. Register it after child_process's start-up, which opens the
// IPC channel it talks over.
func Startup(rt *gort.Runtime) {
	if rt.Opts.Script == "" || rt.IsWorker() {
		return
	}
	if _, ok := os.LookupEnv("NODE_UNIQUE_ID"); !ok {
		return
	}
	exports, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	setup := exports.ToObject(rt.VM).Get("_setupWorker")
	rt.MakeCallback(setup, exports)
	_ = os.Unsetenv("NODE_UNIQUE_ID")
}

// PrecompileWorker starts compiling, on other goroutines, the JS Startup
// loads in a worker, so that it is ready by the time the runtime has
// bootstrapped. Call it early, before the runtime is made.
func PrecompileWorker() {
	if _, ok := os.LookupEnv("NODE_UNIQUE_ID"); !ok {
		return
	}
	for _, name := range []string{"child", "worker", "utils"} {
		if src, err := sources.ReadFile(name + ".js"); err == nil {
			gort.PrecompileCoreJS("internal/cluster/"+name, string(src))
		}
	}
}

// binding gives the JS files load(), by which they require one another once
// each, like Node's internal/cluster/* modules.
type binding struct {
	rt     *gort.Runtime
	obj    *goja.Object
	loaded map[string]*goja.Object
}

func newBinding(rt *gort.Runtime) *binding {
	b := &binding{rt: rt, obj: rt.VM.NewObject(), loaded: map[string]*goja.Object{}}
	_ = b.obj.Set("load", func(name string) goja.Value { return b.load(name) })
	return b
}

func (b *binding) load(name string) goja.Value {
	if m, ok := b.loaded[name]; ok {
		return m.Get("exports")
	}
	if strings.ContainsAny(name, "/\\.") {
		panic(b.rt.VM.NewTypeError("cluster: bad internal module name " + name))
	}
	src, err := sources.ReadFile(name + ".js")
	if err != nil {
		panic(b.rt.VM.NewTypeError("cluster: no internal module " + name))
	}
	module := b.rt.VM.NewObject()
	_ = module.Set("exports", b.rt.VM.NewObject())
	b.loaded[name] = module
	b.rt.RunCoreJS("internal/cluster/"+name, string(src), module, b.obj)
	return module.Get("exports")
}
