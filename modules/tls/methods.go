package tls

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	stdnet "net"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gcnet "github.com/gocluster/gocluster/net"
)

// install puts the handle's methods on its JS object.
func (h *tlsHandle) install() {
	rt, vm := h.rt, h.rt.VM
	o := h.obj
	set := func(name string, v any) { _ = o.Set(name, v) }
	bytesOf := func(v goja.Value) []byte {
		b, ok := buffer.Bytes(vm, v)
		if !ok {
			panic(rt.InvalidArgType("data", "Buffer", v))
		}
		return append([]byte(nil), b...)
	}
	encode := func(v, enc goja.Value) []byte {
		e, ok := buffer.ParseEncoding(enc.String())
		if !ok {
			e = buffer.UTF8
		}
		return buffer.EncodeString(v, e)
	}
	set("readStart", func() int { h.setReading(true); return 0 })
	set("readStop", func() int { h.setReading(false); return 0 })
	set("writeBuffer", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(h.queue(tlsWrite{data: bytesOf(call.Argument(0)), req: call.Argument(1)}))
	})
	set("writeString", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(h.queue(tlsWrite{data: encode(call.Argument(0), call.Argument(1)), req: call.Argument(2)}))
	})
	set("writev", func(call goja.FunctionCall) goja.Value {
		chunks := call.Argument(0).ToObject(vm)
		all := call.Argument(1).ToBoolean()
		n := int(chunks.Get("length").ToInteger())
		var data []byte
		step := 2
		if all {
			step = 1
		}
		for i := 0; i < n; i += step {
			v := chunks.Get(fmt.Sprint(i))
			if b, ok := buffer.Bytes(vm, v); ok {
				data = append(data, b...)
			} else {
				data = append(data, encode(v, chunks.Get(fmt.Sprint(i+1)))...)
			}
		}
		return vm.ToValue(h.queue(tlsWrite{data: data, req: call.Argument(2)}))
	})
	set("shutdown", func() int { return h.queue(tlsWrite{shutdown: true}) })
	set("close", func(cb goja.Value) { h.close(cb) })
	set("ref", func() { h.refed = true; h.update() })
	set("unref", func() { h.refed = false; h.update() })
	set("hasRef", func() bool { return h.refed })
	addr := func(a stdnet.Addr, out goja.Value) int {
		t, ok := a.(*stdnet.TCPAddr)
		obj, isObj := out.(*goja.Object)
		if !ok || !isObj {
			return -22
		}
		family := "IPv4"
		if t.IP.To4() == nil {
			family = "IPv6"
		}
		_ = obj.Set("address", t.IP.String())
		_ = obj.Set("family", family)
		_ = obj.Set("port", t.Port)
		return 0
	}
	set("getpeername", func(out goja.Value) int { return addr(h.raw.RemoteAddr(), out) })
	set("getsockname", func(out goja.Value) int { return addr(h.raw.LocalAddr(), out) })
	set("setNoDelay", func(on bool) int {
		if t, ok := h.raw.(*stdnet.TCPConn); ok {
			return gcnet.Errno(t.SetNoDelay(on))
		}
		return 0
	})
	set("setKeepAlive", func(on bool, delay int) int {
		if t, ok := h.raw.(*stdnet.TCPConn); ok {
			if err := t.SetKeepAlive(on); err != nil {
				return gcnet.Errno(err)
			}
			if on && delay > 0 {
				return gcnet.Errno(t.SetKeepAlivePeriod(time.Duration(delay) * time.Second))
			}
		}
		return 0
	})
	get := func(name string, fn func() goja.Value) {
		_ = o.DefineAccessorProperty(name, vm.ToValue(func(goja.FunctionCall) goja.Value { return fn() }), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	get("writeQueueSize", func() goja.Value { return vm.ToValue(h.queued) })
	get("bytesRead", func() goja.Value { return vm.ToValue(h.read.Load()) })
	get("bytesWritten", func() goja.Value { return vm.ToValue(h.written.Load()) })
	state := func() *tls.ConnectionState {
		h.mu.Lock()
		shaken := h.shaken
		h.mu.Unlock()
		if !shaken {
			return nil
		}
		cs := h.conn.ConnectionState()
		return &cs
	}
	set("verifyError", func() goja.Value {
		if code, msg := h.verified.get(); code != "" {
			return vm.ToValue([]string{code, msg})
		}
		return goja.Null()
	})
	set("getProtocol", func() goja.Value {
		if cs := state(); cs != nil && cs.HandshakeComplete {
			return vm.ToValue(versionName(cs.Version))
		}
		return goja.Null()
	})
	set("getALPN", func() goja.Value {
		if cs := state(); cs != nil && cs.NegotiatedProtocol != "" {
			return vm.ToValue(cs.NegotiatedProtocol)
		}
		return vm.ToValue(false)
	})
	set("getCipher", func() goja.Value {
		cs := state()
		if cs == nil || !cs.HandshakeComplete {
			return goja.Undefined()
		}
		c := vm.NewObject()
		std := tls.CipherSuiteName(cs.CipherSuite)
		_ = c.Set("name", std)
		_ = c.Set("standardName", std)
		_ = c.Set("version", versionName(cs.Version))
		return c
	})
	set("isSessionReused", func() bool {
		cs := state()
		return cs != nil && cs.DidResume
	})
	set("getPeerCertificate", func(detailed bool) goja.Value {
		cs := state()
		if cs == nil || len(cs.PeerCertificates) == 0 {
			return vm.NewObject()
		}
		return certObject(h, cs.PeerCertificates[0])
	})
}

func nameObject(h *tlsHandle, n pkix.Name) *goja.Object {
	o := h.rt.VM.NewObject()
	add := func(k string, v []string) {
		if len(v) > 0 {
			_ = o.Set(k, strings.Join(v, "\n"))
		}
	}
	add("C", n.Country)
	add("ST", n.Province)
	add("L", n.Locality)
	add("O", n.Organization)
	add("OU", n.OrganizationalUnit)
	if n.CommonName != "" {
		_ = o.Set("CN", n.CommonName)
	}
	return o
}

// certObject is a certificate as getPeerCertificate() shows it, with the
// fields programs read (subject, issuer, subjectaltname, validity,
// fingerprints, serialNumber, raw).
func certObject(h *tlsHandle, c *x509.Certificate) *goja.Object {
	o := h.rt.VM.NewObject()
	_ = o.Set("subject", nameObject(h, c.Subject))
	_ = o.Set("issuer", nameObject(h, c.Issuer))
	var alt []string
	for _, d := range c.DNSNames {
		alt = append(alt, "DNS:"+d)
	}
	for _, ip := range c.IPAddresses {
		alt = append(alt, "IP Address:"+ip.String())
	}
	if len(alt) > 0 {
		_ = o.Set("subjectaltname", strings.Join(alt, ", "))
	}
	const layout = "Jan _2 15:04:05 2006 GMT"
	_ = o.Set("valid_from", c.NotBefore.UTC().Format(layout))
	_ = o.Set("valid_to", c.NotAfter.UTC().Format(layout))
	s1, s256 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw)
	_ = o.Set("fingerprint", colonHex(s1[:]))
	_ = o.Set("fingerprint256", colonHex(s256[:]))
	_ = o.Set("serialNumber", strings.ToUpper(c.SerialNumber.Text(16)))
	_ = o.Set("raw", buffer.New(h.rt, append([]byte(nil), c.Raw...)))
	return o
}

func colonHex(sum []byte) string {
	var parts []string
	for _, b := range sum {
		parts = append(parts, fmt.Sprintf("%02X", b))
	}
	return strings.Join(parts, ":")
}
