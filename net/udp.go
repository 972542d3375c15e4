package net

import (
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// UDP flags of Bind, as libuv numbers them.
const (
	UDPIPv6Only  = 1
	UDPReuseAddr = 4
)

// udpRecvSize holds the largest datagram (libuv reads into 64 KiB too).
const udpRecvSize = 64 * 1024

// UDP is a datagram socket handle, shaped like libuv's uv_udp_t: the socket
// is made by the first Bind (or adopted by Open), sends are tried at once
// and queued in order when the kernel is full, and receiving runs while
// RecvStart is in force. As a Stream's, the descriptor is the loop's own:
// non-blocking, polled in the loop's epoll set, read and written on the
// loop goroutine. Methods run on the loop goroutine; the On* callbacks are
// called there.
type UDP struct {
	handle

	fd    int // the socket, owned; -1 before Bind/Open and after Close
	watch *gort.FDWatch

	receiving bool

	// Sends the kernel refused (EAGAIN), in order; they go out when the
	// poll reports room. queued counts them (and their bytes) until their
	// completion is reported, on a later turn.
	outbox     []*udpSend
	queued     int
	queuedSize int

	// NoTrySend queues every send for the poll instead of trying it at
	// once (node's --test-udp-no-try-send, which its tests use to see
	// the send queue).
	NoTrySend bool

	// OnMessage gets each datagram and its sender, or a negative errno.
	OnMessage func(status int, data []byte, from Addr)
	// OnSend completes a send that Send queued: status and bytes sent.
	OnSend func(req any, status, sent int)
	// OnClose runs once, after Close, in the loop's closing phase (after
	// this turn's immediates), as libuv's close callbacks.
	OnClose func()
}

type udpSend struct {
	bufs [][]byte
	to   unix.Sockaddr // nil on a connected socket
	size int
	req  any
}

// NewUDP makes a handle with no socket yet.
func NewUDP(loop *gort.Loop) *UDP {
	u := &UDP{fd: -1}
	u.handle.init(loop, u.isActive)
	return u
}

func (u *UDP) isActive() bool { return u.receiving || u.queued > 0 }

// Bind binds to address:port of family 4 or 6 with the UDP* flags, making
// the socket first if there is none (as uv_udp_bind).
func (u *UDP) Bind(address string, port, family, flags int) int {
	if u.closed {
		return -int(syscall.EINVAL)
	}
	if flags&UDPIPv6Only != 0 && family != 6 {
		return -int(syscall.EINVAL)
	}
	sa, domain, st := sockaddr(address, port, family)
	if st != 0 {
		return st
	}
	if st := u.ensureSocket(domain); st != 0 {
		return st
	}
	var err error
	u.control(func(fd int) {
		if flags&UDPReuseAddr != 0 {
			// SO_REUSEADDR, as libuv on Linux (its SO_REUSEPORT would
			// balance datagrams instead of sharing them).
			if err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
				return
			}
		}
		if flags&UDPIPv6Only != 0 {
			if err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 1); err != nil {
				return
			}
		}
		err = unix.Bind(fd, sa)
	})
	return Errno(err)
}

// ensureSocket makes the socket of the given domain if there is none.
func (u *UDP) ensureSocket(domain int) int {
	if u.fd >= 0 {
		return 0
	}
	fd, err := unix.Socket(domain, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, 0)
	if err != nil {
		return Errno(err)
	}
	u.adopt(fd)
	return 0
}

// adopt takes fd (non-blocking) as the handle's socket.
func (u *UDP) adopt(fd int) {
	u.fd = fd
	u.watch = u.loop.NewFDWatch(fd, u.onEvents)
}

// Open adopts a datagram socket fd, which the handle then owns (as
// uv_udp_open: SO_REUSEADDR is set on it).
func (u *UDP) Open(fd int) int {
	if u.closed {
		return -int(syscall.EINVAL)
	}
	if u.fd >= 0 {
		return -int(syscall.EBUSY)
	}
	if typ, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE); err != nil {
		return Errno(err)
	} else if typ != unix.SOCK_DGRAM {
		return -int(syscall.EINVAL)
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		return Errno(err)
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		return Errno(err)
	}
	u.adopt(fd)
	return 0
}

