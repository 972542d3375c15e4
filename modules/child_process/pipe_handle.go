package child_process

import (
	"errors"
	"os"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// uvEOF is libuv's UV_EOF.
const uvEOF = -4095

// pipeHandle is the parent's end of a child's stdio pipe (a socketpair, as
// libuv makes them), shaped like a stream handle: readStart/readStop with
// onread(nread, buffer), writeBuffer/writeUtf8String with req.oncomplete,
// shutdown, close.
type pipeHandle struct {
	rt     *gort.Runtime
	f      *os.File
	rc     syscall.RawConn
	obj    *goja.Object
	alive  keepAlive
	closed bool
	ended  bool // EOF or a read error was delivered

	mu       sync.Mutex
	cond     *sync.Cond
	reading  bool // wanted by JS; the reader parks while false
	started  bool
	stopRead bool

	writes  []pipeWrite // waiting for the writer goroutine, under mu
	writing bool        // the writer goroutine runs (or its shutdown waits for the loop)
	queued  int         // bytes handed to the writer, loop goroutine only
	shut    bool        // shutdown was asked for: no more writes, loop goroutine only

	eof     chan struct{}
	eofOnce sync.Once
}

// pipeWrite is one request for the writer goroutine; finish runs on the
// loop with its status.
type pipeWrite struct {
	data     []byte
	shutdown bool
	finish   func(status int)
}

func newPipeObject(rt *gort.Runtime, fd int) (*goja.Object, *pipeHandle, error) {
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, nil, err
	}
	f := os.NewFile(uintptr(fd), "pipe")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	vm := rt.VM
	h := &pipeHandle{rt: rt, f: f, rc: rc, obj: vm.NewObject(), alive: newKeepAlive(rt.Loop), eof: make(chan struct{})}
	h.cond = sync.NewCond(&h.mu)
	o := h.obj
	trackHandle(rt, o, "PipeWrap", &h.alive, func() bool { return !h.closed })
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("fd", fd)
	set("readStart", h.readStart)
	set("readStop", h.readStop)
	set("writeBuffer", func(req *goja.Object, data goja.Value) int {
		b, ok := buffer.Bytes(vm, data)
		if !ok {
			panic(rt.InvalidArgType("data", "Buffer", data))
		}
		return h.write(req, b, false) // copied if it has to wait
	})
	set("writeUtf8String", func(req *goja.Object, s string) int { return h.write(req, []byte(s), false) })
	set("shutdown", func(req *goja.Object) int { return h.write(req, nil, true) })
	set("ref", func() { h.alive.setRef(true) })
	set("unref", func() { h.alive.setRef(false) })
	set("hasRef", func() bool { return h.alive.refed })
	set("close", h.close)
	_ = o.DefineAccessorProperty("writeQueueSize", vm.ToValue(func() int { return h.queued }), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return o, h, nil
}

func (h *pipeHandle) readStart() int {
	if h.closed {
		return -int(unix.EBADF)
	}
	if h.ended {
		return 0
	}
	h.alive.setActive(true)
	h.mu.Lock()
	h.reading = true
	if !h.started {
		h.started = true
		go h.readLoop()
	}
	h.cond.Broadcast()
	h.mu.Unlock()
	return 0
}

func (h *pipeHandle) readStop() int {
	h.alive.setActive(false)
	h.mu.Lock()
	h.reading = false
	h.mu.Unlock()
	return 0
}

// isReading reports whether JS wants data now; the exit of a child waits
// only for pipes somebody reads.
func (h *pipeHandle) isReading() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.reading && !h.stopRead
}

// peerClosed reports whether the child's end is closed everywhere.
func (h *pipeHandle) peerClosed() bool {
	closed := false
	_ = h.rc.Control(func(fd uintptr) {
		p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN | unix.POLLRDHUP}}
		if n, err := unix.Poll(p, 0); err == nil && n > 0 {
			closed = p[0].Revents&(unix.POLLRDHUP|unix.POLLHUP) != 0
		}
	})
	return closed
}

// readLoop waits, off the loop, until the pipe has something to read,
// and has the loop read it, as libuv does: bytes are taken only while JS
// wants them and only between its callbacks, so a pipe handed on as
// another child's stdio (spawn, then readStop) loses nothing to a read
// that was already waiting.
func (h *pipeHandle) readLoop() {
	defer h.eofOnce.Do(func() { close(h.eof) })
	buf := make([]byte, 64*1024)
	finished := make(chan bool, 1)
	for {
		h.mu.Lock()
		for !h.reading && !h.stopRead {
			h.cond.Wait()
		}
		stop := h.stopRead
		h.mu.Unlock()
		if stop {
			return
		}
		// Each RawConn.Read forgets the poller's last report, so readable
		// asks the kernel itself before Read waits for the next one.
		if err := h.rc.Read(readable); err != nil {
			return // closed
		}
		var read func()
		read = func() {
			if completionsPending(h.rt.Loop) {
				post(h.rt.Loop, read) // behind them
				return
			}
			finished <- h.readOnLoop(buf)
		}
		post(h.rt.Loop, read)
		if <-finished {
			return
		}
	}
}

// readable reports, without reading, whether a read of fd would not block.
func readable(fd uintptr) bool {
	p := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	n, err := unix.Poll(p, 0)
	return err != nil || n > 0
}

// maxReadsPerWake bounds the reads of one wake-up, as libuv's 32, so that
// a fast child does not hold the loop.
const maxReadsPerWake = 32

