package net

import (
	stdnet "net"
	"testing"

	"golang.org/x/sys/unix"
)

// An IPv6 zone names an interface, as libuv's uv_ip6_addr reads it on
// Linux (if_nametoindex): a number or an unknown name is scope 0, the
// default, so a link-local address with such a zone fails as one without.
func TestSockaddrZoneIsInterfaceName(t *testing.T) {
	lo, err := stdnet.InterfaceByName("lo")
	if err != nil {
		t.Skip("no interface named lo")
	}
	for _, c := range []struct {
		address string
		scope   uint32
	}{
		{"fe80::1", 0},
		{"fe80::1%lo", uint32(lo.Index)},
		{"fe80::1%1", 0},
		{"fe80::1%no-such-interface", 0},
		{"fe80::1%", 0},
		{"fe80::1%lo%lo", 0}, // the zone is all after the first %
	} {
		sa, domain, st := sockaddr(c.address, 80, 6)
		if st != 0 || domain != unix.AF_INET6 {
			t.Fatalf("sockaddr(%q) = status %d, domain %d", c.address, st, domain)
		}
		if got := sa.(*unix.SockaddrInet6).ZoneId; got != c.scope {
			t.Errorf("sockaddr(%q) scope = %d, want %d", c.address, got, c.scope)
		}
	}
	for _, bad := range []string{"127.0.0.1%lo", "::zz", "1.2.3.4"} {
		if _, _, st := sockaddr(bad, 80, 6); st == 0 {
			t.Errorf("sockaddr(%q, family 6) succeeded", bad)
		}
	}
	if _, _, st := sockaddr("127.0.0.1%lo", 80, 4); st == 0 {
		t.Errorf("an IPv4 address with a zone was taken")
	}
}
