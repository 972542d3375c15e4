package zlib

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// A stream fed in small chunks gives the same bytes as one whole input,
// and every call returns with its output complete.
func TestInflaterChunks(t *testing.T) {
	src := bytes.Repeat([]byte("chunked gzip input "), 5000)
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	_, _ = w.Write(src)
	_ = w.Close()
	f := newInflater(modeGunzip, nil)
	var out []byte
	data := gz.Bytes()
	for i := 0; i < len(data); i += 13 {
		p, err := f.write(data[i:min(i+13, len(data))], false)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p...)
	}
	p, err := f.write(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if out = append(out, p...); !bytes.Equal(out, src) {
		t.Fatalf("got %d bytes, want %d", len(out), len(src))
	}
}

func TestInflaterTruncated(t *testing.T) {
	d := newDeflater(modeDeflate, -1, 0, nil)
	full := d.write([]byte("hello hello hello"), zFinish)
	f := newInflater(modeInflate, nil)
	if _, err := f.write(full[:len(full)-2], false); err != nil {
		t.Fatal(err)
	}
	_, err := f.write(nil, true)
	if ze, ok := err.(*zlibError); !ok || ze.errno != zBufError || ze.msg != "unexpected end of file" {
		t.Fatalf("err = %v", err)
	}
}

func TestInflaterStop(t *testing.T) {
	f := newInflater(modeInflateRaw, nil)
	f.stop()
	f.stop() // a second stop is harmless
	if !f.done.Load() {
		t.Fatal("decoder goroutine still running")
	}
}

// The end of input comes once however a stream ends: finished, then
// stopped (a destroyed stream after its last write), must not close the
// decoder's input twice.
func TestInflaterFinishThenStop(t *testing.T) {
	for i := 0; i < 200; i++ {
		f := newInflater(modeInflateRaw, nil)
		_, _ = f.write([]byte{0x4b, 0x4c}, true) // a truncated raw stream
		f.stop()
		if !f.done.Load() {
			t.Fatal("decoder goroutine still running")
		}
	}
}
