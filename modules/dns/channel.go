package dns

import (
	"context"
	"net/netip"
	"sync"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"

	gort "github.com/gocluster/gocluster/runtime"
)

// server is a name server of a channel.
type server struct {
	addr netip.Addr
	port int
}

// channel is a Resolver's state, as a c-ares channel: its servers, the
// per-try timeout and the number of tries, the local addresses queries
// leave from, and the queries under way (which cancel ends).
type channel struct {
	mu             sync.Mutex
	servers        []server
	timeout        time.Duration
	tries          int
	local4, local6 netip.Addr
	ctx            context.Context
	cancel         context.CancelFunc
	pending        int
}

// c-ares's default per-try timeout, when a Resolver is given -1.
const defaultTimeout = 2 * time.Second

func newChannel(timeoutMs, tries int) *channel {
	c := &channel{servers: systemServers(), timeout: defaultTimeout, tries: max(tries, 1)}
	if timeoutMs >= 0 {
		c.timeout = time.Duration(timeoutMs) * time.Millisecond
	}
	c.ctx, c.cancel = context.WithCancel(context.Background())
	return c
}

// queryTypes are the binding's query names, as Node's binding names them.
var queryTypes = map[string]dnsmessage.Type{
	"queryA": dnsmessage.TypeA, "queryAaaa": dnsmessage.TypeAAAA, "queryAny": dnsmessage.TypeALL,
	"queryCaa": typeCAA, "queryCname": dnsmessage.TypeCNAME, "queryMx": dnsmessage.TypeMX,
	"queryNs": dnsmessage.TypeNS, "queryTxt": dnsmessage.TypeTXT, "querySrv": dnsmessage.TypeSRV,
	"queryPtr": dnsmessage.TypePTR, "queryNaptr": typeNAPTR, "querySoa": dnsmessage.TypeSOA,
}

// newChannelObject is the JS face of a channel (a Resolver's _handle).
func newChannelObject(rt *gort.Runtime, timeoutMs, tries int) *goja.Object {
	vm := rt.VM
	c := newChannel(timeoutMs, tries)
	obj := vm.NewObject()
	// query(bindingName, name, cb): cb(code, records, ttls).
	_ = obj.Set("query", func(kind, name string, cb goja.Value) {
		c.mu.Lock()
		ctx := c.ctx
		c.pending++
		c.mu.Unlock()
		rt.Loop.Ref()
		go func() {
			var recs []any
			var ttls []uint32
			var code string
			if kind == "getHostByAddr" {
				recs, code = c.reverse(ctx, name)
			} else {
				recs, ttls, code = c.query(ctx, asciiName(name), queryTypes[kind])
			}
			rt.Loop.Post(func() {
				rt.Loop.Unref()
				c.done()
				// A cancel on the loop ends every query not yet called
				// back, whatever its answer, as with c-ares.
				if ctx.Err() != nil {
					code = "ECANCELLED"
				}
				if code != "" {
					rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(code))
					return
				}
				ttlList := make([]any, len(ttls))
				for i, t := range ttls {
					ttlList[i] = t
				}
				rt.MakeCallback(cb, goja.Undefined(), vm.ToValue(""), toJS(vm, recs), vm.NewArray(ttlList...))
			})
		}()
	})
	_ = obj.Set("cancel", func() {
		c.mu.Lock()
		c.cancel()
		c.ctx, c.cancel = context.WithCancel(context.Background())
		c.mu.Unlock()
	})
	_ = obj.Set("getServers", func() goja.Value {
		c.mu.Lock()
		defer c.mu.Unlock()
		list := make([]any, len(c.servers))
		for i, s := range c.servers {
			list[i] = vm.NewArray(s.addr.String(), s.port)
		}
		return vm.NewArray(list...)
	})
	// setServers([[family, address, port], ...]) is "" or why not.
	_ = obj.Set("setServers", func(list [][]any) string {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.pending > 0 {
			return "There are pending queries."
		}
		servers := make([]server, 0, len(list))
		for _, s := range list {
			if len(s) < 3 {
				return "Illegal argument"
			}
			a, err := netip.ParseAddr(toString(s[1]))
			if err != nil {
				return "Illegal argument"
			}
			servers = append(servers, server{addr: a, port: int(toInt(s[2]))})
		}
		c.servers = servers
		return ""
	})
	// setLocalAddress(ipv4, ipv6?) is "" or the message of the error.
	_ = obj.Set("setLocalAddress", func(first string, second goja.Value) string {
		c.mu.Lock()
		defer c.mu.Unlock()
		var v4, v6 netip.Addr
		a, err := netip.ParseAddr(first)
		if err != nil {
			return "Invalid IP address."
		}
		if a.Is4() {
			v4 = a
		} else {
			v6 = a
		}
		if second != nil && !goja.IsUndefined(second) {
			b, err := netip.ParseAddr(second.String())
			switch {
			case err != nil:
				return "Invalid IP address."
			case b.Is4() && v4.IsValid():
				return "Cannot specify two IPv4 addresses."
			case b.Is6() && v6.IsValid():
				return "Cannot specify two IPv6 addresses."
			case b.Is4():
				v4 = b
			default:
				v6 = b
			}
		}
		c.local4, c.local6 = v4, v6
		return ""
	})
	return obj
}

func (c *channel) done() {
	c.mu.Lock()
	c.pending--
	c.mu.Unlock()
}

func toString(v any) string {
	s, _ := v.(string)
	return s
}

func toInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	}
	return 0
}

// record is a JS object with its keys in order.
type record []field

type field struct {
	key   string
	value any
}

// toJS converts query results: strings, numbers, records and lists of them.
func toJS(vm *goja.Runtime, v any) goja.Value {
	switch x := v.(type) {
	case record:
		obj := vm.NewObject()
		for _, f := range x {
			_ = obj.Set(f.key, toJS(vm, f.value))
		}
		return obj
	case []any:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = toJS(vm, e)
		}
		return vm.NewArray(items...)
	case []string:
		items := make([]any, len(x))
		for i, e := range x {
			items[i] = e
		}
		return vm.NewArray(items...)
	}
	return vm.ToValue(v)
}
