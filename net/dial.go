package net

import (
	"net/netip"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// connectSocket makes a non-blocking socket of ip's family to connect
// from, bound to localAddress:localPort if either is given.
func connectSocket(ip netip.Addr, localAddress string, localPort int) (int, error) {
	family, domain := 4, unix.AF_INET
	if ip.Is6() {
		family, domain = 6, unix.AF_INET6
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
	return fd, nil
}

// connectStart starts the connect of the non-blocking socket fd to
// ip:port: nil when it is under way (or done), else connect(2)'s error.
func connectStart(fd int, ip netip.Addr, port int) error {
	family := 4
	if ip.Is6() {
		family = 6
	}
	remote, _, errno := sockaddr(ip.String(), port, family)
	if errno != 0 {
		return syscall.Errno(-errno)
	}
	for {
		err := unix.Connect(fd, remote)
		switch err {
		case unix.EINTR:
			continue
		case nil, unix.EINPROGRESS:
			return nil
		}
		return err
	}
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
