package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/subtle"
	"errors"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// cipherSpec is one cipher as OpenSSL names and describes it
// (getCipherInfo): the AES modes and 3DES-CBC that Go's library has.
type cipherSpec struct {
	name                     string
	nid                      int
	mode                     string
	blockSize, ivLen, keyLen int
	newBlock                 func([]byte) (cipher.Block, error)
}

var cipherSpecs = func() map[string]*cipherSpec {
	m := map[string]*cipherSpec{}
	nids := map[string][3]int{ // cbc, ecb, cfb, ofb share one pattern; ctr and gcm differ
		"cbc": {419, 423, 427}, "ecb": {418, 422, 426}, "cfb": {421, 425, 429}, "ofb": {420, 424, 428},
		"ctr": {904, 905, 906}, "gcm": {895, 898, 901},
	}
	for i, bits := range []int{128, 192, 256} {
		for mode, ids := range nids {
			s := &cipherSpec{name: "aes-" + itoa(bits) + "-" + mode, nid: ids[i], mode: mode, blockSize: 1, ivLen: 16,
				keyLen: bits / 8, newBlock: aes.NewCipher}
			switch mode {
			case "cbc":
				s.blockSize = 16
			case "ecb":
				s.blockSize, s.ivLen = 16, 0
			case "gcm":
				s.ivLen = 12
				s.name = "id-aes" + itoa(bits) + "-gcm"
				m["aes-"+itoa(bits)+"-gcm"] = s
			}
			m[s.name] = s
		}
		m["aes"+itoa(bits)] = m["aes-"+itoa(bits)+"-cbc"]
	}
	m["des-ede3-cbc"] = &cipherSpec{name: "des-ede3-cbc", nid: 44, mode: "cbc", blockSize: 8, ivLen: 8, keyLen: 24, newBlock: des.NewTripleDESCipher}
	return m
}()

func itoa(n int) string {
	switch n {
	case 128:
		return "128"
	case 192:
		return "192"
	}
	return "256"
}

func lookupCipher(name string) *cipherSpec { return cipherSpecs[strings.ToLower(name)] }

// cipherState is one Cipheriv or Decipheriv in progress.
type cipherState struct {
	spec    *cipherSpec
	encrypt bool
	padding bool
	block   cipher.Block
	mode    cipher.BlockMode // cbc
	stream  cipher.Stream    // ctr, cfb, ofb and gcm's keystream
	pending []byte           // cbc/ecb input short of a block (decrypting: the last block too)
	// GCM: the whole message and its associated data, authenticated at final.
	aead    cipher.AEAD
	iv      []byte
	aad     []byte
	all     []byte
	tag     []byte
	tagLen  int
	streamd bool // gcm output so far came from the keystream
}

var (
	errBadDecrypt       = &keyError{msg: "error:1C800064:Provider routines::bad decrypt", code: "ERR_OSSL_BAD_DECRYPT", library: "Provider routines", reason: "bad decrypt"}
	errWrongFinalLength = &keyError{msg: "error:1C80006B:Provider routines::wrong final block length", code: "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH", library: "Provider routines", reason: "wrong final block length"}
	errAuthenticate     = &keyError{msg: "Unsupported state or unable to authenticate data"}
)

