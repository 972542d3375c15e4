package fs

import (
	"errors"
	"math/big"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// binding is the object of Go functions the fs JS files call. Every
// operation takes its arguments already validated by the JS side, and a
// last argument req: undefined runs the call now and throws on failure
// (the *Sync forms); a function runs it on the worker pool and calls
// req(err) or req(null, result) from the loop.
type binding struct {
	rt  *gort.Runtime
	vm  *goja.Runtime
	obj *goja.Object

	statF64, statBig statArray // shared results of sync stat calls
}

// job is the part of an operation that runs off the loop: it must not touch
// the VM. Its result converts to JS on the loop.
type job func() (result, error)

type result func() goja.Value

// uvErr is a failed system call, reported as libuv reports it.
type uvErr struct {
	err        error
	syscall    string
	path, dest string
}

func (e *uvErr) Error() string { return e.syscall + " " + e.path + ": " + e.err.Error() }

func fail(err error, syscallName string, paths ...string) error {
	e := &uvErr{err: err, syscall: syscallName}
	if len(paths) > 0 {
		e.path = paths[0]
	}
	if len(paths) > 1 {
		e.dest = paths[1]
	}
	return e
}

// jsErr is a failure that is not a system call's: it makes its JS error on
// the loop.
type jsErr struct{ make func(b *binding) goja.Value }

func (e *jsErr) Error() string { return "fs error" }

func (b *binding) set(name string, fn func(call goja.FunctionCall) goja.Value) {
	_ = b.obj.Set(name, fn)
}

// run performs j now or on the pool, depending on req (see binding).
func (b *binding) run(req goja.Value, j job) goja.Value {
	if req == nil || goja.IsUndefined(req) || goja.IsNull(req) {
		res, err := j()
		if err != nil {
			panic(b.errorValue(err, false))
		}
		if res == nil {
			return goja.Undefined()
		}
		return res()
	}
	req = b.rt.AsyncWrap("FSREQCALLBACK", req)
	loop := b.rt.Loop
	loop.Ref()
	done := b.rt.TrackRequest("FSReqCallback", req)
	workers.submit(func() {
		res, err := j()
		loop.Post(func() {
			loop.Unref()
			// Listed until its callback has returned, as node's req.
			defer done()
			if err != nil {
				b.rt.MakeCallback(req, goja.Undefined(), b.errorValue(err, true))
				return
			}
			// Node's callbacks of calls with no result get (null) alone.
			if res == nil {
				b.rt.MakeCallback(req, goja.Undefined(), goja.Null())
				return
			}
			b.rt.MakeCallback(req, goja.Undefined(), goja.Null(), res())
		})
	})
	return goja.Undefined()
}

// errorValue makes the JS error for err. An asynchronous failure has no JS
// frames in Node (it comes from the loop), so its stack is the message line.
func (b *binding) errorValue(err error, async bool) goja.Value {
	var e *uvErr
	if errors.As(err, &e) {
		if !async {
			return b.rt.UVException(e.err, e.syscall, e.path, e.dest)
		}
		return b.asyncError(gort.UVMessage(e.err, e.syscall, e.path, e.dest), func(obj *goja.Object) {
			gort.SetUVProps(obj, e.err, e.syscall, e.path, e.dest)
		})
	}
	var je *jsErr
	if errors.As(err, &je) {
		return je.make(b)
	}
	return b.rt.UVException(syscall.EIO, "unknown", "", "")
}

// asyncError makes an Error that carries no creation frames, as Node's
// errors from the loop have none. It is made by the engine's own
// constructor while no JS runs (a TypeError given Error's prototype: the
// same kind of object as new Error()), so an uncaught rethrow of it is
// reported where it is thrown, not where it was made.
func (b *binding) asyncError(msg string, fill func(*goja.Object)) *goja.Object {
	obj := b.vm.NewTypeError("%s", msg)
	proto := b.vm.Get("Error").ToObject(b.vm).Get("prototype").ToObject(b.vm)
	_ = obj.SetPrototype(proto)
	fill(obj)
	_ = obj.DefineDataProperty("stack", b.vm.ToValue("Error: "+msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// nodeError makes an Error with a Node error code through internal/errors.
func (b *binding) nodeError(ctor, code, msg string) goja.Value {
	errs, err := b.rt.Require("internal/errors")
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(errs.ToObject(b.vm).Get("nodeError"))
	v, err := fn(goja.Undefined(), b.vm.Get(ctor), b.vm.ToValue(code), b.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return v
}

// pathArg is a path the JS side validated: a string or a Buffer.
func (b *binding) pathArg(v goja.Value) string {
	if p, ok := buffer.Bytes(b.vm, v); ok {
		return string(p)
	}
	return v.String()
}

func intArg(v goja.Value) int64 {
	if bi, ok := v.Export().(*big.Int); ok {
		return bi.Int64()
	}
	return v.ToInteger()
}

// positionArg reads a file position: -1 (or null) means the current one.
func positionArg(v goja.Value) int64 {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	return intArg(v)
}

func (b *binding) bytesArg(v goja.Value) []byte {
	p, ok := buffer.Bytes(b.vm, v)
	if !ok {
		panic(b.vm.NewTypeError("fs binding: expected an ArrayBufferView"))
	}
	return p
}

// encoded turns a name the system gave into a JS value in the caller's
// encoding: a string (utf8 and others) or a Buffer ("buffer").
func (b *binding) encoded(name string, enc goja.Value) goja.Value {
	if enc == nil || goja.IsUndefined(enc) || goja.IsNull(enc) {
		return b.vm.ToValue(name)
	}
	e := enc.String()
	if e == "buffer" {
		return buffer.New(b.rt, []byte(name))
	}
	if code, ok := buffer.ParseEncoding(e); ok && code != buffer.UTF8 {
		return buffer.DecodeString(b.vm, []byte(name), code)
	}
	return b.vm.ToValue(name)
}

// decoded is file contents for JS: a Buffer, or a string when an encoding
// is given.
func (b *binding) decoded(data []byte, enc goja.Value) goja.Value {
	if enc == nil || goja.IsUndefined(enc) || goja.IsNull(enc) || enc.String() == "buffer" {
		return buffer.New(b.rt, data)
	}
	code, ok := buffer.ParseEncoding(enc.String())
	if !ok {
		code = buffer.UTF8
	}
	return buffer.DecodeString(b.vm, data, code)
}

// retry repeats a system call interrupted by a signal (the Go runtime's
// own preemption signals interrupt blocking calls).
func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}
