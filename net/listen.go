package net

import (
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
	ln        *acceptor
	accepting bool
	unlink    string // a Unix socket path to remove on close, as libuv does
	// takeFD, when set, gets each accepted connection as a bare descriptor
	// (its own to close) instead of a stream (AcceptDescriptors).
	takeFD func(fd int)
}

// acceptor is a listening socket the loop itself polls and accepts on, as
// libuv's server I/O: a connection leaves the kernel's backlog only when
// the handle is about to deliver it, so the ones still queued when the
// handle closes stay there for the other processes sharing the socket
// (cluster's SCHED_NONE workers, a primary that passed its server on).
type acceptor struct {
	fd     int // -1 once closed
	stop   func()
	accept func(fd int) // a connection, the callee's to own
	fail   func(int)
	paused bool // out of descriptors: watching again shortly
}

func (l *listener) init(h *handle) {
	l.lh = h
	l.fd = -1
}

// listen makes the bound socket listen with backlog and accepts on it;
// every connection goes to accept on the loop goroutine, and a failed
// accept to fail. A socket that already accepts is left as it is.
func (l *listener) listen(backlog int, accept func(int), fail func(int)) int {
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
	fd := l.fd
	l.fd = -1
	return l.serve(fd, accept, fail)
}

// adopt accepts on a socket that already listens (passed from another
// process, or listen({fd})), if it is of kind (GuessHandleType's name).
// fd stays the caller's; the handle works on a duplicate.
func (l *listener) adopt(fd int, kind string, accept func(int), fail func(int)) int {
	if GuessHandleType(fd) != kind {
		return -int(syscall.ENOTSOCK)
	}
	nfd, err := dupCloexec(fd)
	if err != nil {
		return Errno(err)
	}
	return l.serve(nfd, accept, fail)
}

// serve accepts on the listening socket fd, which the listener owns from
// now on (closed here if serving fails).
func (l *listener) serve(fd int, accept func(int), fail func(int)) int {
	h := l.lh
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return Errno(err)
	}
	reserveSpareFD()
	a := &acceptor{fd: fd, accept: accept, fail: fail}
	stop, err := h.loop.WatchFD(fd, func() { l.acceptReady(a) })
	if err != nil {
		unix.Close(fd)
		return Errno(err)
	}
	a.stop = stop
	l.ln = a
	l.accepting = true
	h.update()
	return 0
}

// acceptReady takes one of the connections waiting on a readable
// listening socket, as libuv does since it stopped accepting in a loop:
// the poll, level-triggered, reports the socket again on the next turn
// while more wait, so one turn's events (data, connects, immediates) come
// between two connections, as under node, and processes sharing the socket
// (cluster's SCHED_NONE workers) each get a fair chance at the next one. A
// handle that closes or stops accepting leaves the rest in the backlog.
func (l *listener) acceptReady(a *acceptor) {
	if l.ln != a || !l.accepting || l.lh.closed || a.paused {
		return
	}
	nfd, err := accept4(a.fd)
	switch err {
	case nil:
	case unix.EAGAIN, unix.EINTR, unix.ECONNABORTED:
		// Nothing to deliver now (ECONNABORTED: gone before it was taken).
		return
	case unix.EMFILE, unix.ENFILE:
		// Out of descriptors: the waiting connections are closed, as
		// libuv does (emfile.go). Without a spare to free, they wait in
		// the backlog and the program hears of it, with a moment to close
		// some descriptors.
		err = dropWaiting(a.fd)
		if err == unix.EAGAIN {
			return
		}
		l.pause(a)
		a.fail(Errno(err))
		return
	default:
		a.stop()
		a.fail(Errno(err))
		return
	}
	if l.takeFD != nil {
		l.takeFD(nfd)
	} else {
		a.accept(nfd)
	}
}

// AcceptDescriptors makes the listener hand each accepted connection to fn
// as a bare descriptor, fn's to close, instead of a stream: a connection
// that is only passed on to another process (cluster's round-robin
// primary) needs no poller registration and no Go net.Conn.
func (l *listener) AcceptDescriptors(fn func(fd int)) { l.takeFD = fn }

// pause stops watching a for a short while.
func (l *listener) pause(a *acceptor) {
	a.paused = true
	a.stop()
	h := l.lh
	go func() {
		time.Sleep(10 * time.Millisecond)
		h.post(func() {
			if l.ln != a || a.fd < 0 {
				return
			}
			a.paused = false
			if stop, err := h.loop.WatchFD(a.fd, func() { l.acceptReady(a) }); err == nil {
				a.stop = stop
			}
		})
	}()
}

// accept4 is unix.Accept4 without the peer's address, which the JS side
// asks for only when it wants it (getpeername).
func accept4(fd int) (int, error) {
	r, _, e := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(fd), 0, 0, unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// control runs fn on the listener's socket, whichever form it has now.
func (l *listener) control(fn func(fd int)) bool {
	if l.fd >= 0 {
		fn(l.fd)
		return true
	}
	if l.ln == nil || l.ln.fd < 0 {
		return false
	}
	fn(l.ln.fd)
	return true
}

func (l *listener) close() {
	l.accepting = false
	if l.fd >= 0 {
		unix.Close(l.fd)
		l.fd = -1
	}
	if a := l.ln; a != nil && a.fd >= 0 {
		a.stop()
		unix.Close(a.fd)
		a.fd = -1
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

// isConnected tells a socket that is or was connected (a stream, even
// when its peer has gone: reads then give EOF or ECONNRESET, as in Node)
// from a listening one or one only bound, which waits for listen.
// getpeername alone is not enough: it fails with ENOTCONN on a TCP socket
// whose connection was reset (or ended) before it got here.
func isConnected(fd int) bool {
	if on, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ACCEPTCONN); err == nil && on != 0 {
		return false
	}
	if _, err := unix.Getpeername(fd); err == nil {
		return true
	}
	// A TCP socket that never connected has exchanged no segment, and one
	// that connects now (SYN_SENT) is not closed.
	ti, err := unix.GetsockoptTCPInfo(fd, unix.IPPROTO_TCP, unix.TCP_INFO)
	return err == nil && (ti.State != tcpStateClose || ti.Segs_in > 0 || ti.Segs_out > 0)
}

// tcpStateClose is the kernel's TCP_CLOSE state, as TCP_INFO reports it.
const tcpStateClose = 7

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
