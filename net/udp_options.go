package net

import (
	"encoding/binary"
	stdnet "net"
	"net/netip"
	"strings"
	"syscall"
	"unsafe"

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
// IPv4 address, or an IPv6 one whose scope names the interface (`::%eth0`).
// The address's family picks the option, whatever the socket's, as libuv
// does (so the kernel judges a mismatch).
func (u *UDP) SetMulticastInterface(iface string) int {
	a4, is4 := parseIP4(iface)
	_, scope, is6 := parseIP6(iface)
	if !is4 && !is6 {
		return -int(syscall.EINVAL)
	}
	var err error
	if !u.control(func(fd int) {
		if is4 {
			err = unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, a4.As4())
			return
		}
		err = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, int(scope))
	}) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
}

// parseIP4 parses a dotted IPv4 address, as uv_ip4_addr.
func parseIP4(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	return a, err == nil && a.Is4()
}

// parseIP6 parses an IPv6 address with an optional `%zone`, as
// uv_ip6_addr: the zone is an interface name, and one that names no
// interface is scope 0 (the default), as if_nametoindex makes it.
func parseIP6(s string) (netip.Addr, uint32, bool) {
	host, zone, hasZone := strings.Cut(s, "%")
	a, err := netip.ParseAddr(host)
	if err != nil || !a.Is6() || a.Zone() != "" {
		return netip.Addr{}, 0, false
	}
	if !hasZone || zone == "" {
		return a, 0, true
	}
	if ifc, err := stdnet.InterfaceByName(zone); err == nil {
		return a, uint32(ifc.Index), true
	}
	return a, 0, true
}

// Membership joins (add) or leaves the multicast group on the interface
// (an address; "" for any), binding the socket first if it is not, as
// uv_udp_set_membership.
func (u *UDP) Membership(group, iface string, add bool) int {
	g, is4 := parseIP4(group)
	if !is4 {
		var ok bool
		if g, _, ok = parseIP6(group); !ok {
			return -int(syscall.EINVAL)
		}
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
			_, scope, ok := parseIP6(iface)
			if !ok {
				serr = unix.EINVAL
				return
			}
			mreq.Interface = scope
		}
		opt := unix.IPV6_JOIN_GROUP
		if !add {
			opt = unix.IPV6_LEAVE_GROUP
		}
		serr = unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq)
	})
	return Errno(serr)
}

// SourceMembership joins (add) or leaves the source-specific multicast
// group (only datagrams from source) on the interface (an address; "" for
// any), binding the socket first if it is not, as
// uv_udp_set_source_membership.
func (u *UDP) SourceMembership(group, iface, source string, add bool) int {
	if g, ok := parseIP4(group); ok {
		src, ok := parseIP4(source)
		if !ok {
			return -int(syscall.EINVAL)
		}
		return u.sourceMembership4(g, iface, src, add)
	}
	g, _, ok := parseIP6(group)
	if !ok {
		return -int(syscall.EINVAL)
	}
	src, _, ok := parseIP6(source)
	if !ok {
		return -int(syscall.EINVAL)
	}
	return u.sourceMembership6(g, iface, src, add)
}

// sourceMembership4 sets IP_ADD/DROP_SOURCE_MEMBERSHIP with a Linux
// struct ip_mreq_source: group, interface, source.
func (u *UDP) sourceMembership4(group netip.Addr, iface string, source netip.Addr, add bool) int {
	if st := u.bindAnyIfUnbound(true); st != 0 {
		return st
	}
	var ifAddr [4]byte
	if iface != "" {
		a, ok := parseIP4(iface)
		if !ok {
			return -int(syscall.EINVAL)
		}
		ifAddr = a.As4()
	}
	g, s := group.As4(), source.As4()
	mreq := make([]byte, 0, 12)
	mreq = append(append(append(mreq, g[:]...), ifAddr[:]...), s[:]...)
	opt := unix.IP_ADD_SOURCE_MEMBERSHIP
	if !add {
		opt = unix.IP_DROP_SOURCE_MEMBERSHIP
	}
	return u.setBytes(unix.IPPROTO_IP, opt, mreq)
}

// sourceMembership6 sets MCAST_JOIN/LEAVE_SOURCE_GROUP with a struct
// group_source_req: the interface index, then group and source as
// sockaddr_storage (aligned as a C long).
func (u *UDP) sourceMembership6(group netip.Addr, iface string, source netip.Addr, add bool) int {
	if st := u.bindAnyIfUnbound(false); st != 0 {
		return st
	}
	var scope uint32
	if iface != "" {
		var ok bool
		if _, scope, ok = parseIP6(iface); !ok {
			return -int(syscall.EINVAL)
		}
	}
	const storage = 128 // sizeof(struct sockaddr_storage)
	head := int(unsafe.Sizeof(uintptr(0)))
	req := make([]byte, head+2*storage)
	binary.NativeEndian.PutUint32(req, scope)
	for i, a := range []netip.Addr{group, source} {
		sa := req[head+i*storage:]
		binary.NativeEndian.PutUint16(sa, unix.AF_INET6)
		ip := a.As16()
		copy(sa[8:24], ip[:]) // after family, port and flow info
	}
	opt := unix.MCAST_JOIN_SOURCE_GROUP
	if !add {
		opt = unix.MCAST_LEAVE_SOURCE_GROUP
	}
	return u.setBytes(unix.IPPROTO_IPV6, opt, req)
}

// setBytes sets an option whose value is a C struct laid out in b.
func (u *UDP) setBytes(level, opt int, b []byte) int {
	var err error
	if !u.control(func(fd int) { err = unix.SetsockoptString(fd, level, opt, string(b)) }) {
		return -int(syscall.EBADF)
	}
	return Errno(err)
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
