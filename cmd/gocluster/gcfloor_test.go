package main

import (
	"runtime"
	"testing"
	"time"
)

func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, maxGCPercent},
		{1 << 20, maxGCPercent}, // 800 wanted, bounded
		{2 << 20, 400},
		{4 << 20, 200},
		{6 << 20, 133},
		{8 << 20, 100},
		{64 << 20, 100}, // a large heap keeps Go's default
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}

func TestArmAfterGCRunsEachCycle(t *testing.T) {
	calls := make(chan struct{}, 16)
	armAfterGC(func() {
		select {
		case calls <- struct{}{}:
		default:
		}
	})
	for i := 0; i < 3; i++ {
		runtime.GC()
		select {
		case <-calls:
		case <-time.After(5 * time.Second):
			t.Fatalf("no call after collection %d", i+1)
		}
	}
}
