package child_process

import (
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/cluster/ipc"
	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// channelHandle is the JS face of an ipc.Channel, shaped like the IPC pipe
// handle Node's child_process code drives: readStart, onread, ref/unref,
// writes (writeJSON, writeBuffer) whose completion, when not at once, comes
// to onwritecomplete, writeQueueSize, close.
type channelHandle struct {
	rt     *gort.Runtime
	ch     *ipc.Channel
	obj    *goja.Object
	alive  keepAlive
	closed bool
	sized  bool // frames are length-prefixed messages, not lines
	// reader reads the socket when the loop finds it readable (WatchFD);
	// stopWatch ends that, at EOF or close.
	reader    *ipc.Reader
	stopWatch func()
	parser    *jsonParser
	msgsBuf   []any // onFrames' scratch
	fdsBuf    []any
	buffering bool   // what the buffering property says: part of a frame is read
	wbuf      []byte // the line writeJSON sends (Write copies what it queues)

	// reading is set while onread (and what it runs) handles received
	// frames; deferred holds the lines deferWrite kept back meanwhile.
	reading  bool
	deferred []byte
	exit     *exitFlush

	// done holds the statuses of queued writes that finished, for the loop
	// (onwritecomplete is told how many; Node's callbacks ignore them).
	doneMu sync.Mutex
	done   []int
	unseen int // queued writes whose completion JS has not had yet (loop only)
	// completedFn is h.completed, made once: most writes need no closure.
	completedFn func(error)

	// started is set once reading began: only then is an EOF coming.
	started atomic.Bool

	// eof is closed once the end of the stream has been handed to the
	// loop: a child's 'exit' waits for it, so 'disconnect' comes first, as
	// it does in Node when the child's end closes with the child.
	eof     chan struct{}
	eofOnce sync.Once
}

func newChannelObject(rt *gort.Runtime, ch *ipc.Channel) (*goja.Object, *channelHandle) {
	vm := rt.VM
	h := &channelHandle{rt: rt, ch: ch, obj: vm.NewObject(), alive: newKeepAlive(rt.Loop), eof: make(chan struct{}), parser: newJSONParser(rt.VM)}
	h.exit = exitFlushOf(rt)
	h.completedFn = h.completed
	o := h.obj
	trackHandle(rt, o, "PipeWrap", &h.alive, func() bool { return !h.closed })
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("fd", ch.FD())
	set("readStart", h.readStart)
	set("readStop", h.readStop)
	set("ref", func() { h.alive.setRef(true) })
	set("unref", func() { h.alive.setRef(false) })
	set("hasRef", func() bool { return h.alive.refed })
	set("close", h.close)
	// The per-message natives take goja.FunctionCall: the reflection that
	// typed Go funcs go through costs more than the write itself. Each
	// returns 0 (written), 1 (queued: onwritecomplete(status) follows, in
	// the order of the writes) or a negative errno.
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	// writeJSON(message, fd, owned, deferrable) sends JSON.stringify(message)
	// + '\n' in one call; when stringify throws, it returns [thrown] and
	// sends nothing. deferrable: see deferWrite.
	set("writeJSON", func(call goja.FunctionCall) goja.Value {
		fd, owned := writeArgs(call)
		text, err := stringify(goja.Undefined(), call.Argument(0))
		if err != nil {
			release(fd, owned)
			if ex, ok := err.(*goja.Exception); ok {
				return vm.NewArray(ex.Value())
			}
			panic(err)
		}
		// JSON.stringify(undefined) is undefined, which goes as "undefined".
		line := text.String()
		if fd < 0 && call.Argument(3).ToBoolean() && h.deferWrite(line) {
			return vm.ToValue(0)
		}
		// Deferred lines go first, in the same sendmsg unless this one
		// carries a descriptor.
		h.wbuf = h.wbuf[:0]
		if fd < 0 {
			h.wbuf, h.deferred = append(h.wbuf, h.deferred...), h.deferred[:0]
		} else {
			h.flushDeferred()
		}
		h.wbuf = append(append(h.wbuf, line...), '\n')
		return vm.ToValue(h.write(h.wbuf, fd, owned))
	})
	// writeBuffer(data, fd, owned) sends bytes as they are (the 'advanced'
	// serialization).
	set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		fd, owned := writeArgs(call)
		data := call.Argument(0)
		b, ok := buffer.Bytes(vm, data)
		if !ok {
			release(fd, owned)
			panic(rt.InvalidArgType("data", "Buffer", data))
		}
		h.flushDeferred()
		return vm.ToValue(h.write(b, fd, owned))
	})
	queueSize := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(ch.QueueSize()) })
	_ = o.DefineAccessorProperty("writeQueueSize", queueSize, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return o, h
}

