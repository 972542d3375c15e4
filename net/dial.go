package net

import (
	"net/netip"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// connectStart makes a non-blocking socket and starts its connect, as
// uv_tcp_connect does; the loop's poll reports when it ends.
func connectStart(ip netip.Addr, port int, localAddress string, localPort int) (int, error) {
	family := 4
	if ip.Is6() {
		family = 6
	}
	remote, domain, errno := sockaddr(ip.String(), port, family)
	if errno != 0 {
		return -1, os.NewSyscallError("connect", syscall.Errno(-errno))
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, os.NewSyscallError("socket", err)
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
			return -1, os.NewSyscallError("bind", err)
		}
	}
	if err := unix.Connect(fd, remote); err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		return -1, os.NewSyscallError("connect", err)
	}
	return fd, nil
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
