package v8

import (
	"math"
	goruntime "runtime"
	"runtime/metrics"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// The heap statistics are approximations: JS objects live in Go's heap,
// which has neither V8's generations nor its spaces. The mapping, from
// runtime.MemStats at the moment of the call:
//
//   - new_space: what was allocated since the last collection (used) out of
//     the allocation budget until the next one (size), the nearest thing
//     Go has to a nursery;
//   - old_space: the small objects that survived the last collection;
//   - large_object_space: live objects above Go's largest size class
//     (32 KiB), which Go, like V8, allocates on their own spans;
//   - the code, read-only and shared spaces are empty: there is no JIT code
//     and no shared heap.
//
// getHeapStatistics sums the same numbers. heap_size_limit is Go's memory
// limit when one is set (GOMEMLIMIT), else the machine's physical memory;
// the V8-only counters (contexts, global handles) have V8's values for a
// process with one context.

// heapSpaceNames are V8's spaces, in the order node 20 lists them.
var heapSpaceNames = []string{
	"read_only_space", "new_space", "old_space", "code_space", "shared_space",
	"new_large_object_space", "large_object_space", "code_large_object_space", "shared_large_object_space",
}

type heapSpace struct{ size, used, available, physical uint64 }

// heapSnapshot is one reading of Go's heap in V8's terms.
type heapSnapshot struct {
	ms     goruntime.MemStats
	spaces map[string]heapSpace
	limit  uint64
}

func readHeap() *heapSnapshot {
	h := &heapSnapshot{spaces: map[string]heapSpace{}}
	goruntime.ReadMemStats(&h.ms)
	ms := &h.ms
	var small uint64
	for _, c := range ms.BySize {
		if c.Mallocs > c.Frees {
			small += uint64(c.Size) * (c.Mallocs - c.Frees)
		}
	}
	large := sub(ms.HeapAlloc, small)
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(samples)
	live := ms.HeapAlloc
	if samples[0].Value.Kind() == metrics.KindUint64 {
		live = samples[0].Value.Uint64()
	}
	young := sub(ms.HeapAlloc, min(live, ms.HeapAlloc))
	budget := max(sub(ms.NextGC, live), young)
	oldUsed := sub(small, min(young, small))
	oldSize := max(sub(ms.HeapInuse, budget+large), oldUsed)
	h.spaces["new_space"] = heapSpace{budget, young, budget - young, budget}
	h.spaces["old_space"] = heapSpace{oldSize, oldUsed, oldSize - oldUsed, oldSize}
	h.spaces["large_object_space"] = heapSpace{large, large, 0, large}
	h.limit = math.MaxInt64
	if samples[1].Value.Kind() == metrics.KindUint64 {
		h.limit = samples[1].Value.Uint64()
	}
	if h.limit == math.MaxInt64 {
		var si unix.Sysinfo_t
		if unix.Sysinfo(&si) == nil {
			h.limit = uint64(si.Totalram) * uint64(si.Unit)
		}
	}
	return h
}

func sub(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}

// addHeapStatistics puts getHeapStatistics and getHeapSpaceStatistics on
// require('v8').
func addHeapStatistics(rt *gort.Runtime, exports *goja.Object) {
	vm := rt.VM
	_ = exports.Set("getHeapStatistics", func(goja.FunctionCall) goja.Value {
		h := readHeap()
		var total, used uint64
		for _, s := range h.spaces {
			total += s.size
			used += s.used
		}
		o := vm.NewObject()
		for _, kv := range []struct {
			k string
			v uint64
		}{
			{"total_heap_size", total},
			{"total_heap_size_executable", 0},
			{"total_physical_size", total},
			{"total_available_size", sub(h.limit, used)},
			{"used_heap_size", used},
			{"heap_size_limit", h.limit},
			{"malloced_memory", h.ms.MSpanInuse + h.ms.MCacheInuse},
			{"peak_malloced_memory", h.ms.MSpanSys + h.ms.MCacheSys},
			{"does_zap_garbage", 0},
			{"number_of_native_contexts", 1},
			{"number_of_detached_contexts", 0},
			{"total_global_handles_size", 8192},
			{"used_global_handles_size", 2240},
			{"external_memory", h.ms.StackInuse},
		} {
			_ = o.Set(kv.k, kv.v)
		}
		return o
	})
	_ = exports.Set("getHeapSpaceStatistics", func(goja.FunctionCall) goja.Value {
		h := readHeap()
		list := make([]any, 0, len(heapSpaceNames))
		for _, name := range heapSpaceNames {
			s := h.spaces[name]
			o := vm.NewObject()
			_ = o.Set("space_name", name)
			_ = o.Set("space_size", s.size)
			_ = o.Set("space_used_size", s.used)
			_ = o.Set("space_available_size", s.available)
			_ = o.Set("physical_space_size", s.physical)
			list = append(list, o)
		}
		return vm.ToValue(list)
	})
}
