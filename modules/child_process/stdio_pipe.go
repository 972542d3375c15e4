package child_process

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	netmod "github.com/gocluster/gocluster/modules/net"
	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// stdioPipe is the parent's end of a child's stdio pipe: a net Pipe handle
// (pipe_wrap's, as Node's child streams are net.Sockets over a Pipe) that
// the loop polls and reads like any socket. The process handle watches the
// readers' ends so that 'exit' can wait for them (exitAfterPipes).
type stdioPipe struct {
	fd     int
	stream *gcnet.Stream
	ended  bool   // EOF or a read error was delivered
	onEnd  func() // set while 'exit' waits for this end
}

// newStdioPipe wraps fd, the parent's end of a socketpair, in a new Pipe
// handle (`new Pipe(SOCKET)` then open(fd)), which owns fd from then on;
// on failure fd is closed.
func newStdioPipe(rt *gort.Runtime, fd int) (*goja.Object, *stdioPipe, error) {
	obj, err := openPipe(rt, fd)
	if err != nil {
		_ = unix.Close(fd)
		return nil, nil, err
	}
	p := &stdioPipe{fd: fd, stream: netmod.StreamOf(rt, obj)}
	// The end of input is noted as it goes by, after JS has had it.
	onRead := p.stream.OnRead
	p.stream.OnRead = func(status int, data []byte) {
		onRead(status, data)
		if status < 0 && !p.ended {
			p.ended = true
			if f := p.onEnd; f != nil {
				p.onEnd = nil
				f()
			}
		}
	}
	return obj, p, nil
}

// openPipe makes the Pipe handle of fd. fd is made non-blocking first, so
// that open cannot fail after taking it.
func openPipe(rt *gort.Runtime, fd int) (*goja.Object, error) {
	vm := rt.VM
	if err := unix.SetNonblock(fd, true); err != nil {
		return nil, err
	}
	exports, err := rt.Require(netmod.PipeWrapModuleName)
	if err != nil {
		return nil, err
	}
	ctor, ok := goja.AssertConstructor(exports.ToObject(vm).Get("Pipe"))
	if !ok {
		return nil, unix.EINVAL
	}
	obj, err := ctor(nil, vm.ToValue(0)) // SOCKET
	if err != nil {
		return nil, err
	}
	open, _ := goja.AssertFunction(obj.Get("open"))
	st, err := open(obj, vm.ToValue(fd))
	if err == nil && st.ToInteger() < 0 {
		err = unix.Errno(-st.ToInteger())
	}
	if err != nil {
		closeHandle(obj)
		return nil, err
	}
	return obj, nil
}

// closeHandle closes a JS handle object Go made and nobody will own.
func closeHandle(obj *goja.Object) {
	if fn, ok := goja.AssertFunction(obj.Get("close")); ok {
		_, _ = fn(obj)
	}
}

// endPending reports whether JS reads the pipe now and its end is
// already there to read: the child's end is closed everywhere (a pipe some
// grandchild still holds is not). Loop goroutine only.
func (p *stdioPipe) endPending() bool {
	return p.pending(unix.POLLRDHUP | unix.POLLHUP)
}

// dataPending reports whether JS reads the pipe now and it has something
// to read.
func (p *stdioPipe) dataPending() bool { return p.pending(unix.POLLIN) }

// pending polls the pipe being read for any of the events in mask.
func (p *stdioPipe) pending(mask int16) bool {
	if p.ended || !p.stream.Connected() || !p.stream.Reading() {
		return false
	}
	fds := []unix.PollFd{{Fd: int32(p.fd), Events: unix.POLLIN | unix.POLLRDHUP}}
	n, err := unix.Poll(fds, 0)
	return err == nil && n > 0 && fds[0].Revents&mask != 0
}
