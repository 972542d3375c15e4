package child_process

import (
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
// writeUtf8String with a req whose oncomplete follows an async write,
// writeQueueSize, close.
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
	h := &channelHandle{rt: rt, ch: ch, obj: vm.NewObject(), alive: newKeepAlive(rt.Loop), eof: make(chan struct{})}
	o := h.obj
	trackHandle(rt, o, "PipeWrap", &h.alive, func() bool { return !h.closed })
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("fd", ch.FD())
	set("lastWriteWasAsync", false)
	set("readStart", h.readStart)
	set("ref", func() { h.alive.setRef(true) })
	set("unref", func() { h.alive.setRef(false) })
	set("hasRef", func() bool { return h.alive.refed })
	set("close", h.close)
	// The per-message natives take goja.FunctionCall: the reflection that
	// typed Go funcs go through costs more than the write itself.
	set("writeUtf8String", func(call goja.FunctionCall) goja.Value {
		req, fd, owned := writeArgs(vm, call)
		return vm.ToValue(h.write(req, []byte(call.Argument(1).String()), fd, owned))
	})
	// writeBuffer sends bytes as they are (the 'advanced' serialization).
	set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		req, fd, owned := writeArgs(vm, call)
		data := call.Argument(1)
		b, ok := buffer.Bytes(vm, data)
		if !ok {
			panic(rt.InvalidArgType("data", "Buffer", data))
		}
		return vm.ToValue(h.write(req, b, fd, owned))
	})
	queueSize := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(ch.QueueSize()) })
	_ = o.DefineAccessorProperty("writeQueueSize", queueSize, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return o, h
}

// writeArgs reads (req, data, fd, owned) but data, as channel.js passes them.
func writeArgs(vm *goja.Runtime, call goja.FunctionCall) (req *goja.Object, fd int, owned bool) {
	req = call.Argument(0).ToObject(vm)
	return req, int(call.Argument(2).ToInteger()), call.Argument(3).ToBoolean()
}

// readStart starts reading lines, or with sized true length-prefixed
// messages, which onread then gets as Buffers.
func (h *channelHandle) readStart(sized bool) int {
	if h.closed {
		return -int(unix.EBADF)
	}
	h.alive.setActive(true)
	h.started.Store(true)
	if h.reader != nil {
		return 0
	}
	h.sized = sized
	// The loop reads the socket itself when it is readable, as libuv does:
	// no goroutine to wake and hand each message over.
	h.reader = h.ch.NewReader(sized, 0, h.onFrames, h.onEOF)
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

func (h *channelHandle) unwatch() {
	if h.stopWatch != nil {
		h.stopWatch()
		h.stopWatch = nil
	}
}

// onFrames runs on the loop goroutine, from ReadReady.
func (h *channelHandle) onFrames(frames []ipc.Frame, buffering bool) {
	if h.closed {
		closeFrameFDs(frames)
		return
	}
	vm := h.rt.VM
	// JS arrays made here, not Go slices wrapped by ToValue: onread
	// indexes them, and a wrapped slice converts on every access.
	lines := make([]any, len(frames))
	fds := make([]any, len(frames))
	for i, f := range frames {
		fds[i] = vm.ToValue(f.FD)
		switch {
		case f.Err != nil:
			lines[i] = goja.Null()
		case h.sized:
			lines[i] = buffer.New(h.rt, f.Line)
		default:
			// The decoder gave this line its own bytes, never reused.
			lines[i] = vm.ToValue(unsafe.String(unsafe.SliceData(f.Line), len(f.Line)))
		}
	}
	if fn := h.obj.Get("onread"); fn != nil && !goja.IsUndefined(fn) {
		h.rt.MakeCallback(fn, h.obj, vm.NewArray(lines...), vm.NewArray(fds...), vm.ToValue(buffering))
	} else {
		closeFrameFDs(frames)
	}
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
// returns 0 or a negative errno; lastWriteWasAsync tells whether
// req.oncomplete(status) will follow.
func (h *channelHandle) write(req *goja.Object, data []byte, fd int, owned bool) int {
	release := func() {
		if owned && fd >= 0 {
			_ = unix.Close(fd)
		}
	}
	if h.closed {
		release()
		return -int(unix.EBADF)
	}
	async, err := h.ch.Write(data, fd, func(err error) {
		post(h.rt.Loop, func() {
			h.rt.Loop.Unref()
			release()
			if fn := req.Get("oncomplete"); fn != nil && !goja.IsUndefined(fn) {
				h.rt.MakeCallback(fn, req, h.rt.VM.ToValue(errno(err)))
			}
		})
	})
	_ = h.obj.Set("lastWriteWasAsync", async)
	if err != nil {
		release()
		return errno(err)
	}
	if !async {
		release()
		return 0
	}
	// A write in flight keeps the loop alive, as a libuv write request does.
	h.rt.Loop.Ref()
	return 0
}

func (h *channelHandle) close() {
	if h.closed {
		return
	}
	h.closed = true
	h.alive.setActive(false)
	h.unwatch() // before the descriptor goes: the loop must not poll it
	_ = h.ch.Close()
	h.eofOnce.Do(func() { close(h.eof) })
}
