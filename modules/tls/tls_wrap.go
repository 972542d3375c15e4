package tls

import (
	"crypto/tls"
	"errors"
	"io"
	stdnet "net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// tlsHandle is a TLS connection over a TCP socket's descriptor, shaped
// like the stream handles net.Socket drives (readStart/readStop/onread,
// writeBuffer/writeString/writev with onwrite, shutdown/onshutdown, close,
// ref/unref), plus onhandshake(error) once the handshake ends. crypto/tls
// does the protocol on goroutines: a handshaker, then a reader; a writer
// takes writes in order. Their results reach JS through the loop.
type tlsHandle struct {
	rt   *gort.Runtime
	obj  *goja.Object
	conn *tls.Conn
	raw  stdnet.Conn

	refed, closed, counted bool // loop goroutine only
	queued                 int

	mu       sync.Mutex
	cond     *sync.Cond
	reading  bool
	shaken   bool       // the handshake is over (either way)
	gone     bool       // closed, as the goroutines see it
	writes   []tlsWrite // for the writer goroutine, under mu
	read     atomic.Int64
	written  atomic.Int64
	verified *verifyResult
}

type tlsWrite struct {
	data     []byte
	req      goja.Value
	shutdown bool
}

// newTLSHandle takes over fd (a connected TCP socket) and starts the
// handshake as a server or a client with cfg.
func newTLSHandle(rt *gort.Runtime, fd int, server bool, cfg *tls.Config, verify *verifyResult) (*tlsHandle, error) {
	f := os.NewFile(uintptr(fd), "tls")
	raw, err := stdnet.FileConn(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	h := &tlsHandle{rt: rt, obj: rt.VM.NewObject(), raw: raw, refed: true, verified: verify}
	h.cond = sync.NewCond(&h.mu)
	if server {
		h.conn = tls.Server(raw, cfg)
	} else {
		h.conn = tls.Client(raw, cfg)
	}
	h.update()
	h.install()
	go h.handshake()
	go h.writer()
	return h, nil
}

// update holds one loop reference while the handle is open and referenced.
func (h *tlsHandle) update() {
	want := h.refed && !h.closed
	if want == h.counted {
		return
	}
	h.counted = want
	if want {
		h.rt.Loop.Ref()
	} else {
		h.rt.Loop.Unref()
	}
}

// post runs fn on the loop unless the handle was closed by then.
func (h *tlsHandle) post(fn func()) {
	h.rt.Loop.Ref()
	h.rt.Loop.Post(func() {
		h.rt.Loop.Unref()
		if !h.closed {
			fn()
		}
	})
}

func (h *tlsHandle) call(name string, args ...goja.Value) {
	if fn := h.obj.Get(name); fn != nil && !goja.IsUndefined(fn) && !goja.IsNull(fn) {
		h.rt.MakeCallback(fn, h.obj, args...)
	}
}

func (h *tlsHandle) handshake() {
	err := h.conn.Handshake()
	h.mu.Lock()
	h.shaken = true
	h.cond.Broadcast()
	h.mu.Unlock()
	h.post(func() {
		if err != nil {
			h.call("onhandshake", h.handshakeError(err))
			return
		}
		h.call("onhandshake", goja.Null())
	})
	if err == nil {
		h.reader()
	}
}

func (h *tlsHandle) reader() {
	for {
		h.mu.Lock()
		for !h.reading && !h.gone {
			h.cond.Wait()
		}
		gone := h.gone
		h.mu.Unlock()
		if gone {
			return
		}
		buf := make([]byte, 64<<10)
		n, err := h.conn.Read(buf)
		if n > 0 {
			h.read.Add(int64(n))
			data := buf[:n]
			h.post(func() { h.call("onread", h.rt.VM.ToValue(n), buffer.New(h.rt, data)) })
		}
		if err != nil {
			status := gcnet.EOF
			if !errors.Is(err, io.EOF) {
				status = gcnet.Errno(err)
			}
			h.post(func() { h.call("onread", h.rt.VM.ToValue(status), goja.Undefined()) })
			return
		}
	}
}

// next waits for the next write; false once the handle is closed and
// nothing is left.
func (h *tlsHandle) next() (tlsWrite, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for len(h.writes) == 0 && !h.gone {
		h.cond.Wait()
	}
	if len(h.writes) == 0 {
		return tlsWrite{}, false
	}
	w := h.writes[0]
	h.writes = h.writes[1:]
	return w, true
}

func (h *tlsHandle) writer() {
	for {
		w, ok := h.next()
		if !ok {
			return
		}
		var err error
		if w.shutdown {
			err = h.conn.CloseWrite()
			h.post(func() { h.call("onshutdown", h.rt.VM.ToValue(gcnet.Errno(err))) })
			continue
		}
		_, err = h.conn.Write(w.data)
		h.written.Add(int64(len(w.data)))
		n, req := len(w.data), w.req
		h.post(func() {
			h.queued -= n
			h.call("onwrite", req, h.rt.VM.ToValue(gcnet.Errno(err)))
		})
	}
}

func (h *tlsHandle) queue(w tlsWrite) int {
	if h.closed {
		return -9 // EBADF
	}
	h.queued += len(w.data)
	h.mu.Lock()
	h.writes = append(h.writes, w)
	h.cond.Broadcast()
	h.mu.Unlock()
	return 0
}

func (h *tlsHandle) setReading(on bool) {
	h.mu.Lock()
	h.reading = on
	h.cond.Broadcast()
	h.mu.Unlock()
}

func (h *tlsHandle) close(cb goja.Value) {
	if h.closed {
		return
	}
	h.closed = true
	h.update()
	h.mu.Lock()
	h.gone = true
	h.cond.Broadcast()
	h.mu.Unlock()
	// Closing sends close_notify, which may wait on the peer: off the loop.
	loop := h.rt.Loop
	loop.Ref()
	go func() {
		_ = h.raw.SetWriteDeadline(time.Now().Add(time.Second))
		_ = h.conn.Close()
		loop.Post(func() {
			loop.Unref()
			if _, ok := goja.AssertFunction(cb); ok {
				h.rt.MakeCallback(cb, h.obj)
			}
		})
	}()
}
