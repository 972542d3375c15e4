package worker_threads

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/gocluster/gocluster/modules/util"
	gort "github.com/gocluster/gocluster/runtime"
)

// A Worker is another runtime on a goroutine of its own. The two talk
// through links: each direction carries messages (v8-serialized bytes,
// which JS clones from and into) onto the receiving runtime's loop.

// link is one direction of a worker's channel. What arrives before the
// receiving side has a JS port to take it waits in pending.
type link struct {
	mu      sync.Mutex
	rt      *gort.Runtime
	deliver goja.Value
	pending []message
	closed  bool
}

// message is a serialized value and the memory of the SharedArrayBuffers
// it names, which the receiver wraps rather than copies.
type message struct {
	bytes  []byte
	shared [][]byte
	end    bool // the end of a stream (worker.stdin): JS gets null
}

// send queues m for the receiving runtime; it is safe on any goroutine.
func (l *link) send(m message) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	if l.deliver == nil {
		l.pending = append(l.pending, m)
		return
	}
	l.post(m)
}

func (l *link) post(m message) {
	rt, fn := l.rt, l.deliver
	rt.Loop.Post(func() {
		if m.end {
			rt.MakeCallback(fn, goja.Undefined(), goja.Null())
			return
		}
		shared := make([]any, len(m.shared))
		for i, b := range m.shared {
			shared[i] = util.WrapShared(rt, b)
		}
		rt.MakeCallback(fn, goja.Undefined(), rt.VM.ToValue(rt.VM.NewArrayBuffer(m.bytes)), rt.VM.NewArray(shared...))
	})
}

// attach gives the link its receiver, on the receiver's loop; what waited
// is delivered first, in order.
func (l *link) attach(rt *gort.Runtime, deliver goja.Value) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.rt, l.deliver = rt, deliver
	for _, m := range l.pending {
		l.post(m)
	}
	l.pending = nil
}

func (l *link) close() {
	l.mu.Lock()
	l.closed = true
	l.pending = nil
	l.mu.Unlock()
}

// worker is the parent's record of one Worker.
type worker struct {
	parent   *gort.Runtime
	toChild  link
	toParent link
	stdin    link // worker.stdin's chunks; a nil message is its end
	hasStdin bool
	data     message // the serialized workerData
	envData  []byte  // the serialized environment data

	mu    sync.Mutex
	child *gort.Runtime
	ended bool // the child's Run returned, or it never started
	kill  bool // terminate() came before the child runtime existed

	refed bool // the parent's loop counts the worker (parent loop only)

	childJS *goja.Object // the worker's binding (worker goroutine only)
}

// stdioWriter is a worker's stdout or stderr: each write goes to the
// parent's loop, which pushes it to worker.stdout or worker.stderr.
type stdioWriter struct {
	w  *worker
	fd int
	on goja.Value // the parent's JS callback (fd, bytes)
}

func (s *stdioWriter) Write(b []byte) (int, error) {
	c := append([]byte(nil), b...)
	p := s.w.parent
	p.Loop.Post(func() {
		p.MakeCallback(s.on, goja.Undefined(), p.VM.ToValue(s.fd), p.VM.ToValue(p.VM.NewArrayBuffer(c)))
	})
	return len(b), nil
}

// terminate ends the child from the parent's goroutine.
func (w *worker) terminate() {
	w.mu.Lock()
	child, ended := w.child, w.ended
	w.kill = true
	w.mu.Unlock()
	if child != nil && !ended {
		child.Terminate()
	}
}

// bytesOf copies the bytes of an ArrayBuffer argument.
func bytesOf(v goja.Value) []byte {
	if ab, ok := v.Export().(goja.ArrayBuffer); ok {
		return append([]byte(nil), ab.Bytes()...)
	}
	return nil
}

// messageOf reads postMessage's (bytes, sharedArrayBuffers) arguments.
func messageOf(rt *gort.Runtime, call goja.FunctionCall) message {
	m := message{bytes: bytesOf(call.Argument(0))}
	if list, ok := call.Argument(1).(*goja.Object); ok {
		for _, k := range list.Keys() {
			if b, ok := util.SharedBytes(list.Get(k)); ok {
				m.shared = append(m.shared, b)
			}
		}
	}
	return m
}

func stringsOf(rt *gort.Runtime, v goja.Value) []string {
	var out []string
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	_ = rt.VM.ExportTo(v, &out)
	return out
}

