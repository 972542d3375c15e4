package net

import (
	stdnet "net"
	"net/netip"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// Socket options of a UDP handle, with libuv's checks. A handle with no
// socket yet (not bound) reports EBADF, as libuv does.

// isIPv6 reports whether the socket is an AF_INET6 one.
func (u *UDP) isIPv6() bool {
	v6 := false
	u.control(func(fd int) {
		d, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
		v6 = err == nil && d == unix.AF_INET6
	})
	return v6
}

// setInt sets an int option: the IPv6 one on an IPv6 socket, else the
// IPv4 one.
func (u *UDP) setInt(v4, v6, value int) int {
	var err error
	if !u.control(func(fd int) {
		if u.isIPv6() {
			err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, v6, value)
		} else {
			err = unix.SetsockoptInt(fd, unix.IPPROTO_IP, v4, value)
		}
	}) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
}

// SetBroadcast turns SO_BROADCAST on or off.
func (u *UDP) SetBroadcast(on bool) int {
	var err error
	if !u.control(func(fd int) { err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on)) }) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
}

// SetTTL sets the unicast hop limit, 1 to 255.
func (u *UDP) SetTTL(ttl int) int {
	if ttl < 1 || ttl > 255 {
		return -int(syscall.EINVAL)
	}
	return u.setInt(unix.IP_TTL, unix.IPV6_UNICAST_HOPS, ttl)
}

// SetMulticastTTL sets the multicast hop limit, 0 to 255.
func (u *UDP) SetMulticastTTL(ttl int) int {
	if ttl < 0 || ttl > 255 {
		return -int(syscall.EINVAL)
	}
	return u.setInt(unix.IP_MULTICAST_TTL, unix.IPV6_MULTICAST_HOPS, ttl)
}

// SetMulticastLoopback says whether multicast sent here loops back.
func (u *UDP) SetMulticastLoopback(on bool) int {
	return u.setInt(unix.IP_MULTICAST_LOOP, unix.IPV6_MULTICAST_LOOP, boolInt(on))
}

// SetMulticastInterface picks the outgoing interface for multicast: an
// IPv4 address, or an IPv6 one whose scope names the interface (`::%eth0`,
// `::%2`). The address's family picks the option, whatever the socket's,
// as libuv does (so the kernel judges a mismatch).
func (u *UDP) SetMulticastInterface(iface string) int {
	a, perr := netip.ParseAddr(iface)
	if perr != nil || (a.Is4() && a.Zone() != "") {
		return -int(syscall.EINVAL)
	}
	var err error
	if !u.control(func(fd int) {
		if a.Is4() {
			err = unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a.As4())
			return
		}
		idx, ok := scopeIndex(iface)
		if !ok {
			err = unix.EINVAL
			return
		}
		err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx)
	}) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
}

// scopeIndex is the interface index of an IPv6 address's zone (0 without
// one).
func scopeIndex(s string) (int, bool) {
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() {
		return 0, false
	}
	z := a.Zone()
	if z == "" {
		return 0, true
	}
	if n, err := strconv.Atoi(z); err == nil {
		return n, true
	}
	ifc, err := stdnet.InterfaceByName(z)
	if err != nil {
		return 0, false
	}
	return ifc.Index, true
}

// Membership joins (add) or leaves the multicast group on the interface
// (an address; "" for any), binding the socket first if it is not, as
// uv_udp_set_membership.
func (u *UDP) Membership(group, iface string, add bool) int {
	g, err := netip.ParseAddr(group)
	if err != nil || g.Zone() != "" && g.Is4() {
		return -int(syscall.EINVAL)
	}
	if st := u.bindAnyIfUnbound(g.Is4()); st != 0 {
		return st
	}
	var serr error
	u.control(func(fd int) {
		if g.Is4() {
			mreq := &unix.IPMreq{Multiaddr: g.As4()}
			if iface != "" {
				a, perr := netip.ParseAddr(iface)
				if perr != nil || !a.Is4() {
					serr = unix.EINVAL
					return
				}
				mreq.Interface = a.As4()
			}
			opt := unix.IP_ADD_MEMBERSHIP
			if !add {
				opt = unix.IP_DROP_MEMBERSHIP
			}
			serr = unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, mreq)
			return
		}
		mreq := &unix.IPv6Mreq{Multiaddr: g.As16()}
		if iface != "" {
			idx, ok := scopeIndex(iface)
			if !ok {
				serr = unix.EINVAL
				return
			}
			mreq.Interface = uint32(idx)
		}
		opt := unix.IPV6_JOIN_GROUP
		if !add {
			opt = unix.IPV6_LEAVE_GROUP
		}
		serr = unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq)
	})
	return Errno(serr)
}

// bindAnyIfUnbound binds an unbound socket to the any address, port 0, with
// SO_REUSEADDR (libuv's deferred bind).
func (u *UDP) bindAnyIfUnbound(v4 bool) int {
	if u.fd >= 0 {
		if a, st := u.SockName(); st != 0 || a.Port != 0 {
			return st
		}
	}
	if v4 {
		return u.Bind("0.0.0.0", 0, 4, UDPReuseAddr)
	}
	return u.Bind("::", 0, 6, UDPReuseAddr)
}

// BufferSize gets (size 0) or sets SO_RCVBUF (recv) or SO_SNDBUF. Linux
// reports twice what was set, as Node shows.
func (u *UDP) BufferSize(size int, recv bool) (int, int) {
	opt := unix.SO_SNDBUF
	if recv {
		opt = unix.SO_RCVBUF
	}
	val := 0
	var err error
	if !u.control(func(fd int) {
		if size == 0 {
			val, err = unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
			return
		}
		err = unix.SetsockoptInt(fd, unix.SOL_SOCKET, opt, size)
		val = size
	}) {
		return 0, -int(syscall.EBADF)
	}
	if err != nil {
		return 0, Errno(err)
	}
	return val, 0
}

func boolInt(on bool) int {
	if on {
		return 1
	}
	return 0
}
