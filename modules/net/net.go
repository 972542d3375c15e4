package net

import (
	"context"
	"embed"
	"errors"
	stdnet "net"
	"net/netip"
	"os"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/web"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows the module by.
const ModuleName = "net"

//go:embed js/*.js
var sources embed.FS

// startedAsWorker is read once, at process start: a cluster worker's
// NODE_UNIQUE_ID is taken out of the environment before user code runs,
// and a process that never was a worker need not load cluster to listen.
var startedAsWorker = os.Getenv("NODE_UNIQUE_ID") != ""

// InternalModuleName is node's internal/net (with --expose-internals):
// the symbol that marks normalized connect arguments, and the IP tests.
const InternalModuleName = "internal/net"

// Require fills module.exports for require('net').
func Require(rt *gort.Runtime, module *goja.Object) {
	b := newBinding(rt)
	bindings.Store(rt, b)
	rt.OnExit(func() { bindings.Delete(rt) })
	exports := b.load("net")
	_ = module.Set("exports", exports)
}

// bindings keeps each runtime's net binding, whose parts internal/net
// shares.
var bindings sync.Map // *gort.Runtime -> *binding

// RequireInternal fills module.exports for internal/net, from the parts
// require('net') loaded (the same normalizedArgsSymbol).
func RequireInternal(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	netExports, err := rt.Require(ModuleName)
	if err != nil {
		panic(err)
	}
	v, _ := bindings.Load(rt)
	args := v.(*binding).load("args").ToObject(vm)
	n := netExports.ToObject(vm)
	exports := vm.NewObject()
	for _, name := range []string{"isIP", "isIPv4", "isIPv6"} {
		_ = exports.Set(name, n.Get(name))
	}
	_ = exports.Set("normalizedArgsSymbol", args.Get("normalizedArgsSymbol"))
	_ = module.Set("exports", exports)
}

// binding is what the JS parts of net see as `binding`: load(name), by
// which they require one another once each, and the Go helpers.
type binding struct {
	rt     *gort.Runtime
	obj    *goja.Object
	loaded map[string]*goja.Object
}

func newBinding(rt *gort.Runtime) *binding {
	vm := rt.VM
	b := &binding{rt: rt, obj: vm.NewObject(), loaded: map[string]*goja.Object{}}
	set := func(name string, v any) { _ = b.obj.Set(name, v) }
	set("load", func(name string) goja.Value { return b.load(name) })
	set("startedAsWorker", startedAsWorker)
	set("isIPv4", isIPv4)
	set("isIPv6", isIPv6)
	set("guessHandleType", gcnet.GuessHandleType)
	set("lookup", b.lookup)
	// Whether a PerformanceObserver watches 'net' entries (connects).
	set("netObserved", func() bool { return web.Observing(rt, "net") })
	set("ipBytes", func(s string, family int) goja.Value { return ipBytes(vm, s, family) })
	return b
}

// ipBytes parses an address of family 4 or 6 into [canonical text, its 16
// bytes (IPv4 as ::ffff:a.b.c.d)], or null when it is not one.
func ipBytes(vm *goja.Runtime, s string, family int) goja.Value {
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" || (family == 4) != a.Is4() {
		return goja.Null()
	}
	b := a.As16()
	out := make([]any, 16)
	for i, x := range b {
		out[i] = int(x)
	}
	return vm.NewArray(a.String(), vm.NewArray(out...))
}

func (b *binding) load(name string) goja.Value {
	if m, ok := b.loaded[name]; ok {
		return m.Get("exports")
	}
	vm := b.rt.VM
	if strings.ContainsAny(name, "/\\.") {
		panic(vm.NewTypeError("net: bad internal module name " + name))
	}
	src, err := sources.ReadFile("js/" + name + ".js")
	if err != nil {
		panic(vm.NewTypeError("net: no internal module " + name))
	}
	module := vm.NewObject()
	_ = module.Set("exports", vm.NewObject())
	b.loaded[name] = module
	file := "internal/net/" + name
	if name == "net" {
		file = "net"
	}
	b.rt.RunCoreJS(file, string(src), module, b.obj)
	return module.Get("exports")
}

// isIPv4 accepts dotted quads without leading zeros, as Node's isIPv4.
func isIPv4(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is4()
}

// isIPv6 accepts IPv6 text forms (with an embedded IPv4 tail or a %zone of
// letters, digits, '-', '.' and ':'), as Node's isIPv6.
func isIPv6(s string) bool {
	addr, zone, _ := strings.Cut(s, "%")
	if strings.Contains(s, "%") {
		if zone == "" || strings.IndexFunc(zone, func(r rune) bool {
			return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '.' || r == ':')
		}) >= 0 {
			return false
		}
	}
	a, err := netip.ParseAddr(addr)
	return err == nil && a.Is6()
}

// lookup resolves host off the loop, as dns.lookup does, and calls back
// cb(errCode, addresses) on the loop: addresses is [[address, family], ...]
// in the resolver's order; errCode is "" or getaddrinfo's ("ENOTFOUND").
func (b *binding) lookup(host string, family int, cb goja.Value) {
	rt := b.rt
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	rt.Loop.Ref()
	go func() {
		addrs, err := stdnet.DefaultResolver.LookupNetIP(context.Background(), network, host)
		code := ""
		if err != nil || len(addrs) == 0 {
			code = lookupErrCode(err)
		}
		rt.Loop.Post(func() {
			rt.Loop.Unref()
			vm := rt.VM
			list := make([]any, 0, len(addrs))
			for _, a := range addrs {
				a = a.Unmap()
				f := 4
				if a.Is6() {
					f = 6
				}
				list = append(list, vm.NewArray(a.String(), f))
			}
			rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(code), vm.NewArray(list...))
		})
	}()
}

func lookupErrCode(err error) string {
	var de *stdnet.DNSError
	if errors.As(err, &de) {
		switch {
		case de.IsNotFound:
			return "ENOTFOUND"
		case de.IsTimeout, de.IsTemporary:
			return "EAI_AGAIN"
		}
		return "ENOTFOUND"
	}
	return "ENOTFOUND"
}
