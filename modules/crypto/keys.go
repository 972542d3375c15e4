package crypto

import (
	gocrypto "crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"math/big"
)

// keyData is a KeyObject's material: a secret's bytes, or a public or
// private asymmetric key from Go's crypto packages.
type keyData struct {
	kind   string // "secret", "public" or "private"
	secret []byte
	pub    gocrypto.PublicKey
	priv   gocrypto.Signer
}

// keyError is a key failure in OpenSSL's words, as node reports it.
type keyError struct {
	msg, code, library, reason string
}

func (e *keyError) Error() string { return e.msg }

var errUnsupportedKey = &keyError{msg: "error:1E08010C:DECODER routines::unsupported",
	code: "ERR_OSSL_UNSUPPORTED", library: "DECODER routines", reason: "unsupported"}

// goHashes maps a digest's first name to the hash Go's signers take.
var goHashes = map[string]gocrypto.Hash{
	"md5": gocrypto.MD5, "sha1": gocrypto.SHA1, "sha224": gocrypto.SHA224, "sha256": gocrypto.SHA256,
	"sha384": gocrypto.SHA384, "sha512": gocrypto.SHA512, "sha512-224": gocrypto.SHA512_224,
	"sha512-256": gocrypto.SHA512_256, "sha3-224": gocrypto.SHA3_224, "sha3-256": gocrypto.SHA3_256,
	"sha3-384": gocrypto.SHA3_384, "sha3-512": gocrypto.SHA3_512, "md5-sha1": gocrypto.MD5SHA1,
}

// parsePrivate reads a private key: PEM (PKCS#8, PKCS#1, SEC1) or DER of
// the given type.
func parsePrivate(data []byte, format, typ string) (*keyData, error) {
	der, label := data, typ
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, errUnsupportedKey
		}
		if _, encrypted := block.Headers["Proc-Type"]; encrypted || block.Type == "ENCRYPTED PRIVATE KEY" {
			return nil, &keyError{msg: "Passphrase required for encrypted key", code: "ERR_MISSING_PASSPHRASE"}
		}
		der, label = block.Bytes, map[string]string{"PRIVATE KEY": "pkcs8", "RSA PRIVATE KEY": "pkcs1", "EC PRIVATE KEY": "sec1"}[block.Type]
	}
	var key any
	var err error
	switch label {
	case "pkcs8":
		key, err = x509.ParsePKCS8PrivateKey(der)
	case "pkcs1":
		key, err = x509.ParsePKCS1PrivateKey(der)
	case "sec1":
		key, err = x509.ParseECPrivateKey(der)
	default:
		return nil, errUnsupportedKey
	}
	if err != nil {
		return nil, errUnsupportedKey
	}
	signer, ok := key.(gocrypto.Signer)
	if !ok {
		return nil, errUnsupportedKey
	}
	return &keyData{kind: "private", priv: signer, pub: signer.Public()}, nil
}

// parsePublic reads a public key (SPKI, PKCS#1, a certificate's), or the
// public half of a private key, as node's createPublicKey accepts.
func parsePublic(data []byte, format, typ string) (*keyData, error) {
	der, label := data, typ
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, errUnsupportedKey
		}
		der = block.Bytes
		switch block.Type {
		case "PUBLIC KEY":
			label = "spki"
		case "RSA PUBLIC KEY":
			label = "pkcs1"
		case "CERTIFICATE":
			cert, err := x509.ParseCertificate(der)
			if err != nil {
				return nil, errUnsupportedKey
			}
			return &keyData{kind: "public", pub: cert.PublicKey}, nil
		default:
			k, err := parsePrivate(data, format, typ)
			if err != nil {
				return nil, err
			}
			return &keyData{kind: "public", pub: k.pub}, nil
		}
	}
	var key any
	var err error
	switch label {
	case "spki":
		key, err = x509.ParsePKIXPublicKey(der)
	case "pkcs1":
		key, err = x509.ParsePKCS1PublicKey(der)
	default:
		k, perr := parsePrivate(der, "der", label)
		if perr != nil {
			return nil, perr
		}
		return &keyData{kind: "public", pub: k.pub}, nil
	}
	if err != nil {
		return nil, errUnsupportedKey
	}
	return &keyData{kind: "public", pub: key}, nil
}

// asymmetricType is node's asymmetricKeyType.
func (k *keyData) asymmetricType() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	}
	return ""
}

// curveNames are node's names of the curves Go has.
var curveNames = map[elliptic.Curve]string{
	elliptic.P224(): "secp224r1", elliptic.P256(): "prime256v1", elliptic.P384(): "secp384r1", elliptic.P521(): "secp521r1",
}

func curveByName(name string) elliptic.Curve {
	switch name {
	case "prime256v1", "P-256", "secp256r1":
		return elliptic.P256()
	case "secp384r1", "P-384":
		return elliptic.P384()
	case "secp521r1", "P-521":
		return elliptic.P521()
	case "secp224r1", "P-224":
		return elliptic.P224()
	}
	return nil
}

