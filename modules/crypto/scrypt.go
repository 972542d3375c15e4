package crypto

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// scrypt derives a key as RFC 7914 defines it: PBKDF2-HMAC-SHA256 around
// ROMix, whose mixing is BlockMix over the Salsa20/8 core. (Go's standard
// library has no scrypt, and x/crypto is not a dependency here.)
func scrypt(password, salt []byte, n, r, p, keyLen int) ([]byte, error) {
	b, err := pbkdf2.Key(sha256.New, string(password), salt, 1, p*128*r)
	if err != nil {
		return nil, err
	}
	x := make([]uint32, 32*r)
	v := make([]uint32, 32*r*n)
	tmp := make([]uint32, 32*r)
	for i := 0; i < p; i++ {
		roMix(b[i*128*r:(i+1)*128*r], x, v, tmp, n, r)
	}
	return pbkdf2.Key(sha256.New, string(password), b, 1, keyLen)
}

// roMix mixes one 128*r-byte block in place.
func roMix(block []byte, x, v, tmp []uint32, n, r int) {
	words := 32 * r
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(block[i*4:])
	}
	for i := 0; i < n; i++ {
		copy(v[i*words:], x)
		blockMix(x, tmp, r)
	}
	for i := 0; i < n; i++ {
		j := int(x[words-16]) & (n - 1) // Integerify: the last 64-byte chunk's first word
		for k := range x {
			x[k] ^= v[j*words+k]
		}
		blockMix(x, tmp, r)
	}
	for i, w := range x {
		binary.LittleEndian.PutUint32(block[i*4:], w)
	}
}

// blockMix is BlockMix_{Salsa20/8, r}: even-indexed outputs first, then odd.
func blockMix(b, y []uint32, r int) {
	var t [16]uint32
	copy(t[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for k := 0; k < 16; k++ {
			t[k] ^= b[i*16+k]
		}
		salsa208(&t)
		dst := (i/2 + (i%2)*r) * 16
		copy(y[dst:dst+16], t[:])
	}
	copy(b, y)
}

// salsa208 is the Salsa20 core with 8 rounds, added to its input.
func salsa208(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		quarter := func(a, bb, c, d int) {
			x[bb] ^= bits.RotateLeft32(x[a]+x[d], 7)
			x[c] ^= bits.RotateLeft32(x[bb]+x[a], 9)
			x[d] ^= bits.RotateLeft32(x[c]+x[bb], 13)
			x[a] ^= bits.RotateLeft32(x[d]+x[c], 18)
		}
		// Columns, then rows.
		quarter(0, 4, 8, 12)
		quarter(5, 9, 13, 1)
		quarter(10, 14, 2, 6)
		quarter(15, 3, 7, 11)
		quarter(0, 1, 2, 3)
		quarter(5, 6, 7, 4)
		quarter(10, 11, 8, 9)
		quarter(15, 12, 13, 14)
	}
	for i := range b {
		b[i] += x[i]
	}
}
