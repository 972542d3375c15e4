package net

import (
	"net/netip"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// connectStart begins a non-blocking connect on the calling goroutine, as
// uv_tcp_connect does: the SYNs of connects started in one turn of the loop
// leave in call order, so a server accepts them in that order, as under
// node. The returned file is registered with Go's poller.
func connectStart(ip netip.Addr, port int, localAddress string, localPort int) (*os.File, error) {
	family := 4
	if ip.Is6() {
		family = 6
	}
	remote, domain, errno := sockaddr(ip.String(), port, family)
	if errno != 0 {
		return nil, os.NewSyscallError("connect", syscall.Errno(-errno))
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, os.NewSyscallError("socket", err)
	}
	if localAddress != "" || localPort != 0 {
		if localAddress == "" {
			localAddress = map[int]string{4: "0.0.0.0", 6: "::"}[family]
		}
		local, _, errno := sockaddr(localAddress, localPort, family)
		if errno == 0 {
			err = unix.Bind(fd, local)
		} else {
			err = syscall.Errno(-errno)
		}
		if err != nil {
			unix.Close(fd)
			return nil, os.NewSyscallError("bind", err)
		}
	}
	if err := unix.Connect(fd, remote); err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		return nil, os.NewSyscallError("connect", err)
	}
	return os.NewFile(uintptr(fd), "tcp"), nil
}

// connectFinish waits until the connect of f completes and returns the
// connected socket as a descriptor of its own; f is closed either way
// (closing it earlier aborts the wait).
func connectFinish(f *os.File) (int, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return -1, err
	}
	var soerr int
	werr := rc.Write(func(fd uintptr) bool {
		if !writable(int(fd)) {
			return false // still connecting: wait for the poller
		}
		soerr, err = unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_ERROR)
		return true
	})
	switch {
	case werr != nil:
		err = werr
	case err != nil:
		err = os.NewSyscallError("getsockopt", err)
	case soerr != 0:
		err = os.NewSyscallError("connect", unix.Errno(soerr))
	default:
		return connFD(f)
	}
	f.Close()
	return -1, err
}

// connFD takes a descriptor of its own for a connection Go made, outside
// Go's netpoller, and closes Go's.
func connFD(c interface {
	SyscallConn() (syscall.RawConn, error)
	Close() error
}) (int, error) {
	defer c.Close()
	rc, err := c.SyscallConn()
	if err != nil {
		return -1, err
	}
	nfd := -1
	var derr error
	if err := rc.Control(func(fd uintptr) { nfd, derr = dupCloexec(int(fd)) }); err != nil {
		return -1, err
	}
	return nfd, derr
}

// localName is the local address of fd as Go's TCPAddr.String spells it.
func localName(fd int) string {
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return ""
	}
	return sockaddrString(sa)
}

// writable polls fd once without blocking: a connect is over when its
// socket turns writable (or errs).
func writable(fd int) bool {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
	n, err := unix.Poll(fds, 0)
	return err == nil && n == 1 && fds[0].Revents&(unix.POLLOUT|unix.POLLERR|unix.POLLHUP) != 0
}
