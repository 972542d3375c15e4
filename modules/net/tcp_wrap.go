package net

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// TCPWrapModuleName is the internal module net.js drives sockets through:
// `new TCP()` handles shaped like Node's tcp_wrap, whose callbacks are the
// handle's onconnection/onconnect/onread/onwrite/onshutdown properties.
const TCPWrapModuleName = "internal/tcp_wrap"

// tcpHandle gives a Go TCP handle the shape the wrapper works with.
type tcpHandle struct{ *gcnet.TCP }

func (t *tcpHandle) stream() *gcnet.Stream { return &t.TCP.Stream }
func (t *tcpHandle) setOnClose(f func())   { t.OnClose = f }

// RequireTCPWrap fills module.exports for internal/tcp_wrap: TCP and its
// constants (SOCKET, SERVER, UV_TCP_IPV6ONLY).
func RequireTCPWrap(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	exports := module.Get("exports").ToObject(vm)
	w := newWrapper(rt, "tcp_wrap")
	w.streamMethods()
	w.tcpMethods()
	_ = exports.Set("TCP", w.class("TCP", func(this *goja.Object) *goja.Object {
		return w.dressTCP(gcnet.NewTCP(rt.Loop), this)
	}))
	constants := vm.NewObject()
	_ = constants.Set("SOCKET", 0)
	_ = constants.Set("SERVER", 1)
	_ = constants.Set("UV_TCP_IPV6ONLY", 1)
	_ = exports.Set("constants", constants)
}

// dressTCP makes the JS object of a Go TCP handle.
func (w *wrapper) dressTCP(t *gcnet.TCP, obj *goja.Object) *goja.Object {
	vm := w.rt.VM
	obj = w.dress(&tcpHandle{t}, obj)
	// Connections inherit the server's async context (dress captures it).
	actx := w.rt.CaptureAsyncContext()
	t.OnConnection = func(status int, c *gcnet.TCP) {
		w.rt.WithAsyncContext(actx, func() { w.onConnectionTCP(obj, status, c) })
	}
	t.OnConnect = func(status int) {
		w.rt.WithAsyncContext(actx, func() { w.callback(obj, "onconnect", vm.ToValue(status)) })
	}
	return obj
}

func (w *wrapper) onConnectionTCP(obj *goja.Object, status int, c *gcnet.TCP) {
	vm := w.rt.VM
	if c == nil {
		w.callback(obj, "onconnection", vm.ToValue(status), goja.Undefined())
		return
	}
	if fn := obj.Get("onconnection"); fn == nil || goja.IsUndefined(fn) {
		c.Close() // nobody to take it
		return
	}
	w.callback(obj, "onconnection", vm.ToValue(status), w.dressTCP(c, nil))
}

// descriptorAccepter is a listening handle that can hand its accepted
// connections over as bare descriptors (TCP and Pipe, by their listener).
type descriptorAccepter interface{ AcceptDescriptors(func(fd int)) }

// acceptDescriptorsMethod defines acceptDescriptors(): from then on
// onconnection(0, fd) gets each accepted connection as a descriptor, the
// callee's to send and close, with no stream made for it (cluster's
// round-robin primary only passes connections on).
func (w *wrapper) acceptDescriptorsMethod() {
	vm := w.rt.VM
	w.method("acceptDescriptors", func(h socketHandle, call goja.FunctionCall) goja.Value {
		obj := call.This.ToObject(vm)
		h.(descriptorAccepter).AcceptDescriptors(func(fd int) {
			fn := obj.Get("onconnection")
			if fn == nil || goja.IsUndefined(fn) {
				_ = unix.Close(fd) // nobody to take it
				return
			}
			w.rt.MakeCallback(fn, obj, vm.ToValue(0), vm.ToValue(fd))
		})
		return goja.Undefined()
	})
}

