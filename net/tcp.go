package net

import (
	"context"
	stdnet "net"
	"net/netip"
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
	Stream
	listener

	connector

	// OnConnection gets each accepted connection, or a negative errno.
	OnConnection func(status int, conn *TCP)
	// OnClose runs once, after Close, in the loop's closing phase (after
	// this turn's immediates), as libuv's close callbacks.
	OnClose func()
}

// NewTCP makes an unopened handle.
func NewTCP(loop *gort.Loop) *TCP {
	t := &TCP{}
	t.handle.init(loop, t.isActive)
	t.Stream.h, t.Stream.sockFD = &t.handle, -1
	t.listener.init(&t.handle)
	return t
}

func (t *TCP) isActive() bool {
	return t.accepting || t.connecting || t.Stream.active()
}

// ListenOptions are the socket options of Listen.
type ListenOptions struct {
	IPv6Only  bool
	ReusePort bool
	Backlog   int
}

// Listen binds address:port and starts accepting. family is 4, 6 or 0 (4
// unless address is an IPv6 one; Node's default '::' is dual-stack).
func (t *TCP) Listen(address string, port, family int, opts ListenOptions) int {
	if family == 0 {
		family = 4
		if a, err := netip.ParseAddr(address); address == "" || (err == nil && a.Is6()) {
			family = 6
		}
	}
	if address == "" {
		address = "0.0.0.0"
		if family == 6 {
			address = "::"
		}
	}
	if st := t.bind(address, port, family, opts.IPv6Only, opts.ReusePort); st != 0 {
		return st
	}
	backlog := opts.Backlog
	if backlog <= 0 {
		backlog = 511
	}
	return t.ListenBound(backlog)
}

// Bind binds a new socket to address:port, family 4 or 6, as uv_tcp_bind:
// SO_REUSEADDR on, IPV6_V6ONLY as asked, and EADDRINUSE kept for
// ListenBound (or Connect) to report.
func (t *TCP) Bind(address string, port, family int, ipv6Only bool) int {
	return t.bind(address, port, family, ipv6Only, false)
}

func (t *TCP) bind(address string, port, family int, ipv6Only, reusePort bool) int {
	if t.fd >= 0 || t.ln != nil || t.sockFD >= 0 || t.closed {
		return -int(syscall.EINVAL)
	}
	sa, domain, st := sockaddr(address, port, family)
	if st != 0 {
		return st
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0)
	if err != nil {
		return Errno(err)
	}
	err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if err == nil && reusePort {
		err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
	}
	if err == nil && domain == unix.AF_INET6 {
		on := 0
		if ipv6Only {
			on = 1
		}
		err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, on)
	}
	if err == nil {
		err = unix.Bind(fd, sa)
		if err == unix.EADDRINUSE {
			t.bindErr = Errno(err)
			err = nil
		}
	}
	if err != nil {
		unix.Close(fd)
		return Errno(err)
	}
	t.fd = fd
	return 0
}

// sockaddr parses an IP address of the given family (4 or 6), with an
// optional %zone for IPv6, as uv_ip4_addr / uv_ip6_addr.
func sockaddr(address string, port, family int) (unix.Sockaddr, int, int) {
	if family == 4 {
		a, ok := parseIP4(address)
		if !ok {
			return nil, 0, -int(syscall.EINVAL)
		}
		return &unix.SockaddrInet4{Port: port, Addr: a.As4()}, unix.AF_INET, 0
	}
	a, scope, ok := parseIP6(address)
	if !ok {
		return nil, 0, -int(syscall.EINVAL)
	}
	return &unix.SockaddrInet6{Port: port, Addr: a.As16(), ZoneId: scope}, unix.AF_INET6, 0
}

// ListenBound makes a bound (or opened) socket listen and starts accepting.
// A handle that accepts already (OpenListener) is left as it is.
func (t *TCP) ListenBound(backlog int) int {
	return t.listener.listen(backlog, t.accepted, t.acceptFailed)
}

func (t *TCP) accepted(fd int) {
	conn := NewTCP(t.loop)
	conn.attachNonblocking(fd, true)
	t.OnConnection(0, conn)
}

