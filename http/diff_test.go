package http

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand"
	"os"
	"os/exec"
	"reflect"
	"testing"
)

var (
	diffN    = flag.Int("diff.n", 4000, "inputs TestDifferentialNode tries")
	diffSeed = flag.Int64("diff.seed", 5, "seed of TestDifferentialNode's inputs")
	diffFile = flag.String("diff.inputs", "", "JSON cases for TestDifferentialNode to try instead")
)

// mutate makes a variant of raw: bytes replaced, inserted, dropped or
// duplicated, with the bytes HTTP framing cares about favoured.
func mutate(rng *rand.Rand, raw []byte) []byte {
	special := []byte("\r\n :;,\t\"\\=/?#@0aA9fF-\x00\x7f\xff")
	out := append([]byte(nil), raw...)
	for n := 1 + rng.Intn(3); n > 0 && len(out) > 0; n-- {
		at := rng.Intn(len(out))
		pick := func() byte {
			if rng.Intn(2) == 0 {
				return special[rng.Intn(len(special))]
			}
			return byte(rng.Intn(256))
		}
		switch rng.Intn(4) {
		case 0:
			out[at] = pick()
		case 1:
			out = append(out[:at], append([]byte{pick()}, out[at:]...)...)
		case 2:
			out = append(out[:at], out[at+1:]...)
		default:
			end := at + 1 + rng.Intn(8)
			if end > len(out) {
				end = len(out)
			}
			out = append(out[:end], append(append([]byte(nil), out[at:end]...), out[end:]...)...)
		}
	}
	return out
}

// split cuts b into a few chunks at random places.
func split(rng *rand.Rand, b []byte) []string {
	chunks := []string{}
	for len(b) > 0 {
		n := 1 + rng.Intn(len(b))
		if rng.Intn(3) == 0 {
			n = len(b)
		}
		chunks = append(chunks, fromLatin1(b[:n]))
		b = b[n:]
	}
	return chunks
}

// TestDifferentialNode feeds mutated inputs to Node's parser (through
// testdata/oracle.js) and to this one, and wants the same events. It needs
// node on PATH.
func TestDifferentialNode(t *testing.T) {
	if testing.Short() {
		t.Skip("needs node")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	seeds := loadCases(t)
	rng := rand.New(rand.NewSource(*diffSeed))
	var cases []oracleCase
	if *diffFile != "" {
		b, err := os.ReadFile(*diffFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatal(err)
		}
	}
	for *diffFile == "" && len(cases) < *diffN {
		s := &seeds[rng.Intn(len(seeds))]
		var raw []byte
		for _, c := range s.Chunks {
			raw = append(raw, latin1(c)...)
		}
		if len(raw) > 4096 {
			continue
		}
		m := mutate(rng, raw)
		cases = append(cases, oracleCase{
			Name: s.Name + "/mutated", Type: s.Type, Chunks: split(rng, m),
			EOF: rng.Intn(2) == 0, SkipBody: s.SkipBody, MaxHeaderSize: s.MaxHeaderSize,
		})
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "testdata/oracle.js")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("oracle: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("oracle: %v", err)
	}
	var recorded []oracleCase
	if err := json.Unmarshal(out, &recorded); err != nil {
		t.Fatal(err)
	}
	failures := 0
	for i := range recorded {
		c := &recorded[i]
		got := normalize(t, replay(c))
		want := normalize(t, c.Events)
		if !reflect.DeepEqual(got, want) {
			failures++
			if failures <= 10 {
				in, _ := json.Marshal(c.Chunks)
				gb, _ := json.Marshal(got)
				wb, _ := json.Marshal(want)
				t.Errorf("%s %s eof=%v:\ninput %s\n got %.1500s\nwant %.1500s", c.Type, c.Name, c.EOF, in, gb, wb)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d inputs differ", failures, len(recorded))
	}
}