// Fd is the socket's descriptor, or -1 before Bind/Open.
func (u *UDP) Fd() int {
	fd := -1
	if u.closed {
		return -1
	}
	u.control(func(f int) { fd = f })
	return fd
}

// control runs fn on the socket; false when there is none.
func (u *UDP) control(fn func(fd int)) bool {
	if u.fd < 0 {
		return false
	}
	fn(u.fd)
	return true
}

// Connect fixes the peer (uv_udp_connect); sends then go there only.
func (u *UDP) Connect(address string, port, family int) int {
	sa, domain, st := sockaddr(address, port, family)
	if st != 0 {
		return st
	}
	if st := u.ensureSocket(domain); st != 0 {
		return st
	}
	var err error
	u.control(func(fd int) { err = unix.Connect(fd, sa) })
	return Errno(err)
}

// Disconnect forgets the peer: connect(2) to AF_UNSPEC.
func (u *UDP) Disconnect() int {
	var err error
	if !u.control(func(fd int) {
		err = connectUnspec(fd)
		// Linux may report EAFNOSUPPORT for the unspecified family after
		// dissolving the association; libuv ignores it too.
		if err == unix.EAFNOSUPPORT {
			err = nil
		}
	}) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
}

// connectUnspec is connect(2) to an AF_UNSPEC address, which x/sys has no
// Sockaddr for.
func connectUnspec(fd int) error {
	sa := unix.RawSockaddr{Family: unix.AF_UNSPEC}
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa))
	if e != 0 {
		return e
	}
	return nil
}

// Send sends bufs as one datagram to address:port (family 4 or 6), or to
// the connected peer when address is "". It returns the size sent when the
// kernel took it at once (sync true, no OnSend follows), else queues it and
// OnSend(req, status, sent) reports later; a negative status is a failure
// now.
func (u *UDP) Send(bufs [][]byte, address string, port, family int, req any) (sent int, sync bool, status int) {
	if u.closed {
		return 0, false, -int(syscall.EBADF)
	}
	job := &udpSend{bufs: bufs, req: req}
	for _, b := range bufs {
		job.size += len(b)
	}
	if address != "" {
		sa, domain, st := sockaddr(address, port, family)
		if st != 0 {
			return 0, false, st
		}
		if st := u.ensureSocket(domain); st != 0 {
			return 0, false, st
		}
		job.to = sa
	} else if u.fd < 0 {
		return 0, false, -int(syscall.EDESTADDRREQ)
	}
	if len(u.outbox) == 0 && !u.NoTrySend {
		n, err := sendmsg(u.fd, job)
		if err != unix.EAGAIN {
			if err != nil {
				return 0, false, Errno(err)
			}
			return n, true, 0
		}
	}
	u.queued++
	u.queuedSize += job.size
	u.update()
	u.outbox = append(u.outbox, job)
	if len(u.outbox) == 1 {
		u.syncWatch()
	}
	return 0, false, 0
}

func sendmsg(fd int, job *udpSend) (int, error) {
	for {
		n, err := unix.SendmsgBuffers(fd, job.bufs, nil, job.to, 0)
		if err != unix.EINTR {
			return n, err
		}
	}
}

// flush sends the queued datagrams in order until the kernel refuses one,
// on the loop goroutine; each is reported to OnSend on a later turn, as
// libuv reports from its pending queue.
func (u *UDP) flush() {
	for len(u.outbox) > 0 {
		job := u.outbox[0]
		n, err := sendmsg(u.fd, job)
		if err == unix.EAGAIN {
			return
		}
		u.outbox[0] = nil
		u.outbox = u.outbox[1:]
		u.postSent(job, n, Errno(err))
	}
	u.outbox = nil
	u.syncWatch()
}

// postSent reports a queued send's end on the next turn.
func (u *UDP) postSent(job *udpSend, n, status int) {
	u.post(func() {
		u.queued--
		u.queuedSize -= job.size
		u.update()
		if u.OnSend != nil {
			u.OnSend(job.req, status, n)
		}
	})
}

// onEvents is the loop's poll reporting the socket.
func (u *UDP) onEvents(readable, writable bool) {
	if writable && len(u.outbox) > 0 {
		u.flush()
	}
	if readable {
		u.onReadable()
	}
}

