package crypto

import (
	"crypto/ecdh"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"math/big"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// ecdhCurves are createECDH's curves that Go's crypto/ecdh has, by node's
// names (getCurves lists them sorted).
var ecdhCurves = map[string]struct {
	curve ecdh.Curve
	ec    elliptic.Curve
}{
	"prime256v1": {ecdh.P256(), elliptic.P256()},
	"secp384r1":  {ecdh.P384(), elliptic.P384()},
	"secp521r1":  {ecdh.P521(), elliptic.P521()},
}

// ecdhState is one ECDH object: its curve and, once set or made, its key.
type ecdhState struct {
	name string
	priv *ecdh.PrivateKey
}

var (
	errECDHPublic  = &keyError{msg: "Public key is not valid for specified curve", code: "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY"}
	errECDHNoKey   = &keyError{msg: "Failed to get ECDH public key", code: "ERR_CRYPTO_OPERATION_FAILED"}
	errECDHPrivate = errors.New("Private key is not valid for specified curve.")
)

// encodePoint writes an uncompressed point (04 X Y) in node's format.
func encodePoint(name string, raw []byte, format string) []byte {
	size := (len(raw) - 1) / 2
	x, y := raw[1:1+size], raw[1+size:]
	odd := y[len(y)-1]&1 == 1
	switch format {
	case "compressed":
		prefix := byte(2)
		if odd {
			prefix = 3
		}
		return append([]byte{prefix}, x...)
	case "hybrid":
		prefix := byte(6)
		if odd {
			prefix = 7
		}
		return append(append([]byte{prefix}, x...), y...)
	}
	return raw
}

// decodePoint reads a point in any of the three formats as uncompressed.
func decodePoint(name string, p []byte) ([]byte, error) {
	c := ecdhCurves[name]
	size := (c.ec.Params().BitSize + 7) / 8
	switch {
	case len(p) == 1+size && (p[0] == 2 || p[0] == 3):
		x, y := elliptic.UnmarshalCompressed(c.ec, p) //nolint:staticcheck // the only decompression in the standard library
		if x == nil {
			return nil, errECDHPublic
		}
		out := make([]byte, 1+2*size)
		out[0] = 4
		x.FillBytes(out[1 : 1+size])
		y.FillBytes(out[1+size:])
		return out, nil
	case len(p) == 1+2*size && (p[0] == 4 || p[0] == 6 || p[0] == 7):
		out := append([]byte{4}, p[1:]...)
		if _, err := c.curve.NewPublicKey(out); err != nil {
			return nil, errECDHPublic
		}
		return out, nil
	}
	return nil, errECDHPublic
}

func (s *ecdhState) setPrivate(p []byte) error {
	c := ecdhCurves[s.name]
	size := (c.ec.Params().BitSize + 7) / 8
	if len(p) > size {
		return errECDHPrivate
	}
	padded := make([]byte, size)
	copy(padded[size-len(p):], p)
	if new(big.Int).SetBytes(padded).Sign() == 0 {
		return errECDHPrivate
	}
	k, err := c.curve.NewPrivateKey(padded)
	if err != nil {
		return errECDHPrivate
	}
	s.priv = k
	return nil
}

// installECDH adds what crypto.createECDH's objects use to the binding.
func installECDH(rt *gort.Runtime, b *goja.Object, bytesOf func(data, enc goja.Value) []byte, fail func(error)) {
	vm := rt.VM
	set := func(name string, v any) { _ = b.Set(name, v) }
	state := func(v goja.Value) *ecdhState { return handleOf[ecdhState](vm, v, "not an ECDH handle") }
	raw := func(v goja.Value) []byte { return append([]byte(nil), bytesOf(v, goja.Undefined())...) }
	set("getCurves", func() []string { return []string{"prime256v1", "secp384r1", "secp521r1"} })
	set("ecdhNew", func(name string) goja.Value {
		if _, ok := ecdhCurves[name]; !ok {
			return goja.Null()
		}
		return vm.ToValue(&ecdhState{name: name})
	})
	set("ecdhGenerate", func(h goja.Value) {
		s := state(h)
		k, err := ecdhCurves[s.name].curve.GenerateKey(rand.Reader)
		if err != nil {
			fail(err)
		}
		s.priv = k
	})
	set("ecdhSetPrivate", func(h, key goja.Value) bool { return state(h).setPrivate(raw(key)) == nil })
	set("ecdhPrivate", func(h goja.Value) goja.Value {
		s := state(h)
		if s.priv == nil {
			fail(&keyError{msg: "Failed to get ECDH private key", code: "ERR_CRYPTO_OPERATION_FAILED"})
		}
		// OpenSSL writes the scalar without leading zero bytes.
		return buffer.New(rt, new(big.Int).SetBytes(s.priv.Bytes()).Bytes())
	})
	set("ecdhPublic", func(h goja.Value, format string) goja.Value {
		s := state(h)
		if s.priv == nil {
			fail(errECDHNoKey)
		}
		return buffer.New(rt, encodePoint(s.name, s.priv.PublicKey().Bytes(), format))
	})
	set("ecdhCompute", func(h, other goja.Value) goja.Value {
		s := state(h)
		point, err := decodePoint(s.name, raw(other))
		if err != nil {
			fail(err)
		}
		pub, err := ecdhCurves[s.name].curve.NewPublicKey(point)
		if err != nil {
			fail(errECDHPublic)
		}
		if s.priv == nil {
			fail(errECDHNoKey)
		}
		secret, err := s.priv.ECDH(pub)
		if err != nil {
			fail(errECDHPublic)
		}
		return buffer.New(rt, secret)
	})
	set("ecdhConvert", func(name string, key goja.Value, format string) goja.Value {
		point, err := decodePoint(name, raw(key))
		if err != nil {
			fail(&keyError{msg: "Failed to convert Buffer to EC_POINT", code: "ERR_CRYPTO_OPERATION_FAILED"})
		}
		return buffer.New(rt, encodePoint(name, point, format))
	})
}
