package zlib

import (
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestBrotliStoredStreams has node decode what the encoder writes: whole
// inputs of each meta-block length class, and a stream written in pieces
// with a flush between them. Without node on PATH it is skipped.
func TestBrotliStoredStreams(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	inputs := [][]byte{{}, []byte("a"), bytes.Repeat([]byte("hello brotli "), 1000),
		bytes.Repeat([]byte{7}, 1<<16+1), bytes.Repeat([]byte{9}, 1<<20+3)}
	var encoded []string
	for _, in := range inputs {
		var e brotliEncoder
		encoded = append(encoded, base64.StdEncoding.EncodeToString(e.write(in, brotliFinish)))
	}
	var e brotliEncoder
	var streamed []byte
	streamed = append(streamed, e.write([]byte("part one, "), 0)...)
	streamed = append(streamed, e.write(nil, 1)...)
	streamed = append(streamed, e.write([]byte("part two"), 0)...)
	streamed = append(streamed, e.write(nil, brotliFinish)...)
	streamed = append(streamed, e.write([]byte("after the end"), brotliFinish)...)
	encoded = append(encoded, base64.StdEncoding.EncodeToString(streamed))

	script := `const z = require('zlib');
for (const b64 of require('fs').readFileSync(0, 'utf8').split('\n')) {
  const out = z.brotliDecompressSync(Buffer.from(b64, 'base64'));
  console.log(out.length, require('crypto').createHash('sha1').update(out).digest('hex'));
}`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = strings.NewReader(strings.Join(encoded, "\n"))
	got, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node could not decode: %v\n%s", err, got)
	}
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	want := append(inputs, []byte("part one, part two"))
	if len(lines) != len(want) {
		t.Fatalf("node printed %d lines, want %d:\n%s", len(lines), len(want), got)
	}
	for i, in := range want {
		sum := sha1.Sum(in)
		if expect := strconv.Itoa(len(in)) + " " + hex.EncodeToString(sum[:]); lines[i] != expect {
			t.Errorf("input %d: node decoded %q, want %q", i, lines[i], expect)
		}
	}
}