// syncWatch polls for what the handle waits for now: datagrams while
// receiving, room while sends are queued.
func (u *UDP) syncWatch() {
	if u.watch == nil || u.closed {
		return
	}
	err := u.watch.Want(u.receiving, len(u.outbox) > 0)
	if err == nil {
		return
	}
	// Not pollable: the queued sends fail with the error, and a receiver
	// gets it as a failed read would report it, on the next turn.
	status := Errno(err)
	for _, job := range u.outbox {
		u.postSent(job, 0, status)
	}
	u.outbox = nil
	if u.receiving {
		u.post(func() {
			if u.receiving && u.OnMessage != nil {
				u.OnMessage(status, nil, Addr{})
			}
		})
	}
}

// SendQueueSize and SendQueueCount are the bytes and datagrams waiting.
func (u *UDP) SendQueueSize() int { return u.queuedSize }

// SendQueueCount is the number of datagrams waiting to be sent.
func (u *UDP) SendQueueCount() int { return u.queued }

// RecvStart delivers datagrams to OnMessage until RecvStop.
func (u *UDP) RecvStart() int {
	if u.closed {
		return -int(syscall.EINVAL)
	}
	if u.fd < 0 {
		return -int(syscall.EINVAL)
	}
	if u.receiving {
		return -int(syscall.EALREADY)
	}
	u.receiving = true
	u.update()
	// The poll is level-triggered: datagrams that waited while receiving
	// was stopped are reported at once.
	u.syncWatch()
	return 0
}

// RecvStop stops OnMessage; datagrams wait in the kernel. The socket stays
// polled until the poll next reports it (then onReadable drops it), as a
// Stream's: a stop and a start in one turn cost no system call.
func (u *UDP) RecvStop() int {
	u.receiving = false
	u.update()
	return 0
}

// onReadable reads datagrams on the loop goroutine until none is left, the
// handle stops receiving, or readRounds were read (the poll reports the
// rest next turn), as libuv's uv__udp_recvmsg.
func (u *UDP) onReadable() {
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	buf := (*bp)[:udpRecvSize]
	for i := 0; i < readRounds; i++ {
		if !u.receiving || u.closed {
			u.syncWatch()
			return
		}
		n, from, err := recvmsg(u.fd, buf)
		if err == unix.EAGAIN {
			return
		}
		if u.OnMessage == nil {
			continue
		}
		if err != nil {
			u.OnMessage(Errno(err), nil, Addr{})
			continue
		}
		u.OnMessage(n, append(make([]byte, 0, n), buf[:n]...), addrOf(from))
	}
}

func recvmsg(fd int, buf []byte) (int, unix.Sockaddr, error) {
	for {
		n, _, _, from, err := unix.Recvmsg(fd, buf, nil, 0)
		if err != unix.EINTR {
			return n, from, err
		}
	}
}

// SockName is the bound address; PeerName the connected peer's.
func (u *UDP) SockName() (Addr, int) { return u.name(unix.Getsockname) }

// PeerName is the address of the connected peer.
func (u *UDP) PeerName() (Addr, int) { return u.name(unix.Getpeername) }

func (u *UDP) name(get func(int) (unix.Sockaddr, error)) (Addr, int) {
	var sa unix.Sockaddr
	var err error
	if !u.control(func(fd int) { sa, err = get(fd) }) {
		return Addr{}, -int(syscall.EBADF)
	}
	if err != nil {
		return Addr{}, Errno(err)
	}
	return addrOf(sa), 0
}

// DupFd returns a new descriptor for the socket, for sending to another
// process; the caller closes it.
func (u *UDP) DupFd() (int, int) {
	nfd := -1
	var err error
	if !u.control(func(fd int) { nfd, err = dupCloexec(fd) }) {
		return -1, -int(syscall.EBADF)
	}
	if err != nil {
		return -1, Errno(err)
	}
	return nfd, 0
}

// Close stops everything and closes the socket; OnClose follows in the
// closing phase. Queued sends are dropped.
func (u *UDP) Close() {
	if u.closed {
		return
	}
	u.closed = true
	u.receiving = false
	if u.fd >= 0 {
		u.watch.Stop()
		unix.Close(u.fd)
		u.fd = -1
	}
	u.outbox = nil
	u.queued, u.queuedSize = 0, 0
	u.update()
	if u.OnClose != nil {
		u.loop.QueueClose(u.OnClose)
	}
}