func (t *TCP) acceptFailed(status int) { t.OnConnection(status, nil) }

// OpenListener starts accepting on an already bound and listening socket
// (one passed from another process, or listen({fd})). fd stays the
// caller's; the handle works on a duplicate.
func (t *TCP) OpenListener(fd int) int {
	return t.listener.adopt(fd, "TCP", t.accepted, t.acceptFailed)
}

// Open adopts a socket fd (one passed from another process): a connected
// socket becomes the stream (fd is closed: Go's conn works on its own
// copy), any other one waits for ListenBound on a duplicate (fd stays the
// caller's).
func (t *TCP) Open(fd int) int {
	if t.sockFD >= 0 || t.fd >= 0 || t.ln != nil {
		return -int(syscall.EINVAL)
	}
	if !isConnected(fd) {
		nfd, err := dupCloexec(fd)
		if err != nil {
			return Errno(err)
		}
		t.fd = nfd
		return 0
	}
	return t.openConnected(fd)
}

// OpenOwned is Open for a descriptor the handle takes over (one received
// over IPC): it is closed when the handle closes, or at once if opening
// fails, and no copy of it is made beyond the one Go's net.FileConn takes.
func (t *TCP) OpenOwned(fd int) int {
	if t.sockFD >= 0 || t.fd >= 0 || t.ln != nil {
		unix.Close(fd)
		return -int(syscall.EINVAL)
	}
	if !isConnected(fd) {
		t.fd = fd
		return 0
	}
	return t.openConnected(fd)
}

// openConnected makes the connected socket fd the handle's stream, which
// owns it from now on. Its kind is not asked again, as uv_tcp_open does
// not: a round-robin worker opens every connection this way, and the IPC
// side has classified the descriptor already.
func (t *TCP) openConnected(fd int) int {
	return t.attachFD(fd, true)
}

// Connect dials address:port; OnConnect reports the outcome, unless
// Connect returns an error at once (a negative errno), as uv_tcp_connect.
func (t *TCP) Connect(address string, port int, localAddress string, localPort int) int {
	if t.sockFD >= 0 || t.connecting {
		return -int(syscall.EISCONN)
	}
	t.connecting = true
	t.update()
	st := 0
	if ip, err := netip.ParseAddr(address); err == nil {
		st = t.connectIP(ip, port, localAddress, localPort)
	} else {
		t.dialName(address, port, localAddress, localPort)
	}
	if st != 0 {
		t.connecting = false
		t.update()
	}
	return st
}

// connectIP connects on the loop, as uv_tcp_connect (the usual case: the
// JS side has resolved the name). The connect starts now, so the SYNs of
// connects started in one turn leave in call order and a server accepts
// them in that order. The socket Bind made connects, if there is one (the
// JS side binds to a local address first, as node's): the EADDRINUSE that
// bind kept is reported now, as libuv's delayed error. An error connect(2)
// gives at once is returned, except ECONNREFUSED, which OnConnect reports,
// as libuv does.
func (t *TCP) connectIP(ip netip.Addr, port int, localAddress string, localPort int) int {
	fd := t.fd
	if fd >= 0 {
		bindErr := t.bindErr
		t.fd, t.bindErr = -1, 0
		if bindErr != 0 {
			unix.Close(fd)
			t.watchConnect(&t.Stream, -1, syscall.Errno(-bindErr))
			return 0
		}
	} else {
		var err error
		if fd, err = connectSocket(ip, localAddress, localPort); err != nil {
			return Errno(err)
		}
	}
	switch err := connectStart(fd, ip, port); err {
	case nil:
		t.watchConnect(&t.Stream, fd, nil)
	case unix.ECONNREFUSED:
		unix.Close(fd)
		t.watchConnect(&t.Stream, -1, os.NewSyscallError("connect", err))
	default:
		// The socket stays the handle's, as libuv keeps it (getsockname
		// still answers), until the handle closes.
		t.fd = fd
		return Errno(err)
	}
	return 0
}