// readOnLoop reads while JS wants data and the pipe has some, delivering
// each chunk; true when the pipe is done (EOF, an error, closed).
func (h *pipeHandle) readOnLoop(buf []byte) bool {
	for i := 0; i < maxReadsPerWake; i++ {
		if h.closed {
			return true
		}
		h.mu.Lock()
		want := h.reading
		h.mu.Unlock()
		if !want {
			return false
		}
		var n int
		var rerr error
		if err := h.rc.Read(func(fd uintptr) bool {
			n, rerr = unix.Read(int(fd), buf)
			return true
		}); err != nil {
			return true // closed
		}
		switch {
		case rerr == unix.EAGAIN:
			return false
		case rerr == unix.EINTR:
			continue
		case rerr == unix.ECONNRESET || (rerr == nil && n == 0):
			h.deliver(uvEOF, nil)
			return true
		case rerr != nil:
			h.deliver(errno(rerr), nil)
			return true
		}
		h.deliver(n, append([]byte(nil), buf[:n]...))
	}
	return false
}

func (h *pipeHandle) deliver(status int, data []byte) {
	if h.closed {
		return
	}
	if status < 0 {
		h.ended = true
		h.alive.setActive(false)
	}
	fn := h.obj.Get("onread")
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	if data != nil {
		h.rt.MakeCallback(fn, h.obj, h.rt.VM.ToValue(status), buffer.New(h.rt, data))
		return
	}
	h.rt.MakeCallback(fn, h.obj, h.rt.VM.ToValue(status), goja.Undefined())
}

// write writes data (or, with shutdown, ends the writing side) as libuv
// does: at once on the loop when nothing is queued, the rest in order by
// the writer goroutine, so the loop never blocks on a full pipe. A write
// the kernel took whole sets req.async = false and has no oncomplete (the
// caller completes it, as Node's stream handles); otherwise
// req.oncomplete(status) follows on the loop.
func (h *pipeHandle) write(req *goja.Object, data []byte, shutdown bool) int {
	if h.closed {
		return -int(unix.EBADF)
	}
	if h.shut {
		return -int(unix.EPIPE) // libuv: not writable after shutdown
	}
	h.shut = shutdown
	h.mu.Lock()
	busy := h.writing
	h.mu.Unlock()
	finish := func(status int) {
		if fn := req.Get("oncomplete"); fn != nil && !goja.IsUndefined(fn) {
			h.rt.MakeCallback(fn, req, h.rt.VM.ToValue(status))
		}
	}
	if !busy && shutdown {
		h.shutdownNow(finish)
		return 0
	}
	if !busy {
		n, err := gcnet.WriteNow(h.rc, data)
		if err != nil {
			if _, isErrno := err.(unix.Errno); !isErrno {
				err = unix.EBADF // the pipe is closed
			}
			return errno(err)
		}
		if n == len(data) {
			_ = req.Set("async", false)
			return 0
		}
		data = data[n:]
	}
	_ = req.Set("async", true)
	h.enqueue(pipeWrite{data: append([]byte(nil), data...), shutdown: shutdown, finish: finish})
	return 0
}

// shutdownNow ends the writing side on the loop. Its completion is queued
// before the shutdown(2) call, so it runs ahead of anything the child does
// once it sees the end (its output, its exit): libuv too shuts down and
// completes in one step on the loop.
func (h *pipeHandle) shutdownNow(finish func(int)) {
	status := 0
	postCompletion(h.rt.Loop, func() { finish(status) })
	var serr error
	if err := h.rc.Control(func(fd uintptr) { serr = unix.Shutdown(int(fd), unix.SHUT_WR) }); err != nil {
		serr = unix.ECANCELED
	}
	status = errno(serr)
}

// enqueue hands w to the writer goroutine, starting it if needed.
func (h *pipeHandle) enqueue(w pipeWrite) {
	n := len(w.data)
	h.queued += n
	h.rt.Loop.Ref() // a request in flight keeps the loop alive
	finish := w.finish
	w.finish = func(status int) {
		h.rt.Loop.Unref()
		h.queued -= n
		finish(status)
	}
	h.mu.Lock()
	h.writes = append(h.writes, w)
	if !h.writing {
		h.writing = true
		go h.writeLoop()
	}
	h.mu.Unlock()
}

// writeLoop writes the queued requests in order off the loop, each
// completion posted to the loop. A shutdown goes back to the loop
// (shutdownNow), which then lets later requests start afresh.
func (h *pipeHandle) writeLoop() {
	var failed error
	for {
		h.mu.Lock()
		if len(h.writes) == 0 {
			h.writing = false
			h.mu.Unlock()
			return
		}
		w := h.writes[0]
		h.writes = h.writes[1:]
		if h.stopRead && failed == nil {
			failed = unix.ECANCELED
		}
		h.mu.Unlock()
		if failed != nil {
			status := errno(failed)
			postCompletion(h.rt.Loop, func() { w.finish(status) })
			continue
		}
		if w.shutdown {
			postCompletion(h.rt.Loop, func() {
				h.mu.Lock()
				h.writing = false
				h.mu.Unlock()
				if h.closed {
					w.finish(-int(unix.ECANCELED))
					return
				}
				h.shutdownNow(w.finish)
			})
			return
		}
		_, err := h.f.Write(w.data)
		if errors.Is(err, os.ErrClosed) {
			err = unix.ECANCELED
		}
		failed = err
		status := errno(err)
		postCompletion(h.rt.Loop, func() { w.finish(status) })
	}
}

func (h *pipeHandle) close() {
	if h.closed {
		return
	}
	h.closed = true
	h.alive.setActive(false)
	h.mu.Lock()
	h.stopRead = true
	h.cond.Broadcast()
	h.mu.Unlock()
	_ = h.f.Close()
}