func (w *wrapper) tcpMethods() {
	vm := w.rt.VM
	num := func(n int) goja.Value { return vm.ToValue(n) }
	tcp := func(h socketHandle) *gcnet.TCP { return h.(*tcpHandle).TCP }
	w.acceptDescriptorsMethod()
	// openOwned(fd) is open(fd) for a descriptor the handle takes over,
	// even when opening fails (a handle received over IPC).
	w.method("openOwned", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(tcp(h).OpenOwned(int(call.Argument(0).ToInteger())))
	})
	// listen(backlog) listens on the bound socket, as Node's handle does;
	// listen(address, port, family, {ipv6Only, reusePort, backlog}) binds
	// and listens in one step.
	w.method("listen", func(h socketHandle, call goja.FunctionCall) goja.Value {
		a := call.Argument(0)
		if _, ok := a.Export().(string); !ok {
			return num(h.ListenBound(int(a.ToInteger())))
		}
		var lo gcnet.ListenOptions
		if opts, ok := call.Argument(3).(*goja.Object); ok {
			lo.IPv6Only = truthy(opts.Get("ipv6Only"))
			lo.ReusePort = truthy(opts.Get("reusePort"))
			if b := opts.Get("backlog"); b != nil {
				lo.Backlog = int(b.ToInteger())
			}
		}
		return num(tcp(h).Listen(a.String(), int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()), lo))
	})
	// bind(address, port[, flags]) and bind6(address, port, flags), flags
	// holding UV_TCP_IPV6ONLY (1) and UV_TCP_REUSEPORT (2, libuv's newer
	// flag, which only cluster's SCHED_REUSEPORT sets).
	bind := func(h socketHandle, call goja.FunctionCall, family int) goja.Value {
		flags := call.Argument(2).ToInteger()
		address, port, ipv6Only := call.Argument(0).String(), int(call.Argument(1).ToInteger()), family == 6 && flags&1 != 0
		if flags&2 != 0 {
			return num(tcp(h).BindReusePort(address, port, family, ipv6Only))
		}
		return num(tcp(h).Bind(address, port, family, ipv6Only))
	}
	w.method("bind", func(h socketHandle, call goja.FunctionCall) goja.Value { return bind(h, call, 4) })
	w.method("bind6", func(h socketHandle, call goja.FunctionCall) goja.Value { return bind(h, call, 6) })
	w.method("openListener", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(tcp(h).OpenListener(int(call.Argument(0).ToInteger())))
	})
	// connect(address, port, localAddress, localPort); onconnect(status).
	w.method("connect", func(h socketHandle, call goja.FunctionCall) goja.Value {
		local := ""
		if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
			local = v.String()
		}
		return num(tcp(h).Connect(call.Argument(0).String(), int(call.Argument(1).ToInteger()), local, int(call.Argument(3).ToInteger())))
	})
	w.method("reset", func(h socketHandle, call goja.FunctionCall) goja.Value {
		cb, this := call.Argument(0), call.This
		h.setOnClose(func() {
			if _, ok := goja.AssertFunction(cb); ok {
				w.rt.MakeCallback(cb, this)
			}
		})
		return num(tcp(h).Reset())
	})
	name := func(get func(*gcnet.TCP) (gcnet.Addr, int)) func(socketHandle, goja.FunctionCall) goja.Value {
		return func(h socketHandle, call goja.FunctionCall) goja.Value {
			a, st := get(tcp(h))
			if out, ok := call.Argument(0).(*goja.Object); ok && st == 0 {
				_ = out.Set("address", a.Address)
				_ = out.Set("family", a.Family)
				_ = out.Set("port", a.Port)
			}
			return num(st)
		}
	}
	w.method("getsockname", name((*gcnet.TCP).SockName))
	w.method("getpeername", name((*gcnet.TCP).PeerName))
	w.method("setNoDelay", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(tcp(h).SetNoDelay(call.Argument(0).ToBoolean()))
	})
	w.method("setKeepAlive", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(tcp(h).SetKeepAlive(call.Argument(0).ToBoolean(), int(call.Argument(1).ToInteger())))
	})
}