func newCipherState(spec *cipherSpec, encrypt bool, key, iv []byte, tagLen int) (*cipherState, error) {
	block, err := spec.newBlock(key)
	if err != nil {
		return nil, err
	}
	c := &cipherState{spec: spec, encrypt: encrypt, padding: true, block: block, tagLen: tagLen}
	switch spec.mode {
	case "cbc":
		if encrypt {
			c.mode = cipher.NewCBCEncrypter(block, iv)
		} else {
			c.mode = cipher.NewCBCDecrypter(block, iv)
		}
	case "ctr":
		c.stream = cipher.NewCTR(block, iv)
	case "ofb":
		c.stream = cipher.NewOFB(block, iv) //nolint:staticcheck // node offers OFB
	case "cfb":
		if encrypt {
			c.stream = cipher.NewCFBEncrypter(block, iv) //nolint:staticcheck // node offers CFB
		} else {
			c.stream = cipher.NewCFBDecrypter(block, iv) //nolint:staticcheck
		}
	case "gcm":
		c.iv = append([]byte(nil), iv...)
		if len(iv) == 12 {
			c.aead, err = cipher.NewGCMWithTagSize(block, 16)
			// GCM's keystream for a 96-bit IV is CTR from IV || 2.
			counter := append(append([]byte(nil), iv...), 0, 0, 0, 2)
			c.stream = cipher.NewCTR(block, counter)
			c.streamd = true
		} else {
			c.aead, err = cipher.NewGCMWithNonceSize(block, len(iv))
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *cipherState) update(in []byte) []byte {
	switch c.spec.mode {
	case "gcm":
		c.all = append(c.all, in...)
		if !c.streamd {
			return nil
		}
		fallthrough
	case "ctr", "ofb", "cfb":
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		return out
	}
	bs := c.spec.blockSize
	c.pending = append(c.pending, in...)
	n := len(c.pending) / bs * bs
	if !c.encrypt && c.padding && n == len(c.pending) && n > 0 {
		n -= bs // the last block may hold padding: final decides
	}
	out := c.cryptBlocks(c.pending[:n])
	c.pending = append([]byte(nil), c.pending[n:]...)
	return out
}

func (c *cipherState) cryptBlocks(in []byte) []byte {
	out := make([]byte, len(in))
	if c.mode != nil {
		c.mode.CryptBlocks(out, in)
		return out
	}
	bs := c.spec.blockSize
	for i := 0; i < len(in); i += bs {
		if c.encrypt {
			c.block.Encrypt(out[i:i+bs], in[i:i+bs])
		} else {
			c.block.Decrypt(out[i:i+bs], in[i:i+bs])
		}
	}
	return out
}

func (c *cipherState) final() ([]byte, error) {
	switch c.spec.mode {
	case "ctr", "ofb", "cfb":
		return nil, nil
	case "gcm":
		return c.finalGCM()
	}
	bs := c.spec.blockSize
	if c.encrypt {
		if !c.padding {
			if len(c.pending) != 0 {
				return nil, errWrongFinalLength
			}
			return nil, nil
		}
		pad := bs - len(c.pending)
		for i := 0; i < pad; i++ {
			c.pending = append(c.pending, byte(pad))
		}
		return c.cryptBlocks(c.pending), nil
	}
	if !c.padding {
		if len(c.pending) != 0 {
			return nil, errWrongFinalLength
		}
		return nil, nil
	}
	if len(c.pending) != bs {
		return nil, errWrongFinalLength
	}
	last := c.cryptBlocks(c.pending)
	pad := int(last[bs-1])
	if pad == 0 || pad > bs {
		return nil, errBadDecrypt
	}
	for _, b := range last[bs-pad:] {
		if int(b) != pad {
			return nil, errBadDecrypt
		}
	}
	return last[:bs-pad], nil
}

func (c *cipherState) finalGCM() ([]byte, error) {
	if c.encrypt {
		sealed := c.aead.Seal(nil, c.iv, c.all, c.aad)
		c.tag = sealed[len(c.all):][:c.tagLen]
		if c.streamd {
			return nil, nil
		}
		return sealed[:len(c.all)], nil
	}
	if len(c.tag) == 0 {
		return nil, errAuthenticate
	}
	// Go's GCM checks full 16-byte tags: a shorter one is compared
	// against the full tag's prefix, as OpenSSL does.
	sealed := c.aead.Seal(nil, c.iv, c.plaintext(), c.aad)
	full := sealed[len(c.all):]
	if subtle.ConstantTimeCompare(full[:len(c.tag)], c.tag) != 1 {
		return nil, errAuthenticate
	}
	if c.streamd {
		return nil, nil
	}
	return c.plaintext(), nil
}

// plaintext is a GCM decryption's whole output: the message through the
// keystream again (CTR is its own inverse). For an IV that is not 96 bits
// the keystream starts from GHASH(IV), which only Go's AEAD computes, so
// the message goes through its sealing, the same XOR.
func (c *cipherState) plaintext() []byte {
	if len(c.iv) == 12 {
		counter := append(append([]byte(nil), c.iv...), 0, 0, 0, 2)
		out := make([]byte, len(c.all))
		cipher.NewCTR(c.block, counter).XORKeyStream(out, c.all)
		return out
	}
	return c.aead.Seal(nil, c.iv, c.all, nil)[:len(c.all)]
}

func (c *cipherState) setAuthTag(tag []byte) error {
	if c.spec.mode != "gcm" || c.encrypt {
		return errors.New("invalid state")
	}
	c.tag = append([]byte(nil), tag...)
	return nil
}

// cipherNames is getCiphers(): the names this package has, sorted.
func cipherNames() []string {
	var out []string
	for name := range cipherSpecs {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// installCiphers adds what Cipheriv and Decipheriv use to the binding.
func installCiphers(rt *gort.Runtime, b *goja.Object, bytesOf func(data, enc goja.Value) []byte, fail func(error)) {
	vm := rt.VM
	set := func(name string, v any) { _ = b.Set(name, v) }
	state := func(v goja.Value) *cipherState { return handleOf[cipherState](vm, v, "not a cipher handle") }
	raw := func(v goja.Value) []byte { return append([]byte(nil), bytesOf(v, goja.Undefined())...) }
	set("getCiphers", cipherNames)
	// cipherInfo is [name, nid, mode, blockSize, ivLength, keyLength].
	set("cipherInfo", func(name string) goja.Value {
		s := lookupCipher(name)
		if s == nil {
			return goja.Undefined()
		}
		return vm.ToValue([]any{s.name, s.nid, s.mode, s.blockSize, s.ivLen, s.keyLen})
	})
	set("newCipher", func(name string, encrypt bool, key, iv goja.Value, tagLen int) goja.Value {
		var ivBytes []byte
		if !goja.IsNull(iv) && !goja.IsUndefined(iv) {
			ivBytes = raw(iv)
		}
		c, err := newCipherState(lookupCipher(name), encrypt, raw(key), ivBytes, tagLen)
		if err != nil {
			fail(err)
		}
		return vm.ToValue(c)
	})
	set("cipherUpdate", func(h, data goja.Value) goja.Value {
		return buffer.New(rt, state(h).update(bytesOf(data, goja.Undefined())))
	})
	set("cipherFinal", func(h goja.Value) goja.Value {
		out, err := state(h).final()
		if err != nil {
			fail(err)
		}
		return buffer.New(rt, out)
	})
	set("cipherSetPadding", func(h goja.Value, on bool) { state(h).padding = on })
	set("cipherSetAAD", func(h, data goja.Value) { c := state(h); c.aad = append(c.aad, bytesOf(data, goja.Undefined())...) })
	set("cipherGetTag", func(h goja.Value) goja.Value { return buffer.New(rt, append([]byte(nil), state(h).tag...)) })
	set("cipherSetTag", func(h, tag goja.Value) {
		if err := state(h).setAuthTag(raw(tag)); err != nil {
			fail(err)
		}
	})
}
