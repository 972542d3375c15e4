package os

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
	"syscall"
)

// ifAddr is one entry of os.networkInterfaces().
type ifAddr struct {
	name, address, netmask, family, mac string
	internal                            bool
	scopeid                             int // -1 for IPv4
}

type link struct {
	name  string
	flags uint32
	hw    []byte
}

// interfaceAddresses lists addresses the way glibc's getifaddrs and libuv
// do: in the kernel's dump order (all IPv4, then all IPv6), only for
// interfaces that are up and running, named by their label (eth0:1 aliases).
func interfaceAddresses() ([]ifAddr, error) {
	links, err := readLinks()
	if err != nil {
		return nil, err
	}
	rib, err := syscall.NetlinkRIB(syscall.RTM_GETADDR, syscall.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	msgs, err := syscall.ParseNetlinkMessage(rib)
	if err != nil {
		return nil, err
	}
	var out []ifAddr
	for _, m := range msgs {
		if m.Header.Type != syscall.RTM_NEWADDR || len(m.Data) < syscall.SizeofIfAddrmsg {
			continue
		}
		family := m.Data[0]
		prefix := int(m.Data[1])
		index := binary.NativeEndian.Uint32(m.Data[4:8])
		l, ok := links[index]
		if !ok || l.flags&syscall.IFF_UP == 0 || l.flags&syscall.IFF_RUNNING == 0 {
			continue
		}
		attrs, err := syscall.ParseNetlinkRouteAttr(&m)
		if err != nil {
			continue
		}
		var addr, local []byte
		name := l.name
		for _, a := range attrs {
			switch a.Attr.Type {
			case syscall.IFA_ADDRESS:
				addr = a.Value
			case syscall.IFA_LOCAL:
				local = a.Value
			case syscall.IFA_LABEL:
				name = strings.TrimRight(string(a.Value), "\x00")
			}
		}
		// With a peer (point-to-point), IFA_LOCAL is our own address.
		if local != nil {
			addr = local
		}
		e := ifAddr{name: name, internal: l.flags&syscall.IFF_LOOPBACK != 0, scopeid: -1}
		switch {
		case family == syscall.AF_INET && len(addr) == 4:
			e.family = "IPv4"
			e.address = ip4String(addr)
			e.netmask = ip4String(maskBytes(prefix, 4))
		case family == syscall.AF_INET6 && len(addr) == 16:
			e.family = "IPv6"
			e.address = ip6String(addr)
			e.netmask = ip6String(maskBytes(prefix, 16))
			e.scopeid = 0
			linkLocal := addr[0] == 0xfe && addr[1]&0xc0 == 0x80
			mcLinkLocal := addr[0] == 0xff && addr[1]&0x0f == 0x02
			if linkLocal || mcLinkLocal {
				e.scopeid = int(index)
			}
		default:
			continue
		}
		e.mac = macFor(name, links)
		out = append(out, e)
	}
	return out, nil
}

func readLinks() (map[uint32]link, error) {
	rib, err := syscall.NetlinkRIB(syscall.RTM_GETLINK, syscall.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	msgs, err := syscall.ParseNetlinkMessage(rib)
	if err != nil {
		return nil, err
	}
	links := map[uint32]link{}
	for _, m := range msgs {
		if m.Header.Type != syscall.RTM_NEWLINK || len(m.Data) < syscall.SizeofIfInfomsg {
			continue
		}
		index := binary.NativeEndian.Uint32(m.Data[4:8])
		l := link{flags: binary.NativeEndian.Uint32(m.Data[8:12])}
		attrs, err := syscall.ParseNetlinkRouteAttr(&m)
		if err != nil {
			continue
		}
		for _, a := range attrs {
			switch a.Attr.Type {
			case syscall.IFLA_IFNAME:
				l.name = strings.TrimRight(string(a.Value), "\x00")
			case syscall.IFLA_ADDRESS:
				l.hw = a.Value
			}
		}
		links[index] = l
	}
	return links, nil
}

// macFor is the hardware address of the link an address name belongs to
// (an alias "eth0:1" shares eth0's), as six bytes.
func macFor(name string, links map[uint32]link) string {
	var hw [6]byte
	for _, l := range links {
		if name == l.name || strings.HasPrefix(name, l.name+":") {
			copy(hw[:], l.hw)
		}
	}
	return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", hw[0], hw[1], hw[2], hw[3], hw[4], hw[5])
}

func maskBytes(prefix, size int) []byte {
	b := make([]byte, size)
	for i := 0; i < size && prefix > 0; i++ {
		if prefix >= 8 {
			b[i] = 0xff
			prefix -= 8
		} else {
			b[i] = byte(0xff << (8 - prefix))
			prefix = 0
		}
	}
	return b
}

func ip4String(b []byte) string {
	return strconv.Itoa(int(b[0])) + "." + strconv.Itoa(int(b[1])) + "." + strconv.Itoa(int(b[2])) + "." + strconv.Itoa(int(b[3]))
}

// ip6String formats as libuv's inet_ntop does: the first longest run of two
// or more zero groups becomes "::", and IPv4-compatible or IPv4-mapped
// addresses end in dotted form.
func ip6String(b []byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(b[2*i])<<8 | int(b[2*i+1])
	}
	bestBase, bestLen := -1, 0
	for i := 0; i < 8; {
		if w[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && w[j] == 0 {
			j++
		}
		if j-i > bestLen {
			bestBase, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		bestBase = -1
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				sb.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			sb.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff)) {
			sb.WriteString(ip4String(b[12:16]))
			return sb.String()
		}
		sb.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		sb.WriteByte(':')
	}
	return sb.String()
}
