// Package dns is require('dns') and require('dns/promises'). The JS files
// in js/ give Node's API (argument checks, errors, Resolver classes,
// promises); the Go binding does the work off the loop: getaddrinfo and
// getnameinfo on Go's resolver and the system files, and the resolve*
// queries on a small DNS client of its own (query.go), as c-ares does,
// since Go's resolver neither reports TTLs nor queries a given server.
package dns

import (
	"context"
	"embed"
	"errors"
	stdnet "net"
	"net/netip"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public ones and the part both share.
const (
	ModuleName         = "dns"
	PromisesModuleName = "dns/promises"
	utilsModuleName    = "internal/dns/utils"
)

//go:embed js/*.js
var sources embed.FS

func source(name string) string {
	b, err := sources.ReadFile("js/" + name + ".js")
	if err != nil {
		panic("dns: missing embedded source " + name)
	}
	return string(b)
}

// Modules maps every module this package provides to its loader.
var Modules = map[string]gort.ModuleLoader{
	ModuleName:         Require,
	PromisesModuleName: RequirePromises,
	utilsModuleName: func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS(utilsModuleName, source("utils"), module, newBinding(rt))
	},
	"internal/dns/promises": func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS("internal/dns/promises", source("promises"), module, goja.Undefined())
	},
}

// Require fills module.exports for require('dns').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source("dns"), module, goja.Undefined())
}

// RequirePromises is require('dns/promises'), the same object as
// require('dns').promises.
func RequirePromises(rt *gort.Runtime, module *goja.Object) {
	v, err := rt.Require("internal/dns/promises")
	if err != nil {
		panic(err)
	}
	_ = module.Set("exports", v)
}

// getaddrinfo's flags as Linux numbers them (dns.ADDRCONFIG, ...).
const (
	aiV4Mapped   = 8
	aiAll        = 16
	aiAddrConfig = 32
)

func newBinding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	_ = b.Set("AI_ADDRCONFIG", aiAddrConfig)
	_ = b.Set("AI_V4MAPPED", aiV4Mapped)
	_ = b.Set("AI_ALL", aiAll)
	// getaddrinfo(host, family, hints, cb): cb(code, [[address, family], ...]).
	_ = b.Set("getaddrinfo", func(host string, family, hints int, cb goja.Value) {
		async(rt, cb, func() (string, func() []goja.Value) {
			addrs, code := getaddrinfo(host, family, hints)
			return code, func() []goja.Value { return []goja.Value{addrList(vm, addrs)} }
		})
	})
	// getnameinfo(address, port, cb): cb(code, hostname, service).
	_ = b.Set("getnameinfo", func(host string, port int, cb goja.Value) {
		async(rt, cb, func() (string, func() []goja.Value) {
			name, service, code := getnameinfo(host, port)
			return code, func() []goja.Value { return []goja.Value{vm.ToValue(name), vm.ToValue(service)} }
		})
	})
	_ = b.Set("newChannel", func(timeoutMs, tries int) *goja.Object { return newChannelObject(rt, timeoutMs, tries) })
	return b
}

// async runs work on a goroutine and calls cb(code, ...results) on the
// loop, keeping the loop alive until then; code is "" on success. work
// returns its results as a function that makes the JS values, run on the
// loop since only the loop may touch the VM.
func async(rt *gort.Runtime, cb goja.Value, work func() (string, func() []goja.Value)) {
	rt.Loop.Ref()
	go func() {
		code, results := work()
		rt.Loop.Post(func() {
			rt.Loop.Unref()
			args := []goja.Value{rt.VM.ToValue(code)}
			if code == "" {
				args = append(args, results()...)
			}
			rt.MakeCallback(cb, goja.Undefined(), args...)
		})
	}()
}

func addrList(vm *goja.Runtime, addrs []netip.Addr) goja.Value {
	list := make([]any, 0, len(addrs))
	for _, a := range addrs {
		f := 4
		if a.Is6() {
			f = 6
		}
		list = append(list, vm.NewArray(a.String(), f))
	}
	return vm.NewArray(list...)
}

