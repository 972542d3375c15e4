package net

import (
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// Pipe is a Unix domain socket or server handle (libuv's uv_pipe_t), with
// the same stream as TCP. Its methods run on the loop goroutine.
type Pipe struct {
	handle
	Stream
	listener

	connector

	// OnConnection gets each accepted connection, or a negative errno.
	OnConnection func(status int, conn *Pipe)
	// OnClose runs once, after Close, in the loop's closing phase (after
	// this turn's immediates), as libuv's close callbacks.
	OnClose func()
}

// Pipe modes for Fchmod, as libuv's UV_READABLE and UV_WRITABLE.
const (
	PipeReadable = 1
	PipeWritable = 2
)

// NewPipe makes an unopened handle.
func NewPipe(loop *gort.Loop) *Pipe {
	p := &Pipe{}
	p.handle.init(loop, p.isActive)
	p.Stream.h, p.Stream.sockFD = &p.handle, -1
	p.listener.init(&p.handle)
	return p
}

func (p *Pipe) isActive() bool {
	return p.accepting || p.connecting || p.Stream.active()
}

// unixAddr puts a Node pipe name in a sockaddr_un as libuv does: a name
// longer than the 108 bytes of sun_path is cut to them (and then has no
// terminating NUL); a leading NUL names Linux's abstract namespace, whose
// address is as long as the name. It also returns the name as
// unix.Getsockname spells the socket's ("@" for the leading NUL).
func unixAddr(path string) (*unix.RawSockaddrUnix, uint32, string, int) {
	if path == "" {
		return nil, 0, "", -int(syscall.EINVAL)
	}
	sa := &unix.RawSockaddrUnix{Family: unix.AF_UNIX}
	n := min(len(path), len(sa.Path))
	for i := range n {
		sa.Path[i] = int8(path[i])
	}
	if path[0] == 0 {
		return sa, uint32(2 + n), "@" + path[1:n], 0
	}
	return sa, uint32(unsafe.Sizeof(*sa)), path[:n], 0
}

// sockaddrCall is bind or connect with a raw address.
func sockaddrCall(call uintptr, fd int, sa *unix.RawSockaddrUnix, size uint32) error {
	for {
		_, _, e := unix.Syscall(call, uintptr(fd), uintptr(unsafe.Pointer(sa)), uintptr(size))
		if e != unix.EINTR {
			if e != 0 {
				return e
			}
			return nil
		}
	}
}

// Bind makes a socket bound to path; errors come at once, as uv_pipe_bind.
// The path is removed again when the handle closes.
func (p *Pipe) Bind(path string) int {
	if p.fd >= 0 || p.ln != nil || p.sockFD >= 0 || p.closed {
		return -int(syscall.EINVAL)
	}
	sa, size, _, st := unixAddr(path)
	if st != 0 {
		return st
	}
	fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0)
	if err != nil {
		return Errno(err)
	}
	if err := sockaddrCall(unix.SYS_BIND, fd, sa, size); err != nil {
		unix.Close(fd)
		if err == unix.ENOENT {
			// libuv reports a missing directory as EACCES (Windows' code).
			return -int(syscall.EACCES)
		}
		return Errno(err)
	}
	p.fd = fd
	if path[0] != 0 {
		p.unlink = path
	}
	return 0
}

// ListenBound makes the bound (or opened) socket listen and accepts on it.
func (p *Pipe) ListenBound(backlog int) int {
	return p.listener.listen(backlog, p.accepted, p.acceptFailed)
}

func (p *Pipe) accepted(fd int) {
	conn := NewPipe(p.loop)
	conn.attachNonblocking(fd, true)
	p.OnConnection(0, conn)
}

func (p *Pipe) acceptFailed(status int) { p.OnConnection(status, nil) }

