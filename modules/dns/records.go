package dns

import (
	"encoding/binary"
	"net/netip"
	"strings"

	"golang.org/x/net/dns/dnsmessage"
)

// records converts the answers of type t (every type for ANY) to the
// values Node's resolve* give, with the TTLs of A and AAAA answers.
func records(answers []dnsmessage.Resource, t dnsmessage.Type) ([]any, []uint32) {
	var list []any
	var ttls []uint32
	for _, rr := range answers {
		if t != dnsmessage.TypeALL && rr.Header.Type != t {
			continue
		}
		v := recordValue(rr)
		if v == nil {
			continue
		}
		if t == dnsmessage.TypeALL {
			v = anyRecord(rr, v)
		}
		list = append(list, v)
		if t == dnsmessage.TypeA || t == dnsmessage.TypeAAAA {
			ttls = append(ttls, rr.Header.TTL)
		}
	}
	return list, ttls
}

func hostName(n dnsmessage.Name) string { return strings.TrimSuffix(n.String(), ".") }

// recordValue is one answer as resolve<Type> lists it, or nil for a type
// Node does not report.
func recordValue(rr dnsmessage.Resource) any {
	switch b := rr.Body.(type) {
	case *dnsmessage.AResource:
		return netip.AddrFrom4(b.A).String()
	case *dnsmessage.AAAAResource:
		return netip.AddrFrom16(b.AAAA).String()
	case *dnsmessage.CNAMEResource:
		return hostName(b.CNAME)
	case *dnsmessage.NSResource:
		return hostName(b.NS)
	case *dnsmessage.PTRResource:
		return hostName(b.PTR)
	case *dnsmessage.MXResource:
		return record{{"exchange", hostName(b.MX)}, {"priority", int(b.Pref)}}
	case *dnsmessage.TXTResource:
		return append([]string(nil), b.TXT...)
	case *dnsmessage.SRVResource:
		return record{{"name", hostName(b.Target)}, {"port", int(b.Port)}, {"priority", int(b.Priority)}, {"weight", int(b.Weight)}}
	case *dnsmessage.SOAResource:
		return record{{"nsname", hostName(b.NS)}, {"hostmaster", hostName(b.MBox)}, {"serial", b.Serial},
			{"refresh", int64(b.Refresh)}, {"retry", int64(b.Retry)}, {"expire", int64(b.Expire)}, {"minttl", int64(b.MinTTL)}}
	case *dnsmessage.UnknownResource:
		switch rr.Header.Type {
		case typeCAA:
			return caaRecord(b.Data)
		case typeNAPTR:
			return naptrRecord(b.Data)
		}
	}
	return nil
}

// anyRecord is an answer as resolveAny lists it: the value's fields (or
// address and ttl, value, entries) and then its type.
func anyRecord(rr dnsmessage.Resource, v any) any {
	typ := strings.TrimPrefix(rr.Header.Type.String(), "Type")
	switch rr.Header.Type {
	case typeCAA:
		typ = "CAA"
	case typeNAPTR:
		typ = "NAPTR"
	}
	var r record
	switch x := v.(type) {
	case record:
		r = append(r, x...)
	case []string:
		r = record{{"entries", x}}
	case string:
		if rr.Header.Type == dnsmessage.TypeA || rr.Header.Type == dnsmessage.TypeAAAA {
			r = record{{"address", x}, {"ttl", rr.Header.TTL}}
		} else {
			r = record{{"value", x}}
		}
	}
	return append(r, field{"type", typ})
}

// caaRecord is {critical, <tag>: value} from a CAA answer's data (RFC 8659).
func caaRecord(data []byte) any {
	if len(data) < 2 || len(data) < 2+int(data[1]) {
		return nil
	}
	tagEnd := 2 + int(data[1])
	return record{{"critical", int(data[0])}, {string(data[2:tagEnd]), string(data[tagEnd:])}}
}

// naptrRecord parses a NAPTR answer's data (RFC 3403): its replacement is
// an uncompressed name.
func naptrRecord(data []byte) any {
	if len(data) < 4 {
		return nil
	}
	order, pref := binary.BigEndian.Uint16(data), binary.BigEndian.Uint16(data[2:])
	rest := data[4:]
	var texts [3]string
	for i := range texts {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return nil
		}
		texts[i], rest = string(rest[1:1+int(rest[0])]), rest[1+int(rest[0]):]
	}
	var labels []string
	for len(rest) > 0 && rest[0] != 0 {
		n := int(rest[0])
		if len(rest) < 1+n {
			return nil
		}
		labels, rest = append(labels, string(rest[1:1+n])), rest[1+n:]
	}
	return record{{"flags", texts[0]}, {"service", texts[1]}, {"regexp", texts[2]},
		{"replacement", strings.Join(labels, ".")}, {"order", int(order)}, {"preference", int(pref)}}
}
