package zlib

import (
	"bytes"
	"compress/flate"
	"hash"
	"hash/adler32"
	"hash/crc32"
)

// Flush values, as zlib numbers them.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
)

const zHuffmanOnly = 2

// deflater compresses with compress/flate and writes the zlib or gzip
// framing itself, with the header bytes zlib writes for the same level
// (so a gzip header is byte for byte Node's; the deflate data after it
// comes from another compressor and differs). windowBits and memLevel do
// not apply (Go's window is always 32 KiB); of the strategies only
// Z_HUFFMAN_ONLY changes anything.
type deflater struct {
	mode     int
	level    int
	strategy int
	dict     []byte
	out      bytes.Buffer
	w        *flate.Writer
	sum      hash.Hash32
	size     uint32
	started  bool
	finished bool
}

func newDeflater(mode, level, strategy int, dict []byte) *deflater {
	d := &deflater{mode: mode, level: level, strategy: strategy, dict: dict}
	d.reset()
	return d
}

func (d *deflater) goLevel() int {
	if d.strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if d.level < 0 {
		return 6
	}
	return d.level
}

func (d *deflater) reset() {
	d.out.Reset()
	d.w, _ = flate.NewWriterDict(&d.out, d.goLevel(), d.dict)
	switch d.mode {
	case modeGzip:
		d.sum = crc32.NewIEEE()
	case modeDeflate:
		d.sum = adler32.New()
	default:
		d.sum = nil
	}
	d.size, d.started, d.finished = 0, false, false
}

// header writes the zlib or gzip header, with the level bits zlib derives.
func (d *deflater) header() {
	level := d.level
	if level < 0 {
		level = 6
	}
	switch d.mode {
	case modeDeflate:
		flevel := 3
		switch {
		case level < 2 || d.strategy >= zHuffmanOnly:
			flevel = 0
		case level < 6:
			flevel = 1
		case level == 6:
			flevel = 2
		}
		cmf, flg := byte(0x78), byte(flevel<<6)
		if d.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)<<8|int(flg))%31)
		d.out.Write([]byte{cmf, flg})
		if d.dict != nil {
			d.out.Write(be32bytes(adler32.Checksum(d.dict)))
		}
	case modeGzip:
		xfl := byte(0)
		if level == 9 {
			xfl = 2
		} else if d.strategy >= zHuffmanOnly || level < 2 {
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

// write compresses chunk and flushes as flush asks: Z_NO_FLUSH keeps what
// flate holds back, the partial, sync, full and block flushes all flush
// to a byte boundary (flate has only the sync flush), Z_FINISH ends the
// stream with its trailer. It returns the bytes made so far.
func (d *deflater) write(chunk []byte, flush int) []byte {
	if d.finished {
		return nil
	}
	if !d.started {
		d.started = true
		d.header()
	}
	if len(chunk) > 0 {
		_, _ = d.w.Write(chunk)
		if d.sum != nil {
			d.sum.Write(chunk)
		}
		d.size += uint32(len(chunk))
	}
	switch flush {
	case zPartialFlush, zSyncFlush, zFullFlush, zBlock:
		_ = d.w.Flush()
	case zFinish:
		_ = d.w.Close()
		d.finished = true
		switch d.mode {
		case modeDeflate:
			d.out.Write(be32bytes(d.sum.Sum32()))
		case modeGzip:
			s, n := d.sum.Sum32(), d.size
			d.out.Write([]byte{byte(s), byte(s >> 8), byte(s >> 16), byte(s >> 24),
				byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)})
		}
	}
	out := bytes.Clone(d.out.Bytes())
	d.out.Reset()
	return out
}

// params changes level and strategy mid-stream: what was written so far is
// flushed, and a new flate writer goes on with the same stream (its
// matches do not reach back before the change).
func (d *deflater) params(level, strategy int) []byte {
	var out []byte
	if d.started && !d.finished {
		_ = d.w.Flush()
		out = bytes.Clone(d.out.Bytes())
		d.out.Reset()
	}
	d.level, d.strategy = level, strategy
	if d.started {
		d.w, _ = flate.NewWriter(&d.out, d.goLevel())
	} else {
		d.w, _ = flate.NewWriterDict(&d.out, d.goLevel(), d.dict)
	}
	return out
}

func be32bytes(v uint32) []byte {
	return []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
}