// writeArgs reads the (fd, owned) after data that channel.js passes.
func writeArgs(call goja.FunctionCall) (fd int, owned bool) {
	return int(call.Argument(1).ToInteger()), call.Argument(2).ToBoolean()
}

// release closes a descriptor duplicated for one send.
func release(fd int, owned bool) {
	if owned && fd >= 0 {
		_ = unix.Close(fd)
	}
}

// readStart starts reading lines, or with sized true length-prefixed
// messages, which onread then gets as Buffers.
func (h *channelHandle) readStart(sized bool) int {
	if h.closed {
		return -int(unix.EBADF)
	}
	h.alive.setActive(true)
	h.started.Store(true)
	if h.reader == nil {
		h.sized = sized
		h.reader = h.ch.NewReader(sized, 0, h.onFrames, h.onEOF)
	}
	if h.stopWatch != nil {
		return 0
	}
	// The loop reads the socket itself when it is readable, as libuv does:
	// no goroutine to wake and hand each message over.
	stop, err := h.rt.Loop.WatchFD(h.ch.FD(), func() {
		if h.reader.ReadReady() {
			h.unwatch()
		}
	})
	if err != nil {
		return errno(err)
	}
	h.stopWatch = stop
	return 0
}

// readStop stops reading until readStart, as uv_read_stop: what arrives
// meanwhile waits in the socket, and the channel does not keep the loop
// alive.
func (h *channelHandle) readStop() int {
	h.unwatch()
	h.alive.setActive(false)
	return 0
}

func (h *channelHandle) unwatch() {
	if h.stopWatch != nil {
		h.stopWatch()
		h.stopWatch = nil
	}
}

// onFrames runs on the loop goroutine, from ReadReady. onread gets the
// messages (JSON lines parsed here), their descriptors, and the frames JS
// has to decode itself: undefined, or an array whose entry i, when not
// undefined, replaces message i (a line the fast parser refused, a
// too-long line as null, an 'advanced' Buffer). A single frame goes to
// onreadone(message, fd, undecoded) instead, without arrays.
func (h *channelHandle) onFrames(frames []ipc.Frame, buffering bool) {
	if h.closed {
		closeFrameFDs(frames)
		return
	}
	fn := h.obj.Get("onread")
	if fn == nil || goja.IsUndefined(fn) {
		closeFrameFDs(frames)
		return
	}
	vm := h.rt.VM
	// buffering is a property (JS reads it at disconnect), set when it
	// changes: a fourth argument would cost MakeCallback an array.
	if buffering != h.buffering {
		h.buffering = buffering
		_ = h.obj.Set("buffering", buffering)
	}
	if one := h.obj.Get("onreadone"); len(frames) == 1 && one != nil && !goja.IsUndefined(one) {
		msg, undecoded := h.decode(frames[0])
		h.deliver(one, msg, vm.ToValue(frames[0].FD), undecoded)
		return
	}
	// JS arrays made here, not Go slices wrapped by ToValue: onread
	// indexes them, and a wrapped slice converts on every access.
	// NewArray copies what it is given: the slices are the handle's own.
	msgs := slices.Grow(h.msgsBuf[:0], len(frames))[:len(frames)]
	fds := slices.Grow(h.fdsBuf[:0], len(frames))[:len(frames)]
	h.msgsBuf, h.fdsBuf = msgs, fds
	var raw []any
	for i, f := range frames {
		fds[i] = vm.ToValue(f.FD)
		var undecoded goja.Value
		msgs[i], undecoded = h.decode(f)
		if undecoded == goja.Undefined() {
			continue
		}
		if raw == nil {
			raw = make([]any, len(frames))
			for k := range raw {
				raw[k] = goja.Undefined()
			}
		}
		raw[i] = undecoded
	}
	rawArg := goja.Undefined()
	if raw != nil {
		rawArg = vm.NewArray(raw...)
	}
	msgArray, fdArray := vm.NewArray(msgs...), vm.NewArray(fds...)
	clear(msgs) // no message stays reachable from here
	h.deliver(fn, msgArray, fdArray, rawArg)
}

