package net

import (
	"errors"
	stdnet "net"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// listener is the server half of a socket handle, shared by TCP and Pipe:
// a bound socket that Listen turns into an accepting one, as libuv splits
// bind and listen.
type listener struct {
	lh        *handle
	fd        int // bound (or opened) socket not listening through Go yet; -1 if none
	bindErr   int // EADDRINUSE from bind: libuv reports it from listen
	ln        stdnet.Listener
	accepting bool
	unlink    string // a Unix socket path to remove on close, as libuv does
	pairPort  int    // the TCP port, for connects from this process (pairing.go)
	pairPath  string // the same for a Unix socket
}

func (l *listener) init(h *handle) {
	l.lh = h
	l.fd = -1
}

// listen makes the bound socket listen with backlog and accepts on it;
// every connection goes to accept on the loop goroutine, and a failed
// accept to fail. A socket that already accepts is left as it is.
func (l *listener) listen(backlog int, accept func(stdnet.Conn), fail func(int)) int {
	if l.accepting {
		return 0
	}
	if l.bindErr != 0 {
		return l.bindErr
	}
	if l.fd < 0 {
		return -int(syscall.EINVAL)
	}
	if err := unix.Listen(l.fd, backlog); err != nil {
		return Errno(err)
	}
	f := os.NewFile(uintptr(l.fd), "listener")
	ln, err := stdnet.FileListener(f)
	f.Close()
	l.fd = -1
	if err != nil {
		return Errno(err)
	}
	l.serve(ln, accept, fail)
	return 0
}

func (l *listener) serve(ln stdnet.Listener, accept func(stdnet.Conn), fail func(int)) {
	h := l.lh
	l.ln = ln
	l.accepting = true
	h.update()
	port, path := 0, ""
	switch a := ln.Addr().(type) {
	case *stdnet.TCPAddr:
		port = a.Port
		l.pairPort = port
		pairListen(port)
	case *stdnet.UnixAddr:
		path = a.Name
		l.pairPath = path
		unixPairListen(path, 1)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				if h.gone.Load() {
					return
				}
				status := Errno(err)
				h.post(func() { fail(status) })
				var ne stdnet.Error
				if status == -int(syscall.EMFILE) || status == -int(syscall.ENFILE) ||
					(errors.As(err, &ne) && ne.Timeout()) {
					// Out of descriptors: give the program a moment to close some.
					time.Sleep(10 * time.Millisecond)
					continue
				}
				return
			}
			h.loop.Ref()
			h.loop.Post(func() {
				h.loop.Unref()
				if h.closed {
					c.Close()
					return
				}
				accept(c)
			})
			if port != 0 {
				pairAccepted(port, c.RemoteAddr().String())
			} else if path != "" {
				unixPairAccepted(path)
			}
		}
	}()
}

// control runs fn on the listener's socket, whichever form it has now.
func (l *listener) control(fn func(fd int)) bool {
	if l.fd >= 0 {
		fn(l.fd)
		return true
	}
	if l.ln == nil {
		return false
	}
	sc, ok := l.ln.(syscall.Conn)
	if !ok {
		return false
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	return rc.Control(func(fd uintptr) { fn(int(fd)) }) == nil
}

func (l *listener) close() {
	l.accepting = false
	if l.fd >= 0 {
		unix.Close(l.fd)
		l.fd = -1
	}
	if l.ln != nil {
		l.ln.Close()
	}
	if l.pairPort != 0 {
		pairUnlisten(l.pairPort)
		l.pairPort = 0
	}
	if l.pairPath != "" {
		unixPairListen(l.pairPath, -1)
		l.pairPath = ""
	}
	if l.unlink != "" {
		os.Remove(l.unlink)
		l.unlink = ""
	}
}

// dupCloexec duplicates fd, close-on-exec, as a handle's own copy.
func dupCloexec(fd int) (int, error) {
	return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
}

// isConnected tells a connected socket from a bound or listening one.
func isConnected(fd int) bool {
	_, err := unix.Getpeername(fd)
	return err == nil
}

// fileConn wraps a connected socket fd (Go works on its own duplicate).
func fileConn(fd int) (stdnet.Conn, error) {
	f := os.NewFile(uintptr(fd), "socket")
	c, err := stdnet.FileConn(f)
	f.Close()
	return c, err
}

// GuessHandleType says what kind of handle fd would need, as libuv's
// uv_guess_handle does: "TCP", "PIPE", "UDP", "TTY", "FILE" or "UNKNOWN".
func GuessHandleType(fd int) string {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return "UNKNOWN"
	}
	switch st.Mode & unix.S_IFMT {
	case unix.S_IFREG:
		return "FILE"
	case unix.S_IFCHR:
		if _, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
			return "TTY"
		}
		return "FILE"
	case unix.S_IFIFO:
		return "PIPE"
	case unix.S_IFSOCK:
	default:
		return "UNKNOWN"
	}
	typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	if err != nil {
		return "UNKNOWN"
	}
	domain, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err != nil {
		return "UNKNOWN"
	}
	switch {
	case typ == unix.SOCK_STREAM && (domain == unix.AF_INET || domain == unix.AF_INET6):
		return "TCP"
	case typ == unix.SOCK_STREAM && domain == unix.AF_UNIX:
		return "PIPE"
	case typ == unix.SOCK_DGRAM && (domain == unix.AF_INET || domain == unix.AF_INET6):
		return "UDP"
	}
	return "UNKNOWN"
}
