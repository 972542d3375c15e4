package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"sort"
	"strings"
)

// algorithm is a message digest OpenSSL knows under several names; the
// ones Go's standard library implements are here.
type algorithm struct {
	names []string // as getHashes lists them
	make  func() hash.Hash
	xof   func() *sha3.SHAKE // SHAKE: output of any length
	size  int                // digest (default output) length in bytes
}

func shake(newXOF func() *sha3.SHAKE, size int, names ...string) *algorithm {
	return &algorithm{names: names, xof: newXOF, size: size}
}

func digest(newHash func() hash.Hash, names ...string) *algorithm {
	return &algorithm{names: names, make: newHash, size: newHash().Size()}
}

func sha3Of(f func() *sha3.SHA3) func() hash.Hash { return func() hash.Hash { return f() } }

var algorithms = []*algorithm{
	digest(md5.New, "md5", "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5"),
	digest(sha1.New, "sha1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1"),
	digest(sha256.New224, "sha224", "RSA-SHA224", "sha224WithRSAEncryption"),
	digest(sha256.New, "sha256", "RSA-SHA256", "sha256WithRSAEncryption"),
	digest(sha512.New384, "sha384", "RSA-SHA384", "sha384WithRSAEncryption"),
	digest(sha512.New, "sha512", "RSA-SHA512", "sha512WithRSAEncryption"),
	digest(sha512.New512_224, "sha512-224", "RSA-SHA512/224", "sha512-224WithRSAEncryption"),
	digest(sha512.New512_256, "sha512-256", "RSA-SHA512/256", "sha512-256WithRSAEncryption"),
	digest(sha3Of(sha3.New224), "sha3-224", "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224"),
	digest(sha3Of(sha3.New256), "sha3-256", "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256"),
	digest(sha3Of(sha3.New384), "sha3-384", "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384"),
	digest(sha3Of(sha3.New512), "sha3-512", "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512"),
	digest(newMD5SHA1, "md5-sha1"),
	shake(sha3.NewSHAKE128, 16, "shake128"),
	shake(sha3.NewSHAKE256, 32, "shake256"),
}

// OpenSSL's other spellings of the same digests ("SHA2-256", "SHA-256").
var aliases = map[string]string{
	"sha-1": "sha1", "sha2-224": "sha224", "sha-224": "sha224", "sha2-256": "sha256", "sha-256": "sha256",
	"sha2-384": "sha384", "sha-384": "sha384", "sha2-512": "sha512", "sha-512": "sha512",
	"sha2-512/224": "sha512-224", "sha-512/224": "sha512-224", "sha2-512/256": "sha512-256", "sha-512/256": "sha512-256",
}

// byName finds an algorithm by any of its names, in any case.
var byName = func() map[string]*algorithm {
	m := map[string]*algorithm{}
	for _, a := range algorithms {
		for _, n := range a.names {
			m[strings.ToLower(n)] = a
		}
	}
	for alias, name := range aliases {
		m[alias] = m[name]
	}
	return m
}()

func lookup(name string) *algorithm { return byName[strings.ToLower(name)] }

// hashNames is crypto.getHashes(): every name, sorted as OpenSSL's list is.
func hashNames() []string {
	var out []string
	for _, a := range algorithms {
		out = append(out, a.names...)
	}
	sort.Strings(out)
	return out
}

// md5sha1 is TLS 1.0's concatenated MD5 and SHA-1 digest.
type md5sha1 struct{ md5, sha1 hash.Hash }

func newMD5SHA1() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }

func (h *md5sha1) Write(p []byte) (int, error) {
	h.md5.Write(p)
	return h.sha1.Write(p)
}
func (h *md5sha1) Sum(b []byte) []byte { return h.sha1.Sum(h.md5.Sum(b)) }
func (h *md5sha1) Reset()              { h.md5.Reset(); h.sha1.Reset() }
func (h *md5sha1) Size() int           { return md5.Size + sha1.Size }
func (h *md5sha1) BlockSize() int      { return sha1.BlockSize }

func (h *md5sha1) MarshalBinary() ([]byte, error) {
	a, err := h.md5.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	b, err := h.sha1.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	return append([]byte{byte(len(a))}, append(a, b...)...), nil
}

func (h *md5sha1) UnmarshalBinary(p []byte) error {
	n := int(p[0])
	if err := h.md5.(encoding.BinaryUnmarshaler).UnmarshalBinary(p[1 : 1+n]); err != nil {
		return err
	}
	return h.sha1.(encoding.BinaryUnmarshaler).UnmarshalBinary(p[1+n:])
}
