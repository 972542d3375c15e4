package http

import (
	"github.com/dop251/goja"

	gchttp "github.com/gocluster/gocluster/http"
	gcnet "github.com/gocluster/gocluster/net"
)

// A server connection's parser reads its socket in Go, as Node's
// parser.consume(handle) does: each chunk goes from the read straight to
// the parser, so a request costs JS only in the parser's callbacks. JS
// hears of the read (parser[kOnExecute]) only when it has something to do
// there: a parse error, an upgrade or CONNECT, or an HTTP/2 preface.

// consume takes s's data chunks; false if s is nil.
func (jp *jsParser) consume(s *gcnet.Stream) bool {
	jp.unconsume()
	if s == nil {
		return false
	}
	if jp.onConsumed == nil {
		jp.onConsumed = jp.b.rt.VM.ToValue(jp.parseConsumed)
	}
	jp.consumed = s
	s.Consumer = jp.onRead
	return true
}

func (jp *jsParser) unconsume() {
	if s := jp.consumed; s != nil {
		jp.consumed = nil
		s.Consumer = nil
	}
}

// onRead is the stream's Consumer: the parse runs as a callback from the
// loop (ticks and microtasks after it, a throw as an uncaught exception).
func (jp *jsParser) onRead(data []byte) {
	jp.pending = data
	jp.b.rt.MakeCallback(jp.onConsumed, jp.obj)
}

func (jp *jsParser) parseConsumed(goja.FunctionCall) goja.Value {
	data, s := jp.pending, jp.consumed
	jp.pending = nil
	n, err := jp.run(data)
	jp.rethrow()
	if s != nil {
		// Reads that skip the socket still count as activity.
		s.Touch()
	}
	if err == nil && !jp.p.Upgrade() && !(jp.p.Type() == gchttp.Request && jp.p.Method() == gchttp.MethodPRI) {
		return goja.Undefined()
	}
	fn, ok := goja.AssertFunction(jp.obj.Get(slotNames[kOnExecute]))
	if !ok {
		return goja.Undefined()
	}
	var ret goja.Value
	if err != nil {
		ret = jp.parseError(err)
	} else {
		ret = jp.b.rt.VM.ToValue(n)
	}
	jp.cur = data
	_, cerr := fn(jp.obj, ret)
	jp.cur = nil
	if cerr != nil {
		panic(cerr)
	}
	return goja.Undefined()
}
