// Package crypto is Node's crypto module as far as Go's standard library
// reaches: hashes, HMAC, PBKDF2, HKDF, random numbers and UUIDs, KeyObjects
// with RSA/ECDSA/Ed25519 signatures (keys*.go), and Web Crypto (digest,
// and the key operations of js/webcrypto.js); crypto.js, keys.js and
// webcrypto.js shape the API, names and errors as Node's.
package crypto

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"encoding"
	"hash"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public module, and its random part, which the
// crypto global (Web Crypto) needs alone.
const (
	ModuleName       = "crypto"
	RandomModuleName = "internal/crypto/random"
)

var (
	//go:embed js/crypto.js
	source string
	//go:embed js/random.js
	randomSource string
	//go:embed js/keys.js
	keysSource string
	//go:embed js/webcrypto.js
	webcryptoSource string
	//go:embed js/cipher.js
	cipherSource string
)

// KeysModuleName holds KeyObject, Sign and Verify (crypto.js re-exports them).
const KeysModuleName = "internal/crypto/keys"

func init() {
	gort.RegisterCore(KeysModuleName, func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS(KeysModuleName, keysSource, module, binding(rt))
	})
	gort.RegisterCore("internal/crypto/webcrypto", func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS("internal/crypto/webcrypto", webcryptoSource, module, binding(rt))
	})
	gort.RegisterCore("internal/crypto/cipher", func(rt *gort.Runtime, module *goja.Object) {
		rt.RunCoreJS("internal/crypto/cipher", cipherSource, module, binding(rt))
	})
}

// Globals are the names registered as lazy globals from RandomModuleName.
var Globals = map[string]string{"crypto": "webcrypto", "Crypto": "Crypto", "SubtleCrypto": "SubtleCrypto", "CryptoKey": "CryptoKey"}

// Require fills module.exports with the crypto module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// RequireRandom fills internal/crypto/random.
func RequireRandom(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(RandomModuleName, randomSource, module, binding(rt))
}

// digestState is one Hash or Hmac in progress.
type digestState struct {
	alg    *algorithm
	h      hash.Hash // nil for a SHAKE
	xof    xofState
	outLen int
}

