package http

import (
	"strconv"
	"time"

	"github.com/dop251/goja"

	gchttp "github.com/gocluster/gocluster/http"
	"github.com/gocluster/gocluster/modules/buffer"
	gcnetmod "github.com/gocluster/gocluster/modules/net"
	gcnet "github.com/gocluster/gocluster/net"
)

// The parser's callback slots, as Node's HTTPParser numbers them: the JS
// side sets parser[kOnHeadersComplete] = fn and so on.
const (
	kOnMessageBegin = iota
	kOnHeaders
	kOnHeadersComplete
	kOnBody
	kOnMessageComplete
	kOnExecute
	kOnTimeout
)

var slotNames = [...]string{"0", "1", "2", "3", "4", "5", "6"}

// epoch is where parser clocks start (uv_hrtime's role).
var epoch = time.Now()

func hrtime() int64 { return int64(time.Since(epoch)) + 1 }

// jsParser is one JS HTTPParser: the Go parser and what Node's binding
// keeps beside it.
type jsParser struct {
	b    *binding
	obj  *goja.Object
	p    gchttp.Parser
	list *connList

	// started is when the current message began (0 between messages), for
	// duration() and the server's header and request timeouts.
	started int64
	// exc is an exception a JS callback threw: execute rethrows it.
	exc error
	cur []byte // the input of the running execute, for getCurrentBuffer
	// running is set while the Go parser runs; input given meanwhile (a
	// callback pushing into the stream being parsed) waits in queued.
	running bool
	queued  []byte
	// args and raw are reused for onHeadersComplete's arguments.
	args [9]goja.Value
	raw  []any

	// consumed is the stream whose data this parser takes in Go
	// (consumeHandle); pending is the chunk being handed to onConsumed.
	consumed   *gcnet.Stream
	pending    []byte
	onConsumed goja.Value
}

func (b *binding) installParser() {
	rt, vm := b.rt, b.rt.VM
	key := goja.NewSymbol("http_parser")
	proto := vm.NewObject()
	of := func(this goja.Value) *jsParser {
		if o, ok := this.(*goja.Object); ok {
			if v := o.GetSymbol(key); v != nil {
				if jp, ok := v.Export().(*jsParser); ok {
					return jp
				}
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	method := func(name string, fn func(jp *jsParser, call goja.FunctionCall) goja.Value) {
		_ = proto.Set(name, func(call goja.FunctionCall) goja.Value { return fn(of(call.This), call) })
	}
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		jp := &jsParser{b: b, obj: call.This}
		_ = call.This.DefineDataPropertySymbol(key, vm.ToValue(jp), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return nil
	}).ToObject(vm)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	// In Node's order (Object.keys(HTTPParser) lists them).
	for _, c := range []struct {
		name  string
		value int
	}{
		{"REQUEST", int(gchttp.Request)}, {"RESPONSE", int(gchttp.Response)},
		{"kOnMessageBegin", kOnMessageBegin}, {"kOnHeaders", kOnHeaders},
		{"kOnHeadersComplete", kOnHeadersComplete}, {"kOnBody", kOnBody},
		{"kOnMessageComplete", kOnMessageComplete}, {"kOnExecute", kOnExecute},
		{"kOnTimeout", kOnTimeout},
		{"kLenientNone", 0},
		{"kLenientHeaders", gchttp.LenientHeaders},
		{"kLenientChunkedLength", gchttp.LenientChunkedLength},
		{"kLenientKeepAlive", gchttp.LenientKeepAlive},
		{"kLenientTransferEncoding", gchttp.LenientTransferEncoding},
		{"kLenientVersion", gchttp.LenientVersion},
		{"kLenientDataAfterClose", gchttp.LenientDataAfterClose},
		{"kLenientOptionalLFAfterCR", gchttp.LenientOptionalLFAfterCR},
		{"kLenientOptionalCRLFAfterChunk", gchttp.LenientOptionalCRLFAfterChunk},
		{"kLenientOptionalCRBeforeLF", gchttp.LenientOptionalCRBeforeLF},
		{"kLenientSpacesAfterChunkSize", gchttp.LenientSpacesAfterChunkSize},
		{"kLenientAll", gchttp.LenientAll},
	} {
		_ = ctor.Set(c.name, c.value)
	}

	// initialize(type, resource, maxHeaderSize, lenientFlags, connections)
	method("initialize", func(jp *jsParser, call goja.FunctionCall) goja.Value {
		t := gchttp.Type(call.Argument(0).ToInteger())
		max := int(call.Argument(2).ToInteger())
		jp.detach()
		jp.p.Init(t, jp, max)
		jp.p.SetLenient(int(call.Argument(3).ToInteger()))
		jp.exc = nil
		jp.started = 0
		if o, ok := call.Argument(4).(*goja.Object); ok {
			if l := b.listOf(o); l != nil {
				// Counted from now: a connection that sends nothing is
				// timed out too.
				jp.list = l
				jp.started = hrtime()
				l.push(jp, true)
			}
		}
		return goja.Undefined()
	})
	method("execute", func(jp *jsParser, call goja.FunctionCall) goja.Value {
		data, ok := buffer.Bytes(vm, call.Argument(0))
		if !ok {
			panic(rt.InvalidArgType("buffer", "Buffer", call.Argument(0)))
		}
		return jp.execute(data)
	})
	// onRead(buffer) is a consumed socket's read: parse it, then hand the
	// result to parser[kOnExecute], as Node's parser does for the stream
	// it consumes.
	method("onRead", func(jp *jsParser, call goja.FunctionCall) goja.Value {
		data, ok := buffer.Bytes(vm, call.Argument(0))
		if !ok {
			panic(rt.InvalidArgType("buffer", "Buffer", call.Argument(0)))
		}
		ret := jp.execute(data)
		if fn, ok := goja.AssertFunction(jp.obj.Get(slotNames[kOnExecute])); ok {
			jp.cur = data
			_, err := fn(jp.obj, ret)
			jp.cur = nil
			if err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	// consumeHandle(handle) makes the socket handle's data chunks go to
	// this parser in Go, with no JS between the read and the parser's
	// callbacks; false when the handle is not one Go can read.
	method("consumeHandle", func(jp *jsParser, call goja.FunctionCall) goja.Value {
		return vm.ToValue(jp.consume(gcnetmod.StreamOf(rt, call.Argument(0))))
	})
	method("unconsumeHandle", undefOf(func(jp *jsParser) { jp.unconsume() }))
	method("finish", func(jp *jsParser, _ goja.FunctionCall) goja.Value {
		err := jp.p.Finish()
		jp.rethrow()
		if err != nil {
			return jp.parseError(err)
		}
		return goja.Undefined()
	})
	method("getCurrentBuffer", func(jp *jsParser, _ goja.FunctionCall) goja.Value {
		return buffer.New(rt, append([]byte(nil), jp.cur...))
	})
	method("duration", func(jp *jsParser, _ goja.FunctionCall) goja.Value {
		if jp.started == 0 {
			return vm.ToValue(0)
		}
		return vm.ToValue(float64(hrtime()-jp.started) / 1e6)
	})
	method("headersCompleted", func(jp *jsParser, _ goja.FunctionCall) goja.Value {
		return vm.ToValue(jp.p.HeadersCompleted())
	})
	// Node pauses llhttp itself; here the server stops reading the socket
	// instead, so these only keep the shape.
	method("pause", undefOf(func(*jsParser) {}))
	method("resume", undefOf(func(*jsParser) {}))
	method("remove", undefOf((*jsParser).detach))
	method("close", undefOf((*jsParser).detach))
	method("free", undefOf(func(*jsParser) {}))
	_ = b.obj.Set("HTTPParser", ctor)

	names := gchttp.NodeMethods()
	list := make([]any, len(names))
	for i, n := range names {
		list[i] = n
	}
	_ = b.obj.Set("methods", vm.NewArray(list...))
	// allMethods names every method llhttp numbers (req.method).
	all := vm.NewArray()
	for i := 0; ; i++ {
		name := gchttp.MethodName(i)
		if name == "" && i > gchttp.MethodPRI {
			break
		}
		if name != "" {
			_ = all.Set(slotName(i), name)
		}
	}
	_ = b.obj.Set("allMethods", all)
}

func undefOf(f func(jp *jsParser)) func(*jsParser, goja.FunctionCall) goja.Value {
	return func(jp *jsParser, _ goja.FunctionCall) goja.Value { f(jp); return goja.Undefined() }
}

func slotName(i int) string {
	if i < len(slotNames) {
		return slotNames[i]
	}
	return strconv.Itoa(i)
}

// detach takes the parser out of its connections list.
func (jp *jsParser) detach() {
	if jp.list != nil {
		jp.list.remove(jp)
		jp.list = nil
	}
}

func (jp *jsParser) execute(data []byte) goja.Value {
	if jp.running {
		jp.queued = append(jp.queued, data...)
		return jp.b.rt.VM.ToValue(len(data))
	}
	n, err := jp.run(data)
	jp.rethrow()
	if err != nil {
		return jp.parseError(err)
	}
	return jp.b.rt.VM.ToValue(n)
}

// run parses data, then what callbacks fed the parser while it ran, in
// order. n is how much of data was parsed; an error may be the queued
// input's. What was queued behind an error or an upgrade is dropped.
func (jp *jsParser) run(data []byte) (n int, err *gchttp.Error) {
	jp.running = true
	jp.cur = data
	n, err = jp.p.Execute(data)
	for err == nil && jp.exc == nil && n == len(data) && len(jp.queued) > 0 {
		more := jp.queued
		jp.queued = nil
		jp.cur = more
		var m int
		if m, err = jp.p.Execute(more); err == nil && m < len(more) {
			break
		}
	}
	jp.queued = nil
	jp.cur = nil
	jp.running = false
	return n, err
}

// rethrow passes on an exception a callback threw during execute.
func (jp *jsParser) rethrow() {
	if err := jp.exc; err != nil {
		jp.exc = nil
		panic(err)
	}
}

// parseError is the Error Node's binding returns for a parse failure.
func (jp *jsParser) parseError(e *gchttp.Error) goja.Value {
	vm := jp.b.rt.VM
	ctor, _ := goja.AssertConstructor(vm.Get("Error"))
	obj, err := ctor(nil, vm.ToValue("Parse Error"))
	if err != nil {
		panic(err)
	}
	_ = obj.Set("bytesParsed", e.BytesParsed)
	_ = obj.Set("code", e.Code)
	_ = obj.Set("reason", e.Reason)
	return obj
}

// call runs the JS callback in slot k, if there is one; a throw stops the
// parse and is rethrown by execute.
func (jp *jsParser) call(k int, args ...goja.Value) (goja.Value, bool) {
	fn, ok := goja.AssertFunction(jp.obj.Get(slotNames[k]))
	if !ok {
		return nil, false
	}
	v, err := fn(jp.obj, args...)
	if err != nil {
		jp.exc = err
		jp.p.Abort("HPE_JS_EXCEPTION", "JS Exception")
		return nil, false
	}
	return v, true
}

// The gchttp.Handler methods: Node's parser callbacks.

func (jp *jsParser) OnMessageBegin() {
	if jp.list != nil {
		jp.list.remove(jp)
		jp.started = hrtime()
		jp.list.push(jp, true)
	} else {
		jp.started = hrtime()
	}
	jp.call(kOnMessageBegin)
}

func (jp *jsParser) OnHeadersComplete() int {
	vm := jp.b.rt.VM
	p := &jp.p
	a := &jp.args
	major, minor := p.Version()
	undef := goja.Undefined()
	a[0], a[1] = vm.ToValue(major), vm.ToValue(minor)
	a[2] = jp.headerArray()
	a[3], a[4], a[5], a[6] = undef, undef, undef, undef
	if p.Type() == gchttp.Request {
		a[3] = vm.ToValue(p.Method())
		a[4] = jp.b.strs.get(p.URL())
	} else {
		a[5] = vm.ToValue(p.StatusCode())
		a[6] = jp.b.strs.get(p.StatusMessage())
	}
	a[7] = vm.ToValue(p.Upgrade())
	a[8] = vm.ToValue(p.ShouldKeepAlive())
	v, ok := jp.call(kOnHeadersComplete, a[:]...)
	if !ok {
		return 0
	}
	return int(v.ToInteger())
}

// headerArray is [name, value, ...] of the parser's current header lines.
func (jp *jsParser) headerArray() goja.Value {
	p := &jp.p
	n := p.NumHeaders()
	raw := jp.raw[:0]
	for k := 0; k < n; k++ {
		name, value := p.Header(k)
		raw = append(raw, jp.b.strs.get(name), jp.b.strs.get(value))
	}
	arr := jp.b.rt.VM.NewArray(raw...)
	for i := range raw {
		raw[i] = nil
	}
	jp.raw = raw[:0]
	return arr
}

func (jp *jsParser) OnBody(b []byte) {
	jp.call(kOnBody, buffer.New(jp.b.rt, b))
}

func (jp *jsParser) OnMessageComplete() {
	if jp.list != nil {
		jp.list.remove(jp)
		jp.started = 0
		jp.list.push(jp, false)
	} else {
		jp.started = 0
	}
	if jp.p.NumHeaders() > 0 {
		// Trailers reach JS as Node sends them: through onHeaders.
		if _, ok := jp.call(kOnHeaders, jp.headerArray(), jp.b.rt.VM.ToValue("")); !ok && jp.exc != nil {
			return
		}
	}
	jp.call(kOnMessageComplete)
}

var _ gchttp.Handler = (*jsParser)(nil)
