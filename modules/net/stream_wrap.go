package net

import (
	"sync"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// socketHandle is what TCP and Pipe handles share, as the JS side sees them.
type socketHandle interface {
	stream() *gcnet.Stream
	Close()
	Ref()
	Unref()
	HasRef() bool
	DupFd() (int, int)
	ListenBound(backlog int) int
	Open(fd int) int
	Fd() int
	setOnClose(func())
}

// wrapper makes the JS objects of one handle kind: a constructor whose
// prototype carries the methods, each finding its Go handle on `this`.
type wrapper struct {
	rt    *gort.Runtime
	key   *goja.Symbol // where an object keeps its Go handle
	proto *goja.Object
}

func newWrapper(rt *gort.Runtime, kind string) *wrapper {
	w := &wrapper{rt: rt, key: goja.NewSymbol(kind), proto: rt.VM.NewObject()}
	list, _ := wrappers.LoadOrStore(rt, &wrapperList{})
	l := list.(*wrapperList)
	l.all = append(l.all, w)
	if len(l.all) == 1 {
		rt.OnExit(func() { wrappers.Delete(rt) })
	}
	return w
}

// wrappers keeps each runtime's wrappers (TCP, Pipe), for StreamOf.
var wrappers sync.Map // *gort.Runtime -> *wrapperList

type wrapperList struct{ all []*wrapper }

// StreamOf is the Go stream behind a JS TCP or Pipe handle of rt, or nil:
// for Go code that consumes a socket's reads itself (the http parser).
func StreamOf(rt *gort.Runtime, handle goja.Value) *gcnet.Stream {
	list, ok := wrappers.Load(rt)
	if !ok {
		return nil
	}
	for _, w := range list.(*wrapperList).all {
		if h := w.handleOf(handle); h != nil {
			return h.stream()
		}
	}
	return nil
}

// class makes the JS constructor `name` of the wrapper's handles, with the
// wrapper's prototype and Node's class name (not the Go function's).
func (w *wrapper) class(name string, make func(this *goja.Object) *goja.Object) *goja.Object {
	vm := w.rt.VM
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		return make(call.This)
	}).ToObject(vm)
	_ = ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("prototype", w.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = w.proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return ctor
}

// handleOf is the Go handle behind a JS handle object (nil for a stranger).
func (w *wrapper) handleOf(this goja.Value) socketHandle {
	o, ok := this.(*goja.Object)
	if !ok {
		return nil
	}
	v := o.GetSymbol(w.key)
	if v == nil {
		return nil
	}
	h, _ := v.Export().(socketHandle)
	return h
}

// method defines name on the prototype; fn gets the Go handle of `this`.
func (w *wrapper) method(name string, fn func(h socketHandle, call goja.FunctionCall) goja.Value) {
	vm := w.rt.VM
	_ = w.proto.Set(name, func(call goja.FunctionCall) goja.Value {
		h := w.handleOf(call.This)
		if h == nil {
			panic(vm.NewTypeError("Illegal invocation"))
		}
		return fn(h, call)
	})
}

