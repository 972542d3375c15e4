package net

import (
	"github.com/dop251/goja"

	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// PipeWrapModuleName is the internal module of Unix domain socket handles:
// `new Pipe()` shaped like Node's pipe_wrap (bind(path), listen(backlog),
// connect(path), open(fd), fchmod(mode), and the stream methods TCP has).
const PipeWrapModuleName = "internal/pipe_wrap"

type pipeHandle struct{ *gcnet.Pipe }

func (p *pipeHandle) stream() *gcnet.Stream { return &p.Pipe.Stream }
func (p *pipeHandle) setOnClose(f func())   { p.OnClose = f }

// RequirePipeWrap fills module.exports for internal/pipe_wrap: Pipe and
// its constants (SOCKET, SERVER, IPC, UV_READABLE, UV_WRITABLE).
func RequirePipeWrap(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	exports := module.Get("exports").ToObject(vm)
	w := newWrapper(rt, "pipe_wrap")
	w.streamMethods()
	w.pipeMethods()
	_ = exports.Set("Pipe", w.class("Pipe", func(this *goja.Object) *goja.Object {
		return w.dressPipe(gcnet.NewPipe(rt.Loop), this)
	}))
	constants := vm.NewObject()
	_ = constants.Set("SOCKET", 0)
	_ = constants.Set("SERVER", 1)
	_ = constants.Set("IPC", 2)
	_ = constants.Set("UV_READABLE", gcnet.PipeReadable)
	_ = constants.Set("UV_WRITABLE", gcnet.PipeWritable)
	_ = exports.Set("constants", constants)
}

func (w *wrapper) dressPipe(p *gcnet.Pipe, obj *goja.Object) *goja.Object {
	vm := w.rt.VM
	obj = w.dress(&pipeHandle{p}, obj)
	// Connections inherit the server's async context (dress captures it).
	actx := w.rt.CaptureAsyncContext()
	p.OnConnection = func(status int, c *gcnet.Pipe) {
		w.rt.WithAsyncContext(actx, func() { w.onConnectionPipe(obj, status, c) })
	}
	p.OnConnect = func(status int) {
		w.rt.WithAsyncContext(actx, func() { w.callback(obj, "onconnect", vm.ToValue(status)) })
	}
	return obj
}

func (w *wrapper) onConnectionPipe(obj *goja.Object, status int, c *gcnet.Pipe) {
	vm := w.rt.VM
	if c == nil {
		w.callback(obj, "onconnection", vm.ToValue(status), goja.Undefined())
		return
	}
	if fn := obj.Get("onconnection"); fn == nil || goja.IsUndefined(fn) {
		c.Close()
		return
	}
	w.callback(obj, "onconnection", vm.ToValue(status), w.dressPipe(c, nil))
}

func (w *wrapper) pipeMethods() {
	vm := w.rt.VM
	num := func(n int) goja.Value { return vm.ToValue(n) }
	pipe := func(h socketHandle) *gcnet.Pipe { return h.(*pipeHandle).Pipe }
	w.acceptDescriptorsMethod()
	w.method("bind", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(pipe(h).Bind(call.Argument(0).String()))
	})
	w.method("connect", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(pipe(h).Connect(call.Argument(0).String()))
	})
	w.method("fchmod", func(h socketHandle, call goja.FunctionCall) goja.Value {
		return num(pipe(h).Fchmod(int(call.Argument(0).ToInteger())))
	})
	// Windows only in Node; nothing to do here.
	w.method("setPendingInstances", func(socketHandle, goja.FunctionCall) goja.Value { return goja.Undefined() })
}
