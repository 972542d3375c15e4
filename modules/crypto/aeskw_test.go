package crypto

import (
	"bytes"
	"encoding/hex"
	"testing"
)

// RFC 3394 section 4.1: 128 bits of key data with a 128-bit KEK.
func TestAESKeyWrapVector(t *testing.T) {
	kek, _ := hex.DecodeString("000102030405060708090A0B0C0D0E0F")
	data, _ := hex.DecodeString("00112233445566778899AABBCCDDEEFF")
	want, _ := hex.DecodeString("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5")
	got, err := aesKeyWrap(kek, data)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("wrap = %x, %v; want %x", got, err, want)
	}
	back, err := aesKeyUnwrap(kek, got)
	if err != nil || !bytes.Equal(back, data) {
		t.Fatalf("unwrap = %x, %v", back, err)
	}
	got[3] ^= 1
	if _, err := aesKeyUnwrap(kek, got); err == nil {
		t.Fatal("a corrupted wrap unwrapped")
	}
}
