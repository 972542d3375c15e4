package net

import (
	"context"
	stdnet "net"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// TCP is a TCP socket or server handle. Its methods run on the loop
// goroutine; the On* callbacks are called there too.
type TCP struct {
	handle
	stream

	ln         *stdnet.TCPListener
	listening  bool
	connecting bool

	// OnConnection gets each accepted connection, or a negative errno.
	OnConnection func(status int, conn *TCP)
	// OnConnect reports the end of Connect: 0 or a negative errno.
	OnConnect func(status int)
	// OnClose runs once, after Close, on a later turn of the loop.
	OnClose func()
}

// NewTCP makes an unopened handle.
func NewTCP(loop *gort.Loop) *TCP {
	t := &TCP{}
	t.handle.init(loop, t.isActive)
	t.stream.h = &t.handle
	return t
}

func (t *TCP) isActive() bool {
	return t.listening || t.connecting || t.stream.active()
}

// ListenOptions are the socket options of Listen.
type ListenOptions struct {
	IPv6Only  bool
	ReusePort bool
	Backlog   int
}

// Listen binds address:port and starts accepting. family is 4, 6 or 0 (any,
// dual-stack for the wildcard address as Node's default '::').
func (t *TCP) Listen(address string, port, family int, opts ListenOptions) int {
	network := "tcp"
	switch {
	case family == 4:
		network = "tcp4"
	case family == 6 || opts.IPv6Only:
		network = "tcp6"
	}
	lc := stdnet.ListenConfig{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			if opts.ReusePort {
				serr = unix.SetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
			}
			if serr == nil && opts.IPv6Only {
				serr = unix.SetsockoptInt(int(fd), unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 1)
			}
		})
		if err != nil {
			return err
		}
		return serr
	}}
	ln, err := lc.Listen(context.Background(), network, stdnet.JoinHostPort(address, strconv.Itoa(port)))
	if err != nil {
		return Errno(err)
	}
	t.serve(ln.(*stdnet.TCPListener))
	return 0
}

// OpenListener starts accepting on an already bound and listening socket
// (one passed from another process, or listen({fd})). fd stays the
// caller's; the handle works on a duplicate.
func (t *TCP) OpenListener(fd int) int {
	f := os.NewFile(uintptr(fd), "listener")
	ln, err := stdnet.FileListener(f)
	if err != nil {
		return Errno(err)
	}
	tl, ok := ln.(*stdnet.TCPListener)
	if !ok {
		ln.Close()
		return -int(syscall.ENOTSOCK)
	}
	t.serve(tl)
	return 0
}

func (t *TCP) serve(ln *stdnet.TCPListener) {
	t.ln = ln
	t.listening = true
	t.update()
	go func() {
		for {
			c, err := ln.AcceptTCP()
			if err != nil {
				if t.closedFlag.Load() {
					return
				}
				status := Errno(err)
				t.post(func() { t.OnConnection(status, nil) })
				if status == -int(syscall.EMFILE) || status == -int(syscall.ENFILE) {
					continue
				}
				if ne, ok := err.(stdnet.Error); ok && ne.Timeout() {
					continue
				}
				return
			}
			t.loop.Ref()
			t.loop.Post(func() {
				t.loop.Unref()
				if t.closed {
					c.Close()
					return
				}
				conn := NewTCP(t.loop)
				conn.attach(c)
				t.OnConnection(0, conn)
			})
		}
	}()
}

// Open wraps a connected socket fd (one passed from another process). fd
// stays the caller's; the handle works on a duplicate.
func (t *TCP) Open(fd int) int {
	f := os.NewFile(uintptr(fd), "socket")
	c, err := stdnet.FileConn(f)
	if err != nil {
		return Errno(err)
	}
	tc, ok := c.(*stdnet.TCPConn)
	if !ok {
		c.Close()
		return -int(syscall.ENOTSOCK)
	}
	t.attach(tc)
	return 0
}

// Connect dials address:port; OnConnect reports the outcome.
func (t *TCP) Connect(address string, port int, localAddress string, localPort int) int {
	t.connecting = true
	t.update()
	d := stdnet.Dialer{}
	if localAddress != "" || localPort != 0 {
		d.LocalAddr = &stdnet.TCPAddr{IP: stdnet.ParseIP(localAddress), Port: localPort}
	}
	target := stdnet.JoinHostPort(address, strconv.Itoa(port))
	go func() {
		c, err := d.Dial("tcp", target)
		t.loop.Ref()
		t.loop.Post(func() {
			t.loop.Unref()
			if t.closed {
				if c != nil {
					c.Close()
				}
				return
			}
			t.connecting = false
			if err != nil {
				t.update()
				t.OnConnect(Errno(err))
				return
			}
			t.attach(c.(*stdnet.TCPConn))
			t.update()
			t.OnConnect(0)
		})
	}()
	return 0
}

// DupFd returns a new descriptor for the socket or server, for sending to
// another process; the caller closes it.
func (t *TCP) DupFd() (int, int) {
	var rc syscall.RawConn
	var err error
	switch {
	case t.ln != nil:
		rc, err = t.ln.SyscallConn()
	case t.conn != nil:
		rc, err = t.conn.SyscallConn()
	default:
		return -1, -int(syscall.EBADF)
	}
	if err != nil {
		return -1, Errno(err)
	}
	nfd := -1
	var derr error
	if cerr := rc.Control(func(fd uintptr) {
		nfd, derr = unix.FcntlInt(fd, unix.F_DUPFD_CLOEXEC, 0)
	}); cerr != nil {
		return -1, Errno(cerr)
	}
	if derr != nil {
		return -1, Errno(derr)
	}
	return nfd, 0
}

// Close stops everything; OnClose follows on a later turn.
func (t *TCP) Close() {
	if t.closed {
		return
	}
	t.closed = true
	t.closedFlag.Store(true)
	t.listening = false
	if t.ln != nil {
		t.ln.Close()
	}
	t.stream.close()
	t.update()
	if t.OnClose != nil {
		cb := t.OnClose
		t.loop.Ref()
		t.loop.Post(func() {
			t.loop.Unref()
			cb()
		})
	}
}

// SockName is the local address; PeerName the remote one.
func (t *TCP) SockName() (Addr, int) { return t.name(unix.Getsockname) }

// PeerName is the address of the other end of a connected socket.
func (t *TCP) PeerName() (Addr, int) { return t.name(unix.Getpeername) }

func (t *TCP) name(get func(int) (unix.Sockaddr, error)) (Addr, int) {
	var rc syscall.RawConn
	var err error
	switch {
	case t.ln != nil:
		rc, err = t.ln.SyscallConn()
	case t.conn != nil:
		rc, err = t.conn.SyscallConn()
	default:
		return Addr{}, -int(syscall.EBADF)
	}
	if err != nil {
		return Addr{}, Errno(err)
	}
	var sa unix.Sockaddr
	var gerr error
	_ = rc.Control(func(fd uintptr) { sa, gerr = get(int(fd)) })
	if gerr != nil {
		return Addr{}, Errno(gerr)
	}
	return addrOf(sa), 0
}

// Addr is a socket address as Node reports it.
type Addr struct {
	Address string
	Family  string // "IPv4" or "IPv6"
	Port    int
}

// addrOf keeps IPv4-mapped IPv6 addresses in their IPv6 spelling
// (::ffff:127.0.0.1), as Node shows them; Go's net.IP would print 127.0.0.1.
func addrOf(sa unix.Sockaddr) Addr {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return Addr{stdnet.IP(a.Addr[:]).String(), "IPv4", a.Port}
	case *unix.SockaddrInet6:
		ip := stdnet.IP(a.Addr[:])
		s := ip.String()
		if v4 := ip.To4(); v4 != nil && isMapped(a.Addr) {
			s = "::ffff:" + v4.String()
		}
		if a.ZoneId != 0 {
			if ifc, err := stdnet.InterfaceByIndex(int(a.ZoneId)); err == nil {
				s += "%" + ifc.Name
			}
		}
		return Addr{s, "IPv6", a.Port}
	}
	return Addr{}
}

func isMapped(b [16]byte) bool {
	for i := 0; i < 10; i++ {
		if b[i] != 0 {
			return false
		}
	}
	return b[10] == 0xff && b[11] == 0xff
}

// SetNoDelay turns Nagle's algorithm off (true) or on.
func (t *TCP) SetNoDelay(on bool) int {
	if t.conn == nil {
		return 0
	}
	return Errno(t.conn.SetNoDelay(on))
}

// SetKeepAlive turns TCP keep-alive on with the given initial delay (s).
func (t *TCP) SetKeepAlive(on bool, delaySec int) int {
	if t.conn == nil {
		return 0
	}
	if err := t.conn.SetKeepAlive(on); err != nil {
		return Errno(err)
	}
	if on && delaySec > 0 {
		return Errno(t.conn.SetKeepAliveConfig(stdnet.KeepAliveConfig{Enable: true, Idle: secs(delaySec), Interval: secs(1), Count: 10}))
	}
	return 0
}