// startWorker is the binding's start(spec): it starts the worker's
// goroutine and returns the parent's handle on it.
func startWorker(parent *gort.Runtime, spec *goja.Object) *goja.Object {
	vm := parent.VM
	w := &worker{parent: parent, envData: bytesOf(spec.Get("environmentData")), refed: true,
		hasStdin: spec.Get("hasStdin").ToBoolean()}
	w.data = messageOf(parent, goja.FunctionCall{Arguments: []goja.Value{spec.Get("data"), spec.Get("dataShared")}})
	onExit := spec.Get("onExit")
	onError := spec.Get("onError")
	onOnline := spec.Get("onOnline")
	onStdio := spec.Get("onStdio")
	w.toParent.attach(parent, spec.Get("onMessage"))
	opts := gort.Options{
		ExecPath: parent.Opts.ExecPath,
		ExecArgv: stringsOf(parent, spec.Get("execArgv")),
		Args:     stringsOf(parent, spec.Get("argv")),
		Stdout:   &stdioWriter{w: w, fd: 1, on: onStdio},
		Stderr:   &stdioWriter{w: w, fd: 2, on: onStdio},
	}
	if spec.Get("isEval").ToBoolean() {
		opts.Eval, opts.EvalName = spec.Get("filename").String(), "[worker eval]"
	} else {
		opts.Script = spec.Get("filename").String()
	}
	wo := &gort.WorkerOptions{ThreadID: int(spec.Get("threadId").ToInteger()), Data: w}
	if env, ok := spec.Get("env").(*goja.Object); ok {
		wo.Env = map[string]string{}
		for _, k := range env.Keys() {
			wo.Env[k] = env.Get(k).String()
		}
	}
	wo.OnFatal = func(rt *gort.Runtime, err goja.Value) {
		b := serializeError(rt, w, err)
		parent.Loop.Post(func() {
			parent.MakeCallback(onError, goja.Undefined(), vm.ToValue(vm.NewArrayBuffer(b)))
		})
	}
	opts.Worker = wo
	parent.Loop.Ref()
	go w.run(opts, onOnline, onExit)

	h := vm.NewObject()
	_ = h.Set("postMessage", func(call goja.FunctionCall) goja.Value {
		w.toChild.send(messageOf(parent, call))
		return goja.Undefined()
	})
	_ = h.Set("terminate", w.terminate)
	_ = h.Set("writeStdin", func(chunk goja.Value) {
		if goja.IsNull(chunk) {
			w.stdin.send(message{end: true})
			return
		}
		w.stdin.send(message{bytes: bytesOf(chunk)})
	})
	_ = h.Set("ref", func() {
		if !w.refed && !w.isEnded() {
			w.refed = true
			parent.Loop.Ref()
		}
	})
	_ = h.Set("unref", func() {
		if w.refed && !w.isEnded() {
			w.refed = false
			parent.Loop.Unref()
		}
	})
	_ = h.Set("hasRef", func() bool { return w.refed && !w.isEnded() })
	return h
}

func (w *worker) isEnded() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ended
}

// run is the worker's goroutine: its runtime, from start to exit code.
func (w *worker) run(opts gort.Options, onOnline, onExit goja.Value) {
	parent := w.parent
	code := 1
	child, err := gort.New(opts)
	if err == nil {
		w.mu.Lock()
		w.child = child
		kill := w.kill
		w.mu.Unlock()
		if kill {
			child.Terminate()
		}
		parent.Loop.Post(func() { parent.MakeCallback(onOnline, goja.Undefined()) })
		code = child.Run()
	}
	w.toChild.close()
	w.mu.Lock()
	w.ended = true
	w.mu.Unlock()
	// After every message and write the worker made: the loop runs posts
	// in order.
	parent.Loop.Post(func() {
		if w.refed {
			w.refed = false
			parent.Loop.Unref()
		}
		parent.MakeCallback(onExit, goja.Undefined(), parent.VM.ToValue(code))
	})
}

// serializeError is an uncaught exception in the worker as the module's
// encodeError (worker_threads.js) gives it to the parent.
func serializeError(rt *gort.Runtime, w *worker, err goja.Value) []byte {
	if w.childJS == nil {
		if _, rerr := rt.Require(ModuleName); rerr != nil {
			return nil
		}
	}
	encode, ok := goja.AssertFunction(w.childJS.Get("encodeError"))
	if !ok {
		return nil
	}
	out, eerr := encode(goja.Undefined(), err)
	if eerr != nil {
		return nil
	}
	return bytesOf(out)
}

// childBinding is what worker_threads needs inside a worker: its thread
// id, workerData's bytes, and its end of the channel.
func childBinding(rt *gort.Runtime, w *worker) *goja.Object {
	vm := rt.VM
	o := vm.NewObject()
	w.childJS = o
	_ = o.Set("threadId", rt.Opts.Worker.ThreadID)
	_ = o.Set("data", vm.NewArrayBuffer(w.data.bytes))
	shared := make([]any, len(w.data.shared))
	for i, b := range w.data.shared {
		shared[i] = util.WrapShared(rt, b)
	}
	_ = o.Set("dataShared", vm.NewArray(shared...))
	_ = o.Set("environmentData", vm.NewArrayBuffer(w.envData))
	_ = o.Set("attach", func(fn goja.Value) { w.toChild.attach(rt, fn) })
	_ = o.Set("hasStdin", w.hasStdin)
	// stdin keeps the worker alive until the parent ends it.
	_ = o.Set("attachStdin", func(fn goja.Value) {
		rt.Loop.Ref()
		w.stdin.attach(rt, fn)
	})
	_ = o.Set("stdinEnded", rt.Loop.Unref)
	_ = o.Set("post", func(call goja.FunctionCall) goja.Value {
		w.toParent.send(messageOf(rt, call))
		return goja.Undefined()
	})
	return o
}
