package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rsa"
	"math/big"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// installKeys adds to the binding what KeyObject, Sign and Verify use
// (keys.js shapes them as node's). A key handle is a *keyData.
func installKeys(rt *gort.Runtime, b *goja.Object, bytesOf func(data, enc goja.Value) []byte) {
	vm := rt.VM
	set := func(name string, v any) { _ = b.Set(name, v) }
	handle := func(v goja.Value) *keyData { return handleOf[keyData](vm, v, "not a key handle") }
	// fail throws err as node's errors for keys: OpenSSL's text and code.
	fail := func(err error) {
		obj, _ := vm.New(vm.Get("Error"), vm.ToValue(err.Error()))
		if ke, ok := err.(*keyError); ok && ke.code != "" {
			_ = obj.Set("code", ke.code)
			if ke.library != "" {
				_ = obj.Set("library", ke.library)
				_ = obj.Set("reason", ke.reason)
			}
		}
		panic(obj)
	}
	copied := func(v goja.Value) []byte { return append([]byte(nil), bytesOf(v, goja.Undefined())...) }
	installCiphers(rt, b, bytesOf, fail)
	installECDH(rt, b, bytesOf, fail)

	set("secretKey", func(data goja.Value) goja.Value {
		return vm.ToValue(&keyData{kind: "secret", secret: copied(data)})
	})
	set("parseKey", func(data goja.Value, format, typ string, private bool) goja.Value {
		var k *keyData
		var err error
		if private {
			k, err = parsePrivate(copied(data), format, typ)
		} else {
			k, err = parsePublic(copied(data), format, typ)
		}
		if err != nil {
			fail(err)
		}
		return vm.ToValue(k)
	})
	set("parseJWK", func(jwk *goja.Object, private bool) goja.Value {
		m := map[string]string{}
		for _, key := range jwk.Keys() {
			if v := jwk.Get(key); v != nil && v.ExportType() != nil && v.ExportType().Kind().String() == "string" {
				m[key] = v.String()
			}
		}
		k, err := fromJWK(m, private)
		if err != nil {
			fail(err)
		}
		return vm.ToValue(k)
	})
	set("publicOf", func(h goja.Value) goja.Value {
		return vm.ToValue(&keyData{kind: "public", pub: handle(h).pub})
	})
	// keyInfo is [type, asymmetricKeyType, details or secret size].
	set("keyInfo", func(h goja.Value) goja.Value {
		k := handle(h)
		if k.kind == "secret" {
			return vm.ToValue([]any{k.kind, goja.Undefined(), len(k.secret)})
		}
		details := vm.NewObject()
		switch pub := k.pub.(type) {
		case *rsa.PublicKey:
			_ = details.Set("modulusLength", pub.N.BitLen())
			_ = details.Set("publicExponent", big.NewInt(int64(pub.E)))
		case *ecdsa.PublicKey:
			_ = details.Set("namedCurve", curveNames[pub.Curve])
		}
		return vm.ToValue([]any{k.kind, k.asymmetricType(), details})
	})
	set("secretBytes", func(h goja.Value) goja.Value { return buffer.New(rt, append([]byte(nil), handle(h).secret...)) })
	set("exportKey", func(h goja.Value, format, typ string) goja.Value {
		k := handle(h)
		der, label, err := k.exportDER(typ)
		if err != nil {
			fail(err)
		}
		if format == "pem" {
			return vm.ToValue(string(exportPEM(der, label)))
		}
		return buffer.New(rt, der)
	})
	set("exportJWK", func(h goja.Value) goja.Value {
		members, err := handle(h).toJWK()
		if err != nil {
			fail(err)
		}
		o := vm.NewObject()
		for _, m := range members {
			_ = o.Set(m[0], m[1])
		}
		return o
	})
	set("keysEqual", func(a, c goja.Value) bool { return handle(a).equal(handle(c)) })
	// generateKeyPair returns [public, private] now, or, given done, makes
	// them off the loop and calls done(err, public, private).
	set("generateKeyPair", func(typ string, modulusLength, publicExponent int, curve string, done goja.Value) goja.Value {
		if goja.IsUndefined(done) {
			k, err := generateKeyPair(typ, modulusLength, publicExponent, curve)
			if err != nil {
				fail(err)
			}
			return vm.ToValue([]any{&keyData{kind: "public", pub: k.pub}, k})
		}
		var k *keyData
		var gerr error
		async(rt, func() []byte { k, gerr = generateKeyPair(typ, modulusLength, publicExponent, curve); return nil }, func([]byte) {
			if gerr != nil {
				e, _ := vm.New(vm.Get("Error"), vm.ToValue(gerr.Error()))
				rt.MakeCallback(done, goja.Undefined(), e)
				return
			}
			rt.MakeCallback(done, goja.Undefined(), goja.Null(), vm.ToValue(&keyData{kind: "public", pub: k.pub}), vm.ToValue(k))
		})
		return goja.Undefined()
	})
	opts := func(padding, saltLength int, p1363 bool) signOptions {
		return signOptions{padding: padding, saltLength: saltLength, p1363: p1363}
	}
	digestName := func(name string) string {
		if a := lookup(name); a != nil {
			return a.names[0]
		}
		return name
	}
	set("sign", func(h goja.Value, digest string, data goja.Value, padding, saltLength int, p1363 bool) goja.Value {
		sig, err := sign(handle(h), digestName(digest), bytesOf(data, goja.Undefined()), opts(padding, saltLength, p1363))
		if err != nil {
			fail(err)
		}
		return buffer.New(rt, sig)
	})
	// aesGCM seals or opens data with a secret key's bytes; null when
	// opening fails (a wrong key, tag or data).
	set("aesGCM", func(seal bool, h goja.Value, iv, data, aad goja.Value, tagLength int) goja.Value {
		block, err := aes.NewCipher(handle(h).secret)
		if err != nil {
			fail(err)
		}
		nonce := bytesOf(iv, goja.Undefined())
		var aead cipher.AEAD
		if len(nonce) == 12 && tagLength == 16 {
			aead, err = cipher.NewGCM(block)
		} else if tagLength == 16 {
			aead, err = cipher.NewGCMWithNonceSize(block, len(nonce))
		} else {
			aead, err = cipher.NewGCMWithTagSize(block, tagLength)
		}
		if err != nil {
			fail(err)
		}
		if len(nonce) != aead.NonceSize() {
			fail(&keyError{msg: "The operation failed for an operation-specific reason"})
		}
		var extra []byte
		if !goja.IsUndefined(aad) {
			extra = bytesOf(aad, goja.Undefined())
		}
		in := bytesOf(data, goja.Undefined())
		if seal {
			return buffer.New(rt, aead.Seal(nil, nonce, in, extra))
		}
		out, err := aead.Open(nil, nonce, in, extra)
		if err != nil {
			return goja.Null()
		}
		return buffer.New(rt, out)
	})
	// aesKW wraps or unwraps key bytes with a secret key (RFC 3394); null
	// when unwrapping fails.
	set("aesKW", func(wrap bool, h, data goja.Value) goja.Value {
		in := bytesOf(data, goja.Undefined())
		var out []byte
		var err error
		if wrap {
			out, err = aesKeyWrap(handle(h).secret, in)
		} else {
			out, err = aesKeyUnwrap(handle(h).secret, in)
		}
		if err != nil {
			return goja.Null()
		}
		return buffer.New(rt, out)
	})
	set("verify", func(h goja.Value, digest string, data, sig goja.Value, padding, saltLength int, p1363 bool) bool {
		return verify(handle(h), digestName(digest), bytesOf(data, goja.Undefined()), bytesOf(sig, goja.Undefined()), opts(padding, saltLength, p1363))
	})
}