// xofState is what a SHAKE needs beyond hash.Hash's shape.
type xofState interface {
	Write([]byte) (int, error)
	Read([]byte) (int, error)
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

func newDigest(a *algorithm, outLen int) *digestState {
	if a.xof != nil {
		return &digestState{alg: a, xof: a.xof(), outLen: outLen}
	}
	return &digestState{alg: a, h: a.make(), outLen: outLen}
}

func (d *digestState) write(p []byte) {
	if d.xof != nil {
		_, _ = d.xof.Write(p)
		return
	}
	_, _ = d.h.Write(p)
}

func (d *digestState) sum() []byte {
	if d.xof != nil {
		out := make([]byte, d.outLen)
		_, _ = d.xof.Read(out)
		return out
	}
	return d.h.Sum(nil)
}

// clone copies the state through the standard hashes' binary marshalling.
func (d *digestState) clone(outLen int) (*digestState, error) {
	c := newDigest(d.alg, outLen)
	var from encoding.BinaryMarshaler = d.xof
	var to encoding.BinaryUnmarshaler = c.xof
	if d.xof == nil {
		from, to = d.h.(encoding.BinaryMarshaler), c.h.(encoding.BinaryUnmarshaler)
	}
	state, err := from.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return c, to.UnmarshalBinary(state)
}

func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }

	// bytesOf reads data (a string in enc, or any ArrayBufferView) as bytes.
	bytesOf := func(data, enc goja.Value) []byte {
		if p, ok := buffer.Bytes(vm, data); ok {
			return p
		}
		e, ok := buffer.ParseEncoding(enc.String())
		if !ok || goja.IsUndefined(enc) {
			e = buffer.UTF8
		}
		return buffer.EncodeString(data, e)
	}
	// output returns p as a string in enc, or as a Buffer when enc names no
	// encoding (Node's digest('buffer') and digest('nonsense') alike).
	output := func(p []byte, enc string) goja.Value {
		if e, ok := buffer.ParseEncoding(enc); ok {
			return buffer.DecodeString(vm, p, e)
		}
		return buffer.New(rt, p)
	}
	state := func(v goja.Value) *digestState { return handleOf[digestState](vm, v, "not a digest handle") }

	// digestSize returns the algorithm's output length, or -1 when the
	// name is unknown, -2 for an XOF where one is not allowed.
	set("digestSize", func(name string, allowXOF bool) int {
		a := lookup(name)
		switch {
		case a == nil:
			return -1
		case a.xof != nil && !allowXOF:
			return -2
		}
		return a.size
	})
	set("isXOF", func(name string) bool { a := lookup(name); return a != nil && a.xof != nil })
	set("newHash", func(name string, outLen int) goja.Value {
		return vm.ToValue(newDigest(lookup(name), outLen))
	})
	set("copyHash", func(h goja.Value, outLen int) goja.Value {
		c, err := state(h).clone(outLen)
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(c)
	})
	set("newHmac", func(name string, key goja.Value) goja.Value {
		a := lookup(name)
		k := append([]byte(nil), bytesOf(key, goja.Undefined())...)
		return vm.ToValue(&digestState{alg: a, h: hmac.New(a.make, k)})
	})
	set("update", func(h, data, enc goja.Value) {
		state(h).write(bytesOf(data, enc))
	})
	set("digest", func(h goja.Value, enc string) goja.Value {
		return output(state(h).sum(), enc)
	})
	// hash is crypto.hash(): one digest of one input, no object made.
	set("hash", func(name string, data, enc goja.Value, outEnc string) goja.Value {
		d := newDigest(lookup(name), lookup(name).size)
		d.write(bytesOf(data, enc))
		return output(d.sum(), outEnc)
	})
	set("getHashes", hashNames)
	set("timingSafeEqual", func(a, b goja.Value) bool {
		x, _ := buffer.Bytes(vm, a)
		y, _ := buffer.Bytes(vm, b)
		return subtle.ConstantTimeCompare(x, y) == 1
	})
	installKeys(rt, b, bytesOf)

	// randomFill fills p (a view's bytes) now, or, given done, on another
	// goroutine and calls done() from the loop, as Node's thread pool does.
	set("randomFill", func(data goja.Value, offset, size int, done goja.Value) {
		p, _ := buffer.Bytes(vm, data)
		p = p[offset : offset+size]
		if goja.IsUndefined(done) {
			_, _ = rand.Read(p)
			return
		}
		async(rt, func() []byte {
			q := make([]byte, len(p))
			_, _ = rand.Read(q)
			return q
		}, func(q []byte) { copy(p, q); rt.MakeCallback(done, goja.Undefined()) })
	})

	// pbkdf2 and hkdf derive keyLen bytes (lengths checked in crypto.js).
	set("pbkdf2", func(password, salt goja.Value, iter, keyLen int, name string, done goja.Value) goja.Value {
		pw := string(bytesOf(password, goja.Undefined()))
		s := append([]byte(nil), bytesOf(salt, goja.Undefined())...)
		return deriveKey(rt, done, func() ([]byte, error) {
			if keyLen == 0 {
				return []byte{}, nil
			}
			return pbkdf2.Key(lookup(name).make, pw, s, iter, keyLen)
		})
	})
	set("scrypt", func(password, salt goja.Value, n, r, p, keyLen int, done goja.Value) goja.Value {
		pw := append([]byte(nil), bytesOf(password, goja.Undefined())...)
		s := append([]byte(nil), bytesOf(salt, goja.Undefined())...)
		return deriveKey(rt, done, func() ([]byte, error) {
			if keyLen == 0 {
				return []byte{}, nil
			}
			return scrypt(pw, s, n, r, p, keyLen)
		})
	})
	set("hkdf", func(name string, key, salt, info goja.Value, keyLen int, done goja.Value) goja.Value {
		k := append([]byte(nil), bytesOf(key, goja.Undefined())...)
		s := append([]byte(nil), bytesOf(salt, goja.Undefined())...)
		in := string(bytesOf(info, goja.Undefined()))
		return deriveKey(rt, done, func() ([]byte, error) { return hkdf.Key(lookup(name).make, k, s, in, keyLen) })
	})
	return b
}

// deriveKey returns the key derive makes as an ArrayBuffer, or, given a
// done function, computes it off the loop and calls done(err, key) later.
// A failure is Node's "Deriving bits failed".
func deriveKey(rt *gort.Runtime, done goja.Value, derive func() ([]byte, error)) goja.Value {
	vm := rt.VM
	failure := func() goja.Value {
		v, _ := vm.New(vm.Get("Error"), vm.ToValue("Deriving bits failed"))
		return v
	}
	type result struct {
		key []byte
		err error
	}
	if goja.IsUndefined(done) {
		key, err := derive()
		if err != nil {
			panic(failure())
		}
		return vm.ToValue(vm.NewArrayBuffer(key))
	}
	var r result
	async(rt, func() []byte { r.key, r.err = derive(); return r.key }, func([]byte) {
		if r.err != nil {
			rt.MakeCallback(done, goja.Undefined(), failure())
			return
		}
		rt.MakeCallback(done, goja.Undefined(), goja.Null(), vm.ToValue(vm.NewArrayBuffer(r.key)))
	})
	return goja.Undefined()
}

// async runs work off the loop and finish with its result on the loop,
// keeping the loop alive meanwhile.
func async(rt *gort.Runtime, work func() []byte, finish func([]byte)) {
	loop := rt.Loop
	loop.Ref()
	go func() {
		out := work()
		loop.Post(func() {
			loop.Unref()
			finish(out)
		})
	}()
}

// handleOf is the Go state a JS handle wraps, or a TypeError (what) for
// anything else.
func handleOf[T any](vm *goja.Runtime, v goja.Value, what string) *T {
	h, _ := v.Export().(*T)
	if h == nil {
		panic(vm.NewTypeError(what))
	}
	return h
}
