package dgram

import (
	"context"
	stdnet "net"
	"slices"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// UDPWrapModuleName is the internal module dgram drives sockets through:
// `new UDP()` handles shaped like Node's udp_wrap, which call back
// onmessage(nread, handle, buf, rinfo) and a send request's
// oncomplete(status, sent).
const UDPWrapModuleName = "internal/udp_wrap"

// RequireUDPWrap fills module.exports for internal/udp_wrap: UDP, SendWrap
// and constants (UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR).
func RequireUDPWrap(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	exports := module.Get("exports").ToObject(vm)
	w := &udpWrapper{rt: rt, key: goja.NewSymbol("udp_wrap"), proto: vm.NewObject()}
	w.methods()
	noTrySend := slices.Contains(rt.Opts.ExecArgv, "--test-udp-no-try-send")
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		u := gcnet.NewUDP(rt.Loop)
		u.NoTrySend = noTrySend
		return w.dress(u, call.This)
	}).ToObject(vm)
	_ = ctor.DefineDataProperty("name", vm.ToValue("UDP"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("prototype", w.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = w.proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = exports.Set("UDP", ctor)
	// A send request: a plain object dgram hangs its callback on.
	sendWrap, _ := vm.RunString("(function SendWrap() {})")
	_ = exports.Set("SendWrap", sendWrap)
	constants := vm.NewObject()
	_ = constants.Set("UV_UDP_IPV6ONLY", gcnet.UDPIPv6Only)
	_ = constants.Set("UV_UDP_REUSEADDR", gcnet.UDPReuseAddr)
	_ = exports.Set("constants", constants)
}

type udpWrapper struct {
	rt    *gort.Runtime
	key   *goja.Symbol // where an object keeps its Go handle
	proto *goja.Object
}

// dress ties u to obj and routes its events to obj's callbacks.
func (w *udpWrapper) dress(u *gcnet.UDP, obj *goja.Object) *goja.Object {
	rt, vm := w.rt, w.rt.VM
	_ = obj.DefineDataPropertySymbol(w.key, vm.ToValue(u), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	u.OnMessage = func(status int, data []byte, from gcnet.Addr) {
		fn := obj.Get("onmessage")
		if fn == nil || goja.IsUndefined(fn) {
			return
		}
		if status < 0 {
			rt.MakeCallback(fn, obj, vm.ToValue(status), obj, goja.Undefined(), goja.Undefined())
			return
		}
		rinfo := vm.NewObject()
		_ = rinfo.Set("address", from.Address)
		_ = rinfo.Set("family", from.Family)
		_ = rinfo.Set("port", from.Port)
		rt.MakeCallback(fn, obj, vm.ToValue(status), obj, buffer.New(rt, data), rinfo)
	}
	u.OnSend = func(req any, status, sent int) {
		r, ok := req.(*goja.Object)
		if !ok {
			return
		}
		if fn := r.Get("oncomplete"); fn != nil && !goja.IsUndefined(fn) {
			rt.MakeCallback(fn, r, vm.ToValue(status), vm.ToValue(sent))
		}
	}
	return obj
}

func (w *udpWrapper) handleOf(this goja.Value) *gcnet.UDP {
	o, ok := this.(*goja.Object)
	if !ok {
		return nil
	}
	v := o.GetSymbol(w.key)
	if v == nil {
		return nil
	}
	u, _ := v.Export().(*gcnet.UDP)
	return u
}

func (w *udpWrapper) method(name string, fn func(u *gcnet.UDP, call goja.FunctionCall) goja.Value) {
	vm := w.rt.VM
	_ = w.proto.Set(name, func(call goja.FunctionCall) goja.Value {
		u := w.handleOf(call.This)
		if u == nil {
			panic(vm.NewTypeError("Illegal invocation"))
		}
		return fn(u, call)
	})
}

func (w *udpWrapper) methods() {
	rt, vm := w.rt, w.rt.VM
	num := func(n int) goja.Value { return vm.ToValue(n) }
	undef := goja.Undefined()
	str := func(v goja.Value) string {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	for family, suffix := range map[int]string{4: "", 6: "6"} {
		family := family
		// bind(ip, port, flags)
		w.method("bind"+suffix, func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
			// The port is taken as a uint32 cut to 16 bits, as Node's.
			port := int(uint32(call.Argument(1).ToInteger()) & 0xffff)
			return num(u.Bind(call.Argument(0).String(), port, family, int(call.Argument(2).ToInteger())))
		})
		w.method("connect"+suffix, func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
			return num(u.Connect(call.Argument(0).String(), int(call.Argument(1).ToInteger()), family))
		})
		// send(req, list, count, port, ip, hasCallback), or
		// send(req, list, count, hasCallback) on a connected socket. It
		// returns size+1 when the datagram went at once, 0 when
		// req.oncomplete will report, or a negative errno.
		w.method("send"+suffix, func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
			list := call.Argument(1).ToObject(vm)
			count := int(call.Argument(2).ToInteger())
			bufs := make([][]byte, 0, count)
			for i := 0; i < count; i++ {
				b, ok := buffer.Bytes(vm, list.Get(itoa(i)))
				if !ok {
					panic(rt.InvalidArgType("list", "Buffer", list.Get(itoa(i))))
				}
				bufs = append(bufs, b)
			}
			address, port := "", 0
			if len(call.Arguments) > 4 {
				port = int(call.Argument(3).ToInteger())
				address = call.Argument(4).String()
			}
			sent, sync, st := u.Send(bufs, address, port, family, call.Argument(0))
			switch {
			case st < 0:
				return num(st)
			case sync:
				return num(sent + 1)
			}
			return num(0)
		})
	}
	w.method("open", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.Open(int(call.Argument(0).ToInteger())))
	})
	w.method("disconnect", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return num(u.Disconnect()) })
	w.method("recvStart", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return num(u.RecvStart()) })
	w.method("recvStop", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return num(u.RecvStop()) })
	name := func(get func(*gcnet.UDP) (gcnet.Addr, int)) func(*gcnet.UDP, goja.FunctionCall) goja.Value {
		return func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
			a, st := get(u)
			if out, ok := call.Argument(0).(*goja.Object); ok && st == 0 {
				_ = out.Set("address", a.Address)
				_ = out.Set("family", a.Family)
				_ = out.Set("port", a.Port)
			}
			return num(st)
		}
	}
	w.method("getsockname", name((*gcnet.UDP).SockName))
	w.method("getpeername", name((*gcnet.UDP).PeerName))
	w.method("setBroadcast", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SetBroadcast(call.Argument(0).ToBoolean()))
	})
	w.method("setTTL", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SetTTL(int(call.Argument(0).ToInteger())))
	})
	w.method("setMulticastTTL", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SetMulticastTTL(int(call.Argument(0).ToInteger())))
	})
	w.method("setMulticastLoopback", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SetMulticastLoopback(call.Argument(0).ToBoolean()))
	})
	w.method("setMulticastInterface", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SetMulticastInterface(call.Argument(0).String()))
	})
	w.method("addMembership", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.Membership(call.Argument(0).String(), str(call.Argument(1)), true))
	})
	w.method("dropMembership", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.Membership(call.Argument(0).String(), str(call.Argument(1)), false))
	})
	// (add|drop)SourceSpecificMembership(source, group, iface)
	w.method("addSourceSpecificMembership", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SourceMembership(call.Argument(1).String(), str(call.Argument(2)), call.Argument(0).String(), true))
	})
	w.method("dropSourceSpecificMembership", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		return num(u.SourceMembership(call.Argument(1).String(), str(call.Argument(2)), call.Argument(0).String(), false))
	})
	// bufferSize(size, isRecv, ctx): the size, or undefined with ctx
	// filled (errno, code, message, syscall) for ERR_SOCKET_BUFFER_SIZE.
	w.method("bufferSize", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		recv := call.Argument(1).ToBoolean()
		size, st := u.BufferSize(int(call.Argument(0).ToInteger()), recv)
		if st == 0 {
			return num(size)
		}
		if ctx, ok := call.Argument(2).(*goja.Object); ok {
			syscallName := "uv_send_buffer_size"
			if recv {
				syscallName = "uv_recv_buffer_size"
			}
			_ = ctx.Set("errno", st)
			_ = ctx.Set("syscall", syscallName)
		}
		return undef
	})
	w.method("getSendQueueSize", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return num(u.SendQueueSize()) })
	w.method("getSendQueueCount", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return num(u.SendQueueCount()) })
	w.method("close", func(u *gcnet.UDP, call goja.FunctionCall) goja.Value {
		cb, this := call.Argument(0), call.This
		u.OnClose = func() {
			if _, ok := goja.AssertFunction(cb); ok {
				rt.MakeCallback(cb, this)
			}
		}
		u.Close()
		return undef
	})
	w.method("ref", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { u.Ref(); return undef })
	w.method("unref", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { u.Unref(); return undef })
	w.method("hasRef", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value { return vm.ToValue(u.HasRef()) })
	w.method("dupFd", func(u *gcnet.UDP, _ goja.FunctionCall) goja.Value {
		fd, st := u.DupFd()
		if st != 0 {
			return num(st)
		}
		return num(fd)
	})
	fd := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		u := w.handleOf(call.This)
		if u == nil {
			return num(-1)
		}
		return num(u.Fd())
	})
	_ = w.proto.DefineAccessorProperty("fd", fd, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// lookup resolves host to one address of family (4 or 6) off the loop and
// calls back cb(errCode, address, family) there; errCode is "" or
// getaddrinfo's ("ENOTFOUND").
func lookup(rt *gort.Runtime, host string, family int, cb goja.Value) {
	network := "ip4"
	if family == 6 {
		network = "ip6"
	}
	rt.Loop.Ref()
	go func() {
		addrs, err := stdnet.DefaultResolver.LookupNetIP(context.Background(), network, host)
		code := ""
		var dnsErr *stdnet.DNSError
		switch {
		case err == nil && len(addrs) > 0:
		case errorsAs(err, &dnsErr) && (dnsErr.IsTimeout || dnsErr.IsTemporary):
			code = "EAI_AGAIN"
		default:
			code = "ENOTFOUND"
		}
		rt.Loop.Post(func() {
			rt.Loop.Unref()
			vm := rt.VM
			if code != "" {
				rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(code))
				return
			}
			a := addrs[0]
			if family == 4 {
				a = a.Unmap()
			}
			rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(""), vm.ToValue(a.String()), vm.ToValue(family))
		})
	}()
}