// decode gives a frame's message, or undefined and what JS must decode.
func (h *channelHandle) decode(f ipc.Frame) (msg, undecoded goja.Value) {
	switch {
	case f.Err != nil:
		return goja.Undefined(), goja.Null()
	case h.sized:
		return goja.Undefined(), buffer.New(h.rt, f.Line)
	}
	if v, ok := h.parser.parse(f.Line); ok {
		return v, goja.Undefined()
	}
	// The decoder gave this line its own bytes, never reused.
	return goja.Undefined(), h.rt.VM.ToValue(unsafe.String(unsafe.SliceData(f.Line), len(f.Line)))
}

// deliver calls fn with received frames; what the handlers write meanwhile
// may be kept back until they are done (deferWrite).
func (h *channelHandle) deliver(fn goja.Value, args ...goja.Value) {
	h.reading = true
	outer := h.exit.handling
	h.exit.handling = h
	h.rt.MakeCallback(fn, h.obj, args...)
	h.exit.handling = outer
	h.reading = false
	h.flushDeferred()
}

func closeFrameFDs(frames []ipc.Frame) {
	for _, f := range frames {
		if f.FD >= 0 {
			_ = unix.Close(f.FD)
		}
	}
}

// onEOF runs on the loop goroutine, from ReadReady.
func (h *channelHandle) onEOF(error) {
	if !h.closed {
		h.alive.setActive(false)
		if fn := h.obj.Get("onread"); fn != nil && !goja.IsUndefined(fn) {
			h.rt.MakeCallback(fn, h.obj, goja.Null())
		}
	}
	h.eofOnce.Do(func() { close(h.eof) })
}

// write sends data with the descriptor of handle fd (-1: none); owned says the
// descriptor is a duplicate made for this send, closed once it is sent. It
// returns 0 when data is written, 1 when it is queued (onwritecomplete
// follows), or a negative errno.
func (h *channelHandle) write(data []byte, fd int, owned bool) int {
	if h.closed {
		release(fd, owned)
		return -int(unix.EBADF)
	}
	// Only a descriptor to close needs a closure of its own.
	done := h.completedFn
	if owned && fd >= 0 {
		done = func(err error) {
			release(fd, owned)
			h.completed(err)
		}
	}
	var async bool
	var err error
	if h.unseen > 0 {
		// Behind writes whose completions JS has not had yet, a write
		// is queued too, as in libuv, even if the socket has drained:
		// its callback comes after theirs, not in a tick before.
		async, err = true, h.ch.Queue(data, fd, done)
	} else {
		async, err = h.ch.Write(data, fd, done)
	}
	if err != nil {
		release(fd, owned)
		return errno(err)
	}
	if !async {
		release(fd, owned)
		return 0
	}
	// A write in flight keeps the loop alive, as a libuv write request does.
	h.rt.Loop.Ref()
	h.unseen++
	return 1
}

// completed counts a queued write as finished (on the writer goroutine);
// the loop hears of the writes that finished since it last looked in one
// posted job, not one each.
func (h *channelHandle) completed(err error) {
	h.doneMu.Lock()
	h.done = append(h.done, errno(err))
	first := len(h.done) == 1
	h.doneMu.Unlock()
	if first {
		post(h.rt.Loop, h.deliverCompletions)
	}
}

// deliverCompletions tells onwritecomplete how many writes finished. It
// completes them in order, stopping after one with a callback, and returns
// how many it still owes; it is called again until none, so that each
// callback runs as a callback of its own (as libuv completes each write),
// ticks and all, and the rest in one call. A callback that throws ends a
// call early (no count comes back): the next call goes on.
func (h *channelHandle) deliverCompletions() {
	h.doneMu.Lock()
	n := len(h.done)
	h.done = h.done[:0]
	h.doneMu.Unlock()
	for range n {
		h.rt.Loop.Unref()
	}
	h.unseen -= n
	fn := h.obj.Get("onwritecomplete")
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	for owed := n; owed > 0; n = 0 {
		r := h.rt.MakeCallback(fn, h.obj, h.rt.VM.ToValue(n))
		if r != nil {
			owed = int(r.ToInteger())
		} else {
			// A throw took one write at least: this ends even if JS
			// never answers.
			owed--
		}
	}
}

func (h *channelHandle) close() {
	if h.closed {
		return
	}
	h.flushDeferred()
	h.closed = true
	h.alive.setActive(false)
	h.unwatch() // before the descriptor goes: the loop must not poll it
	_ = h.ch.Close()
	h.eofOnce.Do(func() { close(h.eof) })
}
