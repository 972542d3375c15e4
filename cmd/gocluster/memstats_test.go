package main

import (
	"os"
	"testing"
)

// smapsResident splits this test binary's resident memory into its own
// pages and the rest, and the parts add up to the whole.
func TestSmapsResidentParts(t *testing.T) {
	if _, err := os.Stat("/proc/self/smaps"); err != nil {
		t.Skip("no /proc/self/smaps")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := smapsResident(exe)
	if p.text == 0 || p.rodata == 0 || p.anon == 0 {
		t.Errorf("text %d, rodata %d, anon %d: want each above 0", p.text, p.rodata, p.anon)
	}
	if sum := p.text + p.rodata + p.data + p.anon + p.files; sum != p.total {
		t.Errorf("parts add up to %d, total %d", sum, p.total)
	}
}
