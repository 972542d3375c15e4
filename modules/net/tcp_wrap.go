package net

import (
	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// TCPWrapModuleName is the internal module net.js drives sockets through:
// `new TCP()` handles shaped like Node's tcp_wrap, whose callbacks are the
// handle's onconnection/onconnect/onread/onwrite/onshutdown properties.
const TCPWrapModuleName = "internal/tcp_wrap"

// RequireTCPWrap fills module.exports for internal/tcp_wrap.
func RequireTCPWrap(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	exports := module.Get("exports").ToObject(vm)
	_ = exports.Set("TCP", func(call goja.ConstructorCall) *goja.Object {
		return newTCPObject(rt, gcnet.NewTCP(rt.Loop), call.This)
	})
}

// newTCPObject dresses a Go handle as the JS object net.js sees.
func newTCPObject(rt *gort.Runtime, h *gcnet.TCP, obj *goja.Object) *goja.Object {
	vm := rt.VM
	if obj == nil {
		obj = vm.NewObject()
	}
	callback := func(name string, args ...goja.Value) {
		if fn := obj.Get(name); fn != nil && !goja.IsUndefined(fn) {
			rt.MakeCallback(fn, obj, args...)
		}
	}
	h.OnConnection = func(status int, c *gcnet.TCP) {
		if c == nil {
			callback("onconnection", vm.ToValue(status), goja.Undefined())
			return
		}
		callback("onconnection", vm.ToValue(status), newTCPObject(rt, c, nil))
	}
	h.OnConnect = func(status int) { callback("onconnect", vm.ToValue(status)) }
	h.OnRead = func(status int, data []byte) {
		if status > 0 {
			callback("onread", vm.ToValue(status), buffer.New(rt, data))
			return
		}
		callback("onread", vm.ToValue(status), goja.Undefined())
	}
	h.OnWrite = func(req any, status int) {
		r, _ := req.(goja.Value)
		if r == nil {
			r = goja.Undefined()
		}
		callback("onwrite", r, vm.ToValue(status))
	}
	h.OnShutdown = func(status int) { callback("onshutdown", vm.ToValue(status)) }

	set := func(name string, fn any) { _ = obj.Set(name, fn) }
	set("listen", func(address string, port, family int, opts *goja.Object) int {
		var lo gcnet.ListenOptions
		if opts != nil {
			lo.IPv6Only = truthy(opts.Get("ipv6Only"))
			lo.ReusePort = truthy(opts.Get("reusePort"))
			if b := opts.Get("backlog"); b != nil {
				lo.Backlog = int(b.ToInteger())
			}
		}
		return h.Listen(address, port, family, lo)
	})
	set("openListener", h.OpenListener)
	set("open", h.Open)
	set("connect", h.Connect)
	set("readStart", h.ReadStart)
	set("readStop", h.ReadStop)
	// writeBuffer and writeString return 1 when the kernel took all the data
	// at once (no onwrite follows), 0 when onwrite(req, status) will report,
	// or a negative errno.
	set("writeBuffer", func(data goja.Value, req goja.Value) int {
		b, ok := buffer.Bytes(vm, data)
		if !ok {
			panic(rt.InvalidArgType("data", "Buffer", data))
		}
		return writeResult(h.Write(b, req))
	})
	set("writeString", func(s goja.Value, encoding string, req goja.Value) int {
		enc, ok := buffer.ParseEncoding(encoding)
		if !ok {
			enc, _ = buffer.ParseEncoding("utf8")
		}
		return writeResult(h.Write(buffer.EncodeString(s, enc), req))
	})
	set("shutdown", h.Shutdown)
	set("close", func(cb goja.Value) {
		h.OnClose = func() {
			if cb != nil && !goja.IsUndefined(cb) {
				rt.MakeCallback(cb, obj)
			}
		}
		h.Close()
	})
	name := func(get func() (gcnet.Addr, int)) func(out *goja.Object) int {
		return func(out *goja.Object) int {
			a, st := get()
			if st == 0 {
				_ = out.Set("address", a.Address)
				_ = out.Set("family", a.Family)
				_ = out.Set("port", a.Port)
			}
			return st
		}
	}
	set("getsockname", name(h.SockName))
	set("getpeername", name(h.PeerName))
	set("setNoDelay", h.SetNoDelay)
	set("setKeepAlive", h.SetKeepAlive)
	set("ref", h.Ref)
	set("unref", h.Unref)
	set("hasRef", h.HasRef)
	set("dupFd", func() int {
		fd, st := h.DupFd()
		if st != 0 {
			return st
		}
		return fd
	})
	_ = obj.DefineAccessorProperty("writeQueueSize", vm.ToValue(func() int { return h.WriteQueueSize() }), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

func writeResult(done bool, status int) int {
	switch {
	case status < 0:
		return status
	case done:
		return 1
	}
	return 0
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }
