package zlib

import (
	"github.com/dop251/goja"

	gort "github.com/gocluster/gocluster/runtime"
)

// Brotli (RFC 7932) has no codec in Go's standard library. The encoder here
// writes valid Brotli streams of uncompressed meta-blocks: any Brotli
// decoder (a browser's) reads back the input, but nothing is compressed.
// Servers that negotiate "br" with browsers (compression, @fastify/compress)
// answered 500 when it threw; there is still no decoder.

const brotliFinish = 2 // BROTLI_OPERATION_FINISH

// bitWriter packs bits least significant first, as Brotli reads them.
type bitWriter struct {
	out   []byte
	acc   uint64
	nbits uint
}

func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= v << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

// pad ends the current byte with zero bits.
func (w *bitWriter) pad() {
	if w.nbits > 0 {
		w.bits(0, 8-w.nbits)
	}
}

// brotliEncoder writes one stream: the window-size header, a meta-block
// per chunk of input, and an empty last meta-block at the finish.
type brotliEncoder struct {
	started, finished bool
}

const maxMetaBlock = 1 << 24

func (e *brotliEncoder) write(data []byte, op int) []byte {
	var w bitWriter
	if e.finished {
		return nil
	}
	if !e.started {
		e.started = true
		w.bits(0, 1) // WBITS = 16
	}
	for len(data) > 0 {
		n := min(len(data), maxMetaBlock)
		mlen := uint64(n - 1)
		nibbles := uint(4)
		switch {
		case mlen >= 1<<20:
			nibbles = 6
		case mlen >= 1<<16:
			nibbles = 5
		}
		w.bits(0, 1)                 // ISLAST
		w.bits(uint64(nibbles-4), 2) // MNIBBLES
		w.bits(mlen, nibbles*4)      // MLEN-1
		w.bits(1, 1)                 // ISUNCOMPRESSED
		w.pad()
		w.out = append(w.out, data[:n]...)
		data = data[n:]
	}
	if op == brotliFinish {
		e.finished = true
		w.bits(1, 1) // ISLAST
		w.bits(1, 1) // ISLASTEMPTY
		w.pad()
	}
	return w.out
}

// installBrotli adds brotliEncode(input) (a whole stream) and
// newBrotliEncoder() (a stream's handle: write(chunk, op), reset, close).
func installBrotli(rt *gort.Runtime, b *goja.Object, bytesOf func(goja.Value) []byte) {
	vm := rt.VM
	_ = b.Set("brotliEncode", func(input goja.Value) goja.Value {
		var e brotliEncoder
		return result(rt, e.write(bytesOf(input), brotliFinish), nil)
	})
	_ = b.Set("newBrotliEncoder", func() goja.Value {
		e := &brotliEncoder{}
		h := vm.NewObject()
		_ = h.Set("write", func(chunk goja.Value, op int) goja.Value { return result(rt, e.write(bytesOf(chunk), op), nil) })
		_ = h.Set("reset", func() { *e = brotliEncoder{} })
		_ = h.Set("close", func() {})
		return h
	})
}
