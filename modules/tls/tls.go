// Package tls is require('tls') on Go's crypto/tls: TLSSocket, Server,
// connect, createServer, createSecureContext and checkServerIdentity.
// A TLS connection takes over the descriptor of a connected net.Socket
// (TCP) and runs crypto/tls on goroutines, behind a handle shaped like
// net's stream handles, so net.Socket and http work over it unchanged.
// The peer's chain is checked as OpenSSL would (verify codes such as
// DEPTH_ZERO_SELF_SIGNED_CERT), the host name in JS, as Node does.
package tls

import (
	"crypto/tls"
	"crypto/x509"
	_ "embed"
	"errors"
	"io"
	"strings"

	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is require('tls').
const ModuleName = "tls"

//go:embed js/tls.js
var source string

// Require fills module.exports for require('tls').
func Require(rt *gort.Runtime, module *goja.Object) {
	vm := rt.VM
	b := vm.NewObject()
	// wrap(fd, options): a TLS handle over a connected TCP descriptor.
	_ = b.Set("wrap", func(fd int, opts *goja.Object) goja.Value {
		o, err := readOptions(vm, opts)
		if err != nil {
			panic(rt.NodeError("Error", "ERR_OSSL_PEM_NO_START_LINE", err.Error()))
		}
		v := &verifyResult{}
		h, err := newTLSHandle(rt, fd, o.server, o.config(v), v)
		if err != nil {
			panic(rt.SystemError(err, "tls_wrap", ""))
		}
		return h.obj
	})
	// checkPEM(key, cert) throws what loading the pair would.
	_ = b.Set("checkKeyPair", func(key, cert string) {
		if _, err := tls.X509KeyPair([]byte(cert), []byte(key)); err != nil {
			panic(rt.NodeError("Error", "ERR_OSSL_X509_KEY_VALUES_MISMATCH", strings.TrimPrefix(err.Error(), "tls: ")))
		}
	})
	_ = b.Set("ciphers", func() []string {
		var names []string
		for _, c := range tls.CipherSuites() {
			names = append(names, strings.ToLower(strings.ReplaceAll(c.Name, "_", "-")))
		}
		return names
	})
	rt.RunCoreJS(ModuleName, source, module, b)
}

func strs(vm *goja.Runtime, v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var out []string
	if err := vm.ExportTo(v, &out); err != nil {
		return nil
	}
	return out
}

// readOptions reads the options JS gives wrap: key and cert lists (PEM
// text), ca (PEM text, or none for the system's roots), servername,
// ALPNProtocols, requestCert, minVersion, maxVersion.
func readOptions(vm *goja.Runtime, opts *goja.Object) (*tlsOptions, error) {
	o := &tlsOptions{server: opts.Get("isServer").ToBoolean()}
	keys, certs := strs(vm, opts.Get("key")), strs(vm, opts.Get("cert"))
	for i := range min(len(keys), len(certs)) {
		pair, err := tls.X509KeyPair([]byte(certs[i]), []byte(keys[i]))
		if err != nil {
			return nil, err
		}
		o.certs = append(o.certs, pair)
	}
	if ca := strs(vm, opts.Get("ca")); ca != nil {
		o.ca = x509.NewCertPool()
		for _, pem := range ca {
			o.ca.AppendCertsFromPEM([]byte(pem))
		}
	}
	if v := opts.Get("servername"); v != nil && !goja.IsUndefined(v) {
		o.serverName = v.String()
	}
	o.alpn = strs(vm, opts.Get("ALPNProtocols"))
	o.requestCert = opts.Get("requestCert").ToBoolean()
	if v := opts.Get("minVersion"); v != nil && !goja.IsUndefined(v) {
		o.minVersion = tlsVersions[v.String()]
	}
	if v := opts.Get("maxVersion"); v != nil && !goja.IsUndefined(v) {
		o.maxVersion = tlsVersions[v.String()]
	}
	return o, nil
}

// handshakeError is a failed handshake as [code, message]: the peer leaving
// is ECONNRESET with Node's words; TLS alerts and protocol faults get an
// ERR_SSL_ code made from what crypto/tls says.
func (h *tlsHandle) handshakeError(err error) goja.Value {
	pair := func(code, msg string) goja.Value { return h.rt.VM.ToValue([]string{code, msg}) }
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return pair("ECONNRESET", "Client network socket disconnected before secure TLS connection was established")
	}
	msg := strings.TrimPrefix(err.Error(), "tls: ")
	reason := msg
	if r, ok := strings.CutPrefix(msg, "remote error: tls: "); ok {
		reason = "tlsv1 alert " + r
	}
	code := "ERR_SSL_" + strings.ToUpper(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, reason))
	return pair(code, reason)
}
