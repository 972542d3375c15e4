package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// heapFloor is the least headroom the collector is given above the live
// heap once the program runs. GOGC alone scales the goal with the live
// heap: a worker that keeps 2 MiB live collects every 2 MiB allocated,
// which an IPC message loop allocates in a few hundred messages (at
// GOGC=100 a quarter of a ping-pong worker's CPU was collection). With the
// floor such a process collects every heapFloor instead; a process whose
// live heap is larger than heapFloor keeps GOGC=100, so this costs at most
// heapFloor of garbage per process.
const heapFloor = 8 << 20

// maxGCPercent bounds the percentage the floor asks for (a live heap of
// 1 MiB would otherwise ask for 800).
const maxGCPercent = 400

// keepHeapFloor sets GOGC after each collection so that the next goal is
// at least the live heap plus heapFloor, and never under 100.
func keepHeapFloor() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	current := -1
	retune := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		percent := gcPercentFor(sample[0].Value.Uint64())
		if percent != current {
			current = percent
			debug.SetGCPercent(percent)
		}
	}
	retune()
	armAfterGC(retune)
}

// gcPercentFor is the GOGC that puts the next goal heapFloor above live.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return maxGCPercent
	}
	percent := int(heapFloor * 100 / live)
	return max(100, min(percent, maxGCPercent))
}

// gcSentinel is garbage from birth; its finalizer runs once the collector
// has found it, i.e. after each cycle. It holds a pointer so that it is not
// a tiny allocation (those share blocks and may never be finalized).
type gcSentinel struct{ _ *int }

// armAfterGC calls f on the finalizer goroutine after every collection.
func armAfterGC(f func()) {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		f()
		armAfterGC(f)
	})
}