// Open adopts a Unix socket fd (a connected one becomes the stream, any
// other waits for ListenBound) or a FIFO's (the stream). fd stays the
// caller's.
func (p *Pipe) Open(fd int) int {
	if p.sockFD >= 0 || p.fd >= 0 || p.ln != nil {
		return -int(syscall.EINVAL)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return Errno(err)
	}
	if st.Mode&unix.S_IFMT == unix.S_IFIFO || st.Mode&unix.S_IFMT == unix.S_IFCHR { // a FIFO or a terminal (tty.WriteStream)
		return p.openFIFO(fd)
	}
	if !isConnected(fd) {
		nfd, err := dupCloexec(fd)
		if err != nil {
			return Errno(err)
		}
		p.fd = nfd
		return 0
	}
	if GuessHandleType(fd) != "PIPE" {
		return -int(syscall.ENOTSOCK)
	}
	return p.attachFD(fd, true)
}

// Connect connects to the socket at path; OnConnect reports the outcome.
func (p *Pipe) Connect(path string) int {
	if p.sockFD >= 0 || p.connecting {
		return -int(syscall.EISCONN)
	}
	sa, size, _, st := unixAddr(path)
	if st != 0 {
		return st
	}
	p.connecting = true
	p.update()
	// A Unix socket connects at once (the connection waits in the
	// listener's backlog) or fails; EAGAIN is a full backlog.
	fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0)
	if err == nil {
		if err = sockaddrCall(unix.SYS_CONNECT, fd, sa, size); err != nil {
			unix.Close(fd)
			fd = -1
		}
	}
	p.watchConnect(&p.Stream, fd, err)
	return 0
}

// Fchmod makes the bound socket readable and/or writable by everyone, as
// uv_pipe_chmod.
func (p *Pipe) Fchmod(mode int) int {
	if mode&(PipeReadable|PipeWritable) == 0 || mode&^(PipeReadable|PipeWritable) != 0 {
		return -int(syscall.EINVAL)
	}
	var name string
	ok := p.control(func(fd int) {
		if sa, err := unix.Getsockname(fd); err == nil {
			if u, ok := sa.(*unix.SockaddrUnix); ok {
				name = u.Name
			}
		}
	})
	if !ok || name == "" || name[0] == '@' {
		return -int(syscall.EBADF)
	}
	fi, err := os.Stat(name)
	if err != nil {
		return Errno(err)
	}
	perm := fi.Mode().Perm()
	if mode&PipeReadable != 0 {
		perm |= 0o444
	}
	if mode&PipeWritable != 0 {
		perm |= 0o222
	}
	return Errno(os.Chmod(name, perm))
}

// DupFd returns a new descriptor for the socket or server; the caller
// closes it.
func (p *Pipe) DupFd() (int, int) {
	nfd := -1
	var derr error
	if !p.control(func(fd int) { nfd, derr = dupCloexec(fd) }) {
		return -1, -int(syscall.EBADF)
	}
	if derr != nil {
		return -1, Errno(derr)
	}
	return nfd, 0
}

// Fd is the handle's descriptor, as uv_fileno; -1 when it has none.
func (p *Pipe) Fd() int {
	fd := -1
	p.control(func(f int) { fd = f })
	return fd
}

func (p *Pipe) control(fn func(fd int)) bool {
	if p.sockFD >= 0 {
		fn(p.sockFD)
		return true
	}
	return p.listener.control(fn)
}

// Close stops everything; OnClose follows in the closing phase.
func (p *Pipe) Close() {
	if p.closed {
		return
	}
	p.closed = true
	p.stopConnect()
	p.listener.close()
	p.Stream.close(p.OnClose)
	p.update()
}

// openFIFO makes a stream of a pipe fd, non-blocking as libuv makes it.
func (p *Pipe) openFIFO(fd int) int {
	nfd, err := dupCloexec(fd)
	if err != nil {
		return Errno(err)
	}
	if err := unix.SetNonblock(nfd, true); err != nil {
		unix.Close(nfd)
		return Errno(err)
	}
	return p.attachFD(nfd, false)
}