// dialName connects to a host name through Go's dialer, on a goroutine
// that posts the outcome back.
func (t *TCP) dialName(address string, port int, localAddress string, localPort int) {
	d := stdnet.Dialer{}
	if localAddress != "" || localPort != 0 {
		d.LocalAddr = &stdnet.TCPAddr{IP: stdnet.ParseIP(localAddress), Port: localPort}
	}
	target := stdnet.JoinHostPort(address, strconv.Itoa(port))
	ctx, cancel := context.WithCancel(context.Background())
	t.cancel = cancel
	go func() {
		defer cancel()
		fd := -1
		c, err := d.DialContext(ctx, "tcp", target)
		if err == nil {
			fd, err = connFD(c.(*stdnet.TCPConn))
		}
		t.loop.Ref()
		t.loop.Post(func() {
			t.loop.Unref()
			if t.closed {
				if err == nil {
					unix.Close(fd)
				}
				return
			}
			t.connected(&t.Stream, fd, err)
		})
	}()
}

// DupFd returns a new descriptor for the socket or server, for sending to
// another process; the caller closes it.
func (t *TCP) DupFd() (int, int) {
	nfd := -1
	var derr error
	ok := t.control(func(fd int) { nfd, derr = dupCloexec(fd) })
	if !ok {
		return -1, -int(syscall.EBADF)
	}
	if derr != nil {
		return -1, Errno(derr)
	}
	return nfd, 0
}

// Fd is the handle's descriptor, as uv_fileno: the connection's, else the
// server's or bound socket's; -1 when it has none (closed, or not open yet).
func (t *TCP) Fd() int {
	fd := -1
	t.control(func(f int) { fd = f })
	return fd
}

// control runs fn on the handle's socket, whichever it is.
func (t *TCP) control(fn func(fd int)) bool {
	if t.sockFD >= 0 {
		fn(t.sockFD)
		return true
	}
	return t.listener.control(fn)
}

// Close stops everything; OnClose follows in the closing phase.
func (t *TCP) Close() {
	if t.closed {
		return
	}
	t.closed = true
	t.stopConnect()
	t.listener.close()
	t.Stream.close(t.OnClose)
	t.update()
}

// Reset closes a connection with an RST instead of a FIN (SO_LINGER 0),
// as uv_tcp_close_reset; OnClose follows.
func (t *TCP) Reset() int {
	if t.ended && len(t.pending) > 0 {
		return -int(syscall.EINVAL)
	}
	if t.sockFD >= 0 {
		_ = unix.SetsockoptLinger(t.sockFD, unix.SOL_SOCKET, unix.SO_LINGER, &unix.Linger{Onoff: 1, Linger: 0})
	}
	t.Close()
	return 0
}

// SockName is the local address; PeerName the remote one.
func (t *TCP) SockName() (Addr, int) { return t.name(unix.Getsockname) }

// PeerName is the address of the other end of a connected socket.
func (t *TCP) PeerName() (Addr, int) { return t.name(unix.Getpeername) }

func (t *TCP) name(get func(int) (unix.Sockaddr, error)) (Addr, int) {
	var sa unix.Sockaddr
	var gerr error
	if !t.control(func(fd int) { sa, gerr = get(fd) }) {
		return Addr{}, -int(syscall.EBADF)
	}
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
	if t.sockFD < 0 {
		return 0
	}
	return Errno(unix.SetsockoptInt(t.sockFD, unix.IPPROTO_TCP, unix.TCP_NODELAY, boolInt(on)))
}

// SetKeepAlive turns TCP keep-alive on with the given initial delay (s).
func (t *TCP) SetKeepAlive(on bool, delaySec int) int {
	fd := t.sockFD
	if fd < 0 {
		return 0
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE, boolInt(on)); err != nil || !on || delaySec <= 0 {
		return Errno(err)
	}
	// As uv_tcp_keepalive: probes after delay, then every second, ten.
	for _, o := range [][2]int{{unix.TCP_KEEPIDLE, delaySec}, {unix.TCP_KEEPINTVL, 1}, {unix.TCP_KEEPCNT, 10}} {
		if err := unix.SetsockoptInt(fd, unix.IPPROTO_TCP, o[0], o[1]); err != nil {
			return Errno(err)
		}
	}
	return 0
}