func (w *wrapper) getter(name string, fn func(h socketHandle) goja.Value) {
	vm := w.rt.VM
	get := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		h := w.handleOf(call.This)
		if h == nil {
			return goja.Undefined()
		}
		return fn(h)
	})
	_ = w.proto.DefineAccessorProperty(name, get, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// dress ties h to obj (an object made by the constructor, or a new one for
// an accepted connection) and routes h's events to obj's on* properties.
func (w *wrapper) dress(h socketHandle, obj *goja.Object) *goja.Object {
	rt, vm := w.rt, w.rt.VM
	if obj == nil {
		obj = vm.NewObject()
		_ = obj.SetPrototype(w.proto)
	}
	_ = obj.DefineDataPropertySymbol(w.key, vm.ToValue(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	w.track(h, obj)
	s := h.stream()
	// The handle's callbacks run in the async context it was made in
	// (AsyncLocalStorage), as node's TCPWRAP/PIPEWRAP resources do.
	actx := rt.CaptureAsyncContext()
	s.OnRead = func(status int, data []byte) {
		fn := obj.Get("onread")
		if fn == nil || goja.IsUndefined(fn) {
			return
		}
		chunk := goja.Undefined()
		if status > 0 {
			chunk = buffer.New(rt, data)
		}
		if actx == nil {
			rt.MakeCallback(fn, obj, vm.ToValue(status), chunk)
			return
		}
		rt.WithAsyncContext(actx, func() { rt.MakeCallback(fn, obj, vm.ToValue(status), chunk) })
	}
	s.OnWrite = func(req any, status int) {
		r, _ := req.(goja.Value)
		if r == nil {
			r = goja.Undefined()
		}
		rt.WithAsyncContext(actx, func() { w.callback(obj, "onwrite", r, vm.ToValue(status)) })
	}
	s.OnShutdown = func(status int) {
		rt.WithAsyncContext(actx, func() { w.callback(obj, "onshutdown", vm.ToValue(status)) })
	}
	s.OnTimeout = func() { rt.WithAsyncContext(actx, func() { w.callback(obj, "ontimeout") }) }
	return obj
}

func (w *wrapper) callback(obj *goja.Object, name string, args ...goja.Value) {
	if fn := obj.Get(name); fn != nil && !goja.IsUndefined(fn) {
		w.rt.MakeCallback(fn, obj, args...)
	}
}

// streamMethods are the methods of every handle: stream_wrap's reading,
// writing and shutdown, and handle_wrap's close and ref counting.
func (w *wrapper) streamMethods() {
	rt, vm := w.rt, w.rt.VM
	num := func(n int) goja.Value { return vm.ToValue(n) }
	w.method("readStart", func(h socketHandle, _ goja.FunctionCall) goja.Value { return num(h.stream().ReadStart()) })
	w.method("readStop", func(h socketHandle, _ goja.FunctionCall) goja.Value { return num(h.stream().ReadStop()) })
	// writeBuffer, writeString and writev return 1 when the kernel took all
	// the data at once (no onwrite follows), 0 when onwrite(req, status)
	// will report, or a negative errno.
	w.method("writeBuffer", func(h socketHandle, call goja.FunctionCall) goja.Value {
		data := call.Argument(0)
		b, ok := buffer.Bytes(vm, data)
		if !ok {
			panic(rt.InvalidArgType("data", "Buffer", data))
		}
		return num(writeResult(h.stream().Write(b, call.Argument(1))))
	})
	w.method("writeString", func(h socketHandle, call goja.FunctionCall) goja.Value {
		b := buffer.EncodeString(call.Argument(0), encodingOf(call.Argument(1)))
		return num(writeResult(h.stream().Write(b, call.Argument(2))))
	})
	// writev(chunks, allBuffers, req): Buffers, or [chunk, encoding, ...]
	// pairs, sent as one write of their concatenation.
	w.method("writev", func(h socketHandle, call goja.FunctionCall) goja.Value {
		chunks := call.Argument(0).ToObject(vm)
		allBuffers := call.Argument(1).ToBoolean()
		n := int(chunks.Get("length").ToInteger())
		step := 2
		if allBuffers {
			step = 1
		}
		parts := make([][]byte, 0, n/step)
		total := 0
		for i := 0; i < n; i += step {
			v := chunks.Get(itoa(i))
			var b []byte
			if bb, ok := buffer.Bytes(vm, v); ok {
				b = bb
			} else {
				b = buffer.EncodeString(v, encodingOf(chunks.Get(itoa(i+1))))
			}
			parts = append(parts, b)
			total += len(b)
		}
		all := make([]byte, 0, total)
		for _, p := range parts {
			all = append(all, p...)
		}
		return num(writeResult(h.stream().Write(all, call.Argument(2))))
	})
	// writeHTTP(head, body, encoding, chunked, trailer, req) sends an HTTP
	// message's head and last body bytes in one write, framed as Node's
	// OutgoingMessage frames them; it returns as writeBuffer does.
	w.method("writeHTTP", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(writeResult(h.stream().Write(httpMessage(vm, call), call.Argument(5))))
	})
	// useUserBuffer(buf): reads take at most buf.length bytes (the JS side
	// copies each chunk into buf).
	w.method("useUserBuffer", func(h socketHandle, call goja.FunctionCall) goja.Value {
		n := int(call.Argument(0).ToObject(vm).Get("length").ToInteger())
		if n <= 0 {
			return num(-int(syscall.EINVAL))
		}
		h.stream().SetReadLimit(n)
		return num(0)
	})
	// setIdleTimeout(ms) arms the socket's inactivity timeout (0: off);
	// ontimeout() reports it. touchIdle() is activity.
	w.method("setIdleTimeout", func(h socketHandle, call goja.FunctionCall) goja.Value {
		h.stream().SetTimeout(call.Argument(0).ToFloat())
		return goja.Undefined()
	})
	w.method("touchIdle", func(h socketHandle, _ goja.FunctionCall) goja.Value {
		h.stream().Touch()
		return goja.Undefined()
	})
	w.method("shutdown", func(h socketHandle, _ goja.FunctionCall) goja.Value { return num(h.stream().Shutdown()) })
	w.method("close", func(h socketHandle, call goja.FunctionCall) goja.Value {
		cb := call.Argument(0)
		this := call.This
		h.setOnClose(func() {
			if _, ok := goja.AssertFunction(cb); ok {
				rt.MakeCallback(cb, this)
			}
		})
		h.Close()
		w.untrack(h)
		return goja.Undefined()
	})
	w.method("ref", func(h socketHandle, _ goja.FunctionCall) goja.Value { h.Ref(); return goja.Undefined() })
	w.method("unref", func(h socketHandle, _ goja.FunctionCall) goja.Value { h.Unref(); return goja.Undefined() })
	w.method("hasRef", func(h socketHandle, _ goja.FunctionCall) goja.Value { return vm.ToValue(h.HasRef()) })
	w.method("listen", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(h.ListenBound(int(call.Argument(0).ToInteger())))
	})
	w.method("open", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(h.Open(int(call.Argument(0).ToInteger())))
	})
	w.method("dupFd", func(h socketHandle, _ goja.FunctionCall) goja.Value {
		fd, st := h.DupFd()
		if st != 0 {
			return num(st)
		}
		return num(fd)
	})
	w.getter("writeQueueSize", func(h socketHandle) goja.Value { return num(h.stream().WriteQueueSize()) })
	// fd as node's handles have it: hidden and fixed, -1 once closed.
	fdGet := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if h := w.handleOf(call.This); h != nil {
			return num(h.Fd())
		}
		return goja.Undefined()
	})
	_ = w.proto.DefineAccessorProperty("fd", fdGet, nil, goja.FLAG_FALSE, goja.FLAG_FALSE)
	w.getter("bytesRead", func(h socketHandle) goja.Value { return vm.ToValue(h.stream().BytesRead()) })
	w.getter("bytesWritten", func(h socketHandle) goja.Value { return vm.ToValue(h.stream().BytesWritten()) })
}

// encodingOf reads a stream's encoding name, the usual ones without
// the general (lower-casing) parse.
func encodingOf(v goja.Value) buffer.Encoding {
	name := v.String()
	switch name {
	case "utf8", "utf-8":
		return buffer.UTF8
	case "latin1", "binary":
		return buffer.Latin1
	case "ascii":
		return buffer.ASCII
	}
	if enc, ok := buffer.ParseEncoding(name); ok {
		return enc
	}
	return buffer.UTF8
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

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }
