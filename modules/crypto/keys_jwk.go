package crypto

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"errors"
	"math/big"
)

// JSON Web Keys (RFC 7517) as node's export({format:'jwk'}) writes them and
// createPublicKey/createPrivateKey({format:'jwk'}) read them.

var b64url = base64.RawURLEncoding

func b64int(n *big.Int) string { return b64url.EncodeToString(n.Bytes()) }

func b64fixed(n *big.Int, size int) string {
	return b64url.EncodeToString(n.FillBytes(make([]byte, size)))
}

var jwkCurves = map[string]elliptic.Curve{"P-256": elliptic.P256(), "P-384": elliptic.P384(), "P-521": elliptic.P521()}

// toJWK is the key's members in node's order.
func (k *keyData) toJWK() ([][2]string, error) {
	if k.kind == "secret" {
		return [][2]string{{"kty", "oct"}, {"k", b64url.EncodeToString(k.secret)}}, nil
	}
	private := k.kind == "private"
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		out := [][2]string{{"kty", "RSA"}, {"n", b64int(pub.N)}, {"e", b64int(big.NewInt(int64(pub.E)))}}
		if private {
			p := k.priv.(*rsa.PrivateKey)
			p.Precompute()
			out = append(out, [2]string{"d", b64int(p.D)}, [2]string{"p", b64int(p.Primes[0])}, [2]string{"q", b64int(p.Primes[1])},
				[2]string{"dp", b64int(p.Precomputed.Dp)}, [2]string{"dq", b64int(p.Precomputed.Dq)}, [2]string{"qi", b64int(p.Precomputed.Qinv)})
		}
		return out, nil
	case *ecdsa.PublicKey:
		size := (pub.Curve.Params().BitSize + 7) / 8
		x, y := ecPoint(pub, size)
		out := [][2]string{{"kty", "EC"}, {"x", x}, {"y", y}, {"crv", pub.Curve.Params().Name}}
		if private {
			out = append(out, [2]string{"d", b64fixed(k.priv.(*ecdsa.PrivateKey).D, size)})
		}
		return out, nil
	case ed25519.PublicKey:
		out := [][2]string{{"crv", "Ed25519"}}
		if private {
			out = append(out, [2]string{"d", b64url.EncodeToString(k.priv.(ed25519.PrivateKey).Seed())})
		}
		return append(out, [2]string{"x", b64url.EncodeToString(pub)}, [2]string{"kty", "OKP"}), nil
	}
	return nil, errors.New("unsupported key type")
}

// ecPoint is the public point's coordinates, from its uncompressed encoding.
func ecPoint(pub *ecdsa.PublicKey, size int) (string, string) {
	raw, err := pub.Bytes()
	if err != nil || len(raw) != 1+2*size {
		return "", ""
	}
	return b64url.EncodeToString(raw[1 : 1+size]), b64url.EncodeToString(raw[1+size:])
}

func jwkInt(m map[string]string, name string) (*big.Int, error) {
	b, err := b64url.DecodeString(m[name])
	if err != nil || len(b) == 0 {
		return nil, errors.New("Invalid JWK " + name)
	}
	return new(big.Int).SetBytes(b), nil
}

// fromJWK reads a JWK; private says a private key is wanted.
func fromJWK(m map[string]string, private bool) (*keyData, error) {
	switch m["kty"] {
	case "RSA":
		n, err := jwkInt(m, "n")
		if err != nil {
			return nil, err
		}
		e, err := jwkInt(m, "e")
		if err != nil {
			return nil, err
		}
		pub := &rsa.PublicKey{N: n, E: int(e.Int64())}
		if !private {
			return &keyData{kind: "public", pub: pub}, nil
		}
		var parts [3]*big.Int
		for i, name := range []string{"d", "p", "q"} {
			if parts[i], err = jwkInt(m, name); err != nil {
				return nil, err
			}
		}
		priv := &rsa.PrivateKey{PublicKey: *pub, D: parts[0], Primes: []*big.Int{parts[1], parts[2]}}
		if err := priv.Validate(); err != nil {
			return nil, errors.New("Invalid JWK RSA key")
		}
		priv.Precompute()
		return &keyData{kind: "private", priv: priv, pub: &priv.PublicKey}, nil
	case "EC":
		c, ok := jwkCurves[m["crv"]]
		if !ok {
			return nil, errors.New("Unsupported JWK EC curve: " + m["crv"])
		}
		x, err := jwkInt(m, "x")
		if err != nil {
			return nil, err
		}
		y, err := jwkInt(m, "y")
		if err != nil {
			return nil, err
		}
		pub := &ecdsa.PublicKey{Curve: c, X: x, Y: y}
		if !c.IsOnCurve(x, y) {
			return nil, errors.New("Invalid JWK EC key")
		}
		if !private {
			return &keyData{kind: "public", pub: pub}, nil
		}
		d, err := jwkInt(m, "d")
		if err != nil {
			return nil, err
		}
		priv := &ecdsa.PrivateKey{PublicKey: *pub, D: d}
		return &keyData{kind: "private", priv: priv, pub: pub}, nil
	case "OKP":
		if m["crv"] != "Ed25519" {
			return nil, errors.New("Unsupported JWK OKP curve: " + m["crv"])
		}
		x, err := b64url.DecodeString(m["x"])
		if err != nil || len(x) != ed25519.PublicKeySize {
			return nil, errors.New("Invalid JWK Ed25519 key")
		}
		if !private {
			return &keyData{kind: "public", pub: ed25519.PublicKey(x)}, nil
		}
		d, err := b64url.DecodeString(m["d"])
		if err != nil || len(d) != ed25519.SeedSize {
			return nil, errors.New("Invalid JWK Ed25519 key")
		}
		priv := ed25519.NewKeyFromSeed(d)
		return &keyData{kind: "private", priv: priv, pub: priv.Public()}, nil
	}
	return nil, errors.New("Invalid JWK data")
}
