// Package dgram is require('dgram'): UDP sockets on the handles of
// internal/udp_wrap (net.UDP), with Node's argument forms, errors, send
// queue before binding, and cluster sharing (a worker's bind asks the
// primary, which binds once and hands the socket to every worker).
package dgram

import (
	_ "embed"
	"errors"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"

	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public module, and the part cluster's primary uses.
const (
	ModuleName         = "dgram"
	InternalModuleName = "internal/dgram"
)

var (
	//go:embed js/dgram.js
	source string
	//go:embed js/internal.js
	internalSource string
)

// Require fills module.exports for require('dgram').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, newBinding(rt))
}

// RequireInternal fills internal/dgram: handles of a socket type, and
// _createSocketHandle for cluster's primary.
func RequireInternal(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(InternalModuleName, internalSource, module, newBinding(rt))
}

func newBinding(rt *gort.Runtime) *goja.Object {
	b := rt.VM.NewObject()
	_ = b.Set("lookup", func(host string, family int, cb goja.Value) { lookup(rt, host, family, cb) })
	_ = b.Set("guessHandleType", gcnet.GuessHandleType)
	_ = b.Set("ipFamily", ipFamily)
	return b
}

// ipFamily is 4 or 6 for an IP address literal (IPv6 with a zone too), as
// net.isIP sees them, else 0.
func ipFamily(s string) int {
	a, err := netip.ParseAddr(s)
	switch {
	case err != nil:
		return 0
	case a.Is4():
		return 4
	}
	return 6
}

func itoa(i int) string { return strconv.Itoa(i) }

func errorsAs(err error, target any) bool { return err != nil && errors.As(err, target) }
