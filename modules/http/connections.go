package http

import (
	"sort"

	"github.com/dop251/goja"
)

// connList is Node's ConnectionsList: the parsers of a server's
// connections, and which of them are in the middle of a message, so the
// server can close idle ones and time out slow ones.
type connList struct {
	all    map[*jsParser]uint64 // parser -> insertion order
	active map[*jsParser]bool
	seq    uint64
}

func (l *connList) push(jp *jsParser, active bool) {
	l.seq++
	l.all[jp] = l.seq
	if active {
		l.active[jp] = true
	}
}

func (l *connList) remove(jp *jsParser) {
	delete(l.all, jp)
	delete(l.active, jp)
}

// ordered lists parsers as Node's set orders them: idle ones first, then
// by when their message started.
func (l *connList) ordered(set map[*jsParser]bool, all bool) []*jsParser {
	out := make([]*jsParser, 0, len(l.all))
	for jp := range l.all {
		if all || set[jp] {
			out = append(out, jp)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.started == 0) != (b.started == 0) {
			return a.started == 0
		}
		if a.started != b.started {
			return a.started < b.started
		}
		return l.all[a] < l.all[b]
	})
	return out
}

func (b *binding) listOf(o *goja.Object) *connList {
	v := o.GetSymbol(b.listKey)
	if v == nil {
		return nil
	}
	l, _ := v.Export().(*connList)
	return l
}

func (b *binding) installConnections() {
	vm := b.rt.VM
	b.listKey = goja.NewSymbol("connections_list")
	proto := vm.NewObject()
	of := func(this goja.Value) *connList {
		if o, ok := this.(*goja.Object); ok {
			if l := b.listOf(o); l != nil {
				return l
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	objects := func(list []*jsParser) goja.Value {
		out := make([]any, len(list))
		for i, jp := range list {
			out[i] = jp.obj
		}
		return vm.NewArray(out...)
	}
	set := func(name string, fn func(l *connList, call goja.FunctionCall) goja.Value) {
		_ = proto.Set(name, func(call goja.FunctionCall) goja.Value { return fn(of(call.This), call) })
	}
	set("all", func(l *connList, _ goja.FunctionCall) goja.Value { return objects(l.ordered(nil, true)) })
	set("idle", func(l *connList, _ goja.FunctionCall) goja.Value {
		var idle []*jsParser
		for _, jp := range l.ordered(nil, true) {
			if jp.started == 0 {
				idle = append(idle, jp)
			}
		}
		return objects(idle)
	})
	set("active", func(l *connList, _ goja.FunctionCall) goja.Value { return objects(l.ordered(l.active, false)) })
	// expired(headersTimeout, requestTimeout) takes out of the active set
	// and returns the parsers whose headers (not yet complete) or whole
	// request took longer than allowed, in milliseconds.
	set("expired", func(l *connList, call goja.FunctionCall) goja.Value {
		headers := uint64(call.Argument(0).ToInteger()) * 1e6
		request := uint64(call.Argument(1).ToInteger()) * 1e6
		if headers == 0 && request == 0 {
			return vm.NewArray()
		}
		if request > 0 && headers > request {
			headers, request = request, headers
		}
		now := uint64(hrtime())
		var headersDeadline, requestDeadline uint64
		if headers > 0 && now > headers {
			headersDeadline = now - headers
		}
		if request > 0 && now > request {
			requestDeadline = now - request
		}
		if headersDeadline == 0 && requestDeadline == 0 {
			return vm.NewArray()
		}
		var out []*jsParser
		for _, jp := range l.ordered(l.active, false) {
			start := uint64(jp.started)
			if (!jp.p.HeadersCompleted() && headersDeadline > 0 && start < headersDeadline) ||
				(requestDeadline > 0 && start < requestDeadline) {
				out = append(out, jp)
				delete(l.active, jp)
			}
		}
		return objects(out)
	})
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		l := &connList{all: map[*jsParser]uint64{}, active: map[*jsParser]bool{}}
		_ = call.This.DefineDataPropertySymbol(b.listKey, vm.ToValue(l), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return nil
	}).ToObject(vm)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = b.obj.Set("ConnectionsList", ctor)
}