// asciiName is a host name as the resolvers take it: IDNA-encoded, as
// Node's toASCII does, or unchanged when it does not encode.
func asciiName(name string) string {
	if a, err := idna.Lookup.ToASCII(name); err == nil {
		return a
	}
	return name
}

// getaddrinfo resolves host as the C library's getaddrinfo does for Node:
// hosts file, then DNS, of family 0 (both), 4 or 6, with the AI_* hints.
// code is "" or getaddrinfo's error as Node names it.
func getaddrinfo(host string, family, hints int) ([]netip.Addr, string) {
	network := "ip"
	switch {
	case family == 4:
		network = "ip4"
	case family == 6 && hints&aiV4Mapped == 0:
		network = "ip6"
	}
	addrs, err := stdnet.DefaultResolver.LookupNetIP(context.Background(), network, asciiName(host))
	if err != nil {
		return nil, lookupErrCode(err)
	}
	for i, a := range addrs {
		addrs[i] = a.Unmap()
	}
	switch family {
	case 6:
		addrs = v4Mapped(addrs, hints&aiAll != 0)
	case 0:
		if hints&aiAddrConfig != 0 {
			addrs = configuredFamilies(addrs)
		}
	}
	if len(addrs) == 0 {
		return nil, "ENOTFOUND"
	}
	return addrs, ""
}

// v4Mapped keeps the IPv6 answers; IPv4 ones become ::ffff:a.b.c.d when
// there are no IPv6 ones or all is set (AI_V4MAPPED, AI_ALL). Without
// AI_V4MAPPED the list holds IPv6 answers only already.
func v4Mapped(addrs []netip.Addr, all bool) []netip.Addr {
	var v6, v4 []netip.Addr
	for _, a := range addrs {
		if a.Is4() {
			v4 = append(v4, netip.AddrFrom16(a.As16()))
		} else {
			v6 = append(v6, a)
		}
	}
	if len(v6) == 0 || all {
		return append(v6, v4...)
	}
	return v6
}

// configuredFamilies drops the answers of a family the machine has no
// non-loopback address of (AI_ADDRCONFIG).
func configuredFamilies(addrs []netip.Addr) []netip.Addr {
	ifaddrs, err := stdnet.InterfaceAddrs()
	if err != nil {
		return addrs
	}
	var has4, has6 bool
	for _, ia := range ifaddrs {
		p, err := netip.ParsePrefix(ia.String())
		if err != nil || p.Addr().IsLoopback() {
			continue
		}
		if p.Addr().Unmap().Is4() {
			has4 = true
		} else {
			has6 = true
		}
	}
	kept := addrs[:0]
	for _, a := range addrs {
		if a.Is4() && has4 || a.Is6() && has6 {
			kept = append(kept, a)
		}
	}
	return kept
}

// lookupErrCode names a resolver failure as getaddrinfo's would be: a name
// that does not exist is ENOTFOUND, a server that cannot answer now
// EAI_AGAIN.
func lookupErrCode(err error) string {
	var de *stdnet.DNSError
	if errors.As(err, &de) && !de.IsNotFound && (de.IsTimeout || de.IsTemporary) {
		return "EAI_AGAIN"
	}
	return "ENOTFOUND"
}

// getnameinfo finds the name of an address (hosts file, then DNS) and the
// service of a TCP port (/etc/services, else the number), as Node's
// getnameinfo with NI_NAMEREQD: an address without a name fails.
func getnameinfo(host string, port int) (string, string, string) {
	names, err := stdnet.DefaultResolver.LookupAddr(context.Background(), host)
	if err != nil || len(names) == 0 {
		return "", "", "ENOTFOUND"
	}
	return strings.TrimSuffix(names[0], "."), serviceName(port, "tcp"), ""
}

func itoa(i int) string { return strconv.Itoa(i) }
