package dns

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	stdnet "net"
	"net/netip"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// Types dnsmessage has no constant for.
const (
	typeNAPTR dnsmessage.Type = 35
	typeCAA   dnsmessage.Type = 257
)

// query asks the channel's servers for name's records of type t, as
// ares_query does (no search domains, no hosts file): each try asks every
// server in turn, the wait doubling each round. code is "" or c-ares's
// error as Node names it.
func (c *channel) query(ctx context.Context, name string, t dnsmessage.Type) ([]any, []uint32, string) {
	c.mu.Lock()
	servers := append([]server(nil), c.servers...)
	timeout, tries, local4, local6 := c.timeout, c.tries, c.local4, c.local6
	c.mu.Unlock()
	qname, err := dnsmessage.NewName(absolute(name))
	if err != nil || len(servers) == 0 {
		return nil, nil, "EBADNAME"
	}
	code := "ETIMEOUT"
	refused := 0
	for try := 0; try < tries; try++ {
		wait := timeout << min(try, 8)
		for _, s := range servers {
			local := local4
			if s.addr.Is6() {
				local = local6
			}
			msg, err := exchange(ctx, s, local, qname, t, wait)
			switch {
			case ctx.Err() != nil:
				return nil, nil, "ECANCELLED"
			case errors.Is(err, syscall.ECONNREFUSED):
				refused++
				continue
			case err != nil:
				continue
			}
			if code := rcodeError(msg.Header.RCode); code != "" {
				return nil, nil, code
			}
			recs, ttls := records(msg.Answers, t)
			if len(recs) == 0 {
				return nil, nil, "ENODATA"
			}
			return recs, ttls, ""
		}
	}
	if refused == tries*len(servers) {
		code = "ECONNREFUSED"
	}
	return nil, nil, code
}

func absolute(name string) string {
	if strings.HasSuffix(name, ".") {
		return name
	}
	return name + "."
}

func rcodeError(rc dnsmessage.RCode) string {
	switch rc {
	case dnsmessage.RCodeSuccess:
		return ""
	case dnsmessage.RCodeNameError:
		return "ENOTFOUND"
	case dnsmessage.RCodeServerFailure:
		return "ESERVFAIL"
	case dnsmessage.RCodeRefused:
		return "EREFUSED"
	case dnsmessage.RCodeFormatError:
		return "EFORMERR"
	case dnsmessage.RCodeNotImplemented:
		return "ENOTIMP"
	}
	return "EBADRESP"
}

// reverse is getHostByAddr: the hosts file's aliases of the address, else
// the PTR records of its in-addr.arpa / ip6.arpa name.
func (c *channel) reverse(ctx context.Context, address string) ([]any, string) {
	a, err := netip.ParseAddr(address)
	if err != nil {
		return nil, "EINVAL"
	}
	if names, found := hostsAliases(a); found {
		list := make([]any, len(names))
		for i, n := range names {
			list[i] = n
		}
		return list, ""
	}
	recs, _, code := c.query(ctx, reverseName(a), dnsmessage.TypePTR)
	return recs, code
}

// reverseName is the PTR name of an address.
func reverseName(a netip.Addr) string {
	var sb strings.Builder
	if a.Is4() {
		b := a.As4()
		for i := 3; i >= 0; i-- {
			sb.WriteString(itoa(int(b[i])) + ".")
		}
		return sb.String() + "in-addr.arpa."
	}
	const hex = "0123456789abcdef"
	b := a.As16()
	for i := 15; i >= 0; i-- {
		sb.WriteByte(hex[b[i]&15])
		sb.WriteByte('.')
		sb.WriteByte(hex[b[i]>>4])
		sb.WriteByte('.')
	}
	return sb.String() + "ip6.arpa."
}

// exchange sends one query to s over UDP (from local, when set) and waits
// up to wait for its answer; a truncated answer is asked again over TCP.
func exchange(ctx context.Context, s server, local netip.Addr, name dnsmessage.Name, t dnsmessage.Type, wait time.Duration) (*dnsmessage.Message, error) {
	id := uint16(rand.Uint32())
	q := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: id, RecursionDesired: true},
		Questions: []dnsmessage.Question{{Name: name, Type: t, Class: dnsmessage.ClassINET}},
	}
	packet, err := q.Pack()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	msg, err := roundTrip(ctx, "udp", s, local, packet, id)
	if err == nil && msg.Header.Truncated {
		msg, err = roundTrip(ctx, "tcp", s, local, packet, id)
	}
	return msg, err
}

func roundTrip(ctx context.Context, network string, s server, local netip.Addr, packet []byte, id uint16) (*dnsmessage.Message, error) {
	d := stdnet.Dialer{}
	if local.IsValid() {
		if network == "udp" {
			d.LocalAddr = stdnet.UDPAddrFromAddrPort(netip.AddrPortFrom(local, 0))
		} else {
			d.LocalAddr = stdnet.TCPAddrFromAddrPort(netip.AddrPortFrom(local, 0))
		}
	}
	conn, err := d.DialContext(ctx, network, netip.AddrPortFrom(s.addr, uint16(s.port)).String())
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	// A cancelled channel ends the wait at once.
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	defer stop()
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	if network == "tcp" {
		return tcpRoundTrip(conn, packet, id)
	}
	if _, err := conn.Write(packet); err != nil {
		return nil, err
	}
	buf := make([]byte, 65535)
	for {
		n, err := conn.Read(buf)
		if err != nil {
			return nil, err
		}
		var msg dnsmessage.Message
		// Answers to other queries (late ones) are skipped, as c-ares does.
		if msg.Unpack(buf[:n]) == nil && msg.Header.ID == id && msg.Header.Response {
			return &msg, nil
		}
	}
}

func tcpRoundTrip(conn stdnet.Conn, packet []byte, id uint16) (*dnsmessage.Message, error) {
	framed := binary.BigEndian.AppendUint16(nil, uint16(len(packet)))
	if _, err := conn.Write(append(framed, packet...)); err != nil {
		return nil, err
	}
	var size [2]byte
	if _, err := io.ReadFull(conn, size[:]); err != nil {
		return nil, err
	}
	buf := make([]byte, binary.BigEndian.Uint16(size[:]))
	if _, err := io.ReadFull(conn, buf); err != nil {
		return nil, err
	}
	var msg dnsmessage.Message
	if err := msg.Unpack(buf); err != nil || msg.Header.ID != id {
		return nil, errors.New("dns: bad response")
	}
	return &msg, nil
}