// exportDER encodes the key as format type (spki, pkcs1, pkcs8, sec1).
func (k *keyData) exportDER(typ string) ([]byte, string, error) {
	if k.kind == "public" {
		switch typ {
		case "spki":
			der, err := x509.MarshalPKIXPublicKey(k.pub)
			return der, "PUBLIC KEY", err
		case "pkcs1":
			if rk, ok := k.pub.(*rsa.PublicKey); ok {
				return x509.MarshalPKCS1PublicKey(rk), "RSA PUBLIC KEY", nil
			}
		}
		return nil, "", errors.New("unsupported public key encoding")
	}
	switch typ {
	case "pkcs8":
		der, err := x509.MarshalPKCS8PrivateKey(k.priv)
		return der, "PRIVATE KEY", err
	case "pkcs1":
		if rk, ok := k.priv.(*rsa.PrivateKey); ok {
			return x509.MarshalPKCS1PrivateKey(rk), "RSA PRIVATE KEY", nil
		}
	case "sec1":
		if ek, ok := k.priv.(*ecdsa.PrivateKey); ok {
			der, err := x509.MarshalECPrivateKey(ek)
			return der, "EC PRIVATE KEY", err
		}
	}
	return nil, "", errors.New("unsupported private key encoding")
}

func exportPEM(der []byte, label string) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: label, Bytes: der})
}

// generateKeyPair makes a key pair of node's type names.
func generateKeyPair(typ string, modulusLength, publicExponent int, curve string) (*keyData, error) {
	switch typ {
	case "rsa":
		if publicExponent != 65537 {
			return nil, errors.New("only the public exponent 65537 is supported")
		}
		k, err := rsa.GenerateKey(rand.Reader, modulusLength)
		if err != nil {
			return nil, err
		}
		return &keyData{kind: "private", priv: k, pub: &k.PublicKey}, nil
	case "ec":
		c := curveByName(curve)
		if c == nil {
			return nil, errors.New("Invalid EC curve name")
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, err
		}
		return &keyData{kind: "private", priv: k, pub: &k.PublicKey}, nil
	case "ed25519":
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		return &keyData{kind: "private", priv: priv, pub: pub}, nil
	}
	return nil, errors.New("unsupported key type")
}

// signOptions are a Sign's padding (1 PKCS#1 v1.5, 6 PSS), PSS salt
// length (-1 the digest's, -2 the most that fits) and ECDSA encoding.
type signOptions struct {
	padding, saltLength int
	p1363               bool
}

func pssSalt(n int) int {
	switch n {
	case -1:
		return rsa.PSSSaltLengthEqualsHash
	case -2:
		return rsa.PSSSaltLengthAuto
	}
	return n
}

// sign signs data (hashed here with digest, none for Ed25519).
func sign(k *keyData, digest string, data []byte, o signOptions) ([]byte, error) {
	if ed, ok := k.priv.(ed25519.PrivateKey); ok {
		return ed25519.Sign(ed, data), nil
	}
	h, ok := goHashes[digest]
	if !ok || !h.Available() {
		return nil, errors.New("Invalid digest")
	}
	hh := h.New()
	hh.Write(data)
	sum := hh.Sum(nil)
	switch priv := k.priv.(type) {
	case *rsa.PrivateKey:
		if o.padding == 6 {
			return rsa.SignPSS(rand.Reader, priv, h, sum, &rsa.PSSOptions{SaltLength: pssSalt(o.saltLength)})
		}
		return rsa.SignPKCS1v15(rand.Reader, priv, h, sum)
	case *ecdsa.PrivateKey:
		der, err := ecdsa.SignASN1(rand.Reader, priv, sum)
		if err != nil || !o.p1363 {
			return der, err
		}
		return derToP1363(der, (priv.Curve.Params().BitSize+7)/8)
	}
	return nil, errors.New("unsupported key")
}

func verify(k *keyData, digest string, data, sig []byte, o signOptions) bool {
	if ed, ok := k.pub.(ed25519.PublicKey); ok {
		return ed25519.Verify(ed, data, sig)
	}
	h, ok := goHashes[digest]
	if !ok || !h.Available() {
		return false
	}
	hh := h.New()
	hh.Write(data)
	sum := hh.Sum(nil)
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		if o.padding == 6 {
			return rsa.VerifyPSS(pub, h, sum, sig, &rsa.PSSOptions{SaltLength: pssSalt(o.saltLength)}) == nil
		}
		return rsa.VerifyPKCS1v15(pub, h, sum, sig) == nil
	case *ecdsa.PublicKey:
		if o.p1363 {
			size := (pub.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*size {
				return false
			}
			r, s := new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])
			return ecdsa.Verify(pub, sum, r, s)
		}
		return ecdsa.VerifyASN1(pub, sum, sig)
	}
	return false
}

func derToP1363(der []byte, size int) ([]byte, error) {
	var rs struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &rs); err != nil {
		return nil, err
	}
	out := make([]byte, 2*size)
	rs.R.FillBytes(out[:size])
	rs.S.FillBytes(out[size:])
	return out, nil
}

// equal reports whether two keys are the same key.
func (k *keyData) equal(o *keyData) bool {
	if k.kind != o.kind {
		return false
	}
	if k.kind == "secret" {
		return len(k.secret) == len(o.secret) && string(k.secret) == string(o.secret)
	}
	type equaler interface{ Equal(gocrypto.PublicKey) bool }
	if e, ok := k.pub.(equaler); ok {
		return e.Equal(o.pub)
	}
	return false
}
