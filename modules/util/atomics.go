package util

import (
	"encoding/binary"
	"math"
	"math/big"
	"sync"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
)

// AtomicsModuleName holds the Atomics global: goja has none. Worker threads
// share a SharedArrayBuffer's memory (worker_threads), so its operations
// must be atomic across goroutines: every Atomics access goes through
// atomicsMu, and wait/notify keep their waiters by address. Plain reads and
// writes of shared memory race, as they may in JS.
const AtomicsModuleName = "internal/atomics"

var (
	atomicsMu sync.Mutex
	waiters   = map[uintptr][]*waiter{}
)

// waiter is one Atomics.wait or waitAsync on an address.
type waiter struct {
	woken  chan struct{}
	done   bool   // notified or timed out (under atomicsMu)
	onWake func() // waitAsync's: posts the settling to its loop at once
}

// cell is the element of an integer typed array an operation acts on.
type cell struct {
	mem    []byte // the element's bytes
	kind   string // the typed array's class name
	shared bool
}

func (c cell) size() int { return len(c.mem) }

func (c cell) addr() uintptr { return uintptr(unsafe.Pointer(&c.mem[0])) }

func (c cell) isBig() bool { return c.kind == "BigInt64Array" || c.kind == "BigUint64Array" }

// read is the element's value as JS sees it (under atomicsMu).
func (c cell) read(vm *goja.Runtime) goja.Value {
	le := binary.LittleEndian
	switch c.kind {
	case "Int8Array":
		return vm.ToValue(int8(c.mem[0]))
	case "Uint8Array":
		return vm.ToValue(c.mem[0])
	case "Int16Array":
		return vm.ToValue(int16(le.Uint16(c.mem)))
	case "Uint16Array":
		return vm.ToValue(le.Uint16(c.mem))
	case "Int32Array":
		return vm.ToValue(int32(le.Uint32(c.mem)))
	case "Uint32Array":
		return vm.ToValue(le.Uint32(c.mem))
	case "BigInt64Array":
		return vm.ToValue(big.NewInt(int64(le.Uint64(c.mem))))
	default:
		return vm.ToValue(new(big.Int).SetUint64(le.Uint64(c.mem)))
	}
}

// bits is the element's raw value, and write stores one.
func (c cell) bits() uint64 {
	switch c.size() {
	case 1:
		return uint64(c.mem[0])
	case 2:
		return uint64(binary.LittleEndian.Uint16(c.mem))
	case 4:
		return uint64(binary.LittleEndian.Uint32(c.mem))
	}
	return binary.LittleEndian.Uint64(c.mem)
}

func (c cell) write(v uint64) {
	switch c.size() {
	case 1:
		c.mem[0] = byte(v)
	case 2:
		binary.LittleEndian.PutUint16(c.mem, uint16(v))
	case 4:
		binary.LittleEndian.PutUint32(c.mem, uint32(v))
	default:
		binary.LittleEndian.PutUint64(c.mem, v)
	}
}

// toBits converts a JS value to the element type's bits, as the typed
// array's own store would (ToBigInt for the BigInt arrays).
func (c cell) toBits(vm *goja.Runtime, v goja.Value) uint64 {
	if c.isBig() {
		b, ok := v.Export().(*big.Int)
		if !ok {
			fn, _ := goja.AssertFunction(vm.Get("BigInt"))
			r, cerr := fn(goja.Undefined(), v)
			if cerr != nil {
				panic(cerr)
			}
			b, _ = r.Export().(*big.Int)
		}
		return new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint64(int64(math.Mod(math.Trunc(f), math.Exp2(63))))
}

// valueOf is bits as the JS value the element type gives back.
func (c cell) valueOf(vm *goja.Runtime, bits uint64) goja.Value {
	tmp := cell{mem: make([]byte, c.size()), kind: c.kind}
	tmp.write(bits)
	return tmp.read(vm)
}

func init() {
	gort.RegisterCore(AtomicsModuleName, func(rt *gort.Runtime, module *goja.Object) {
		exports := rt.VM.NewObject()
		_ = exports.Set("Atomics", newAtomics(rt))
		_ = module.Set("exports", exports)
	})
	gort.RegisterGlobal("Atomics", AtomicsModuleName, "Atomics")
}

func typeError(vm *goja.Runtime, msg string) *goja.Object {
	o, err := vm.New(vm.Get("TypeError"), vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// elementSizes are the integer typed arrays Atomics takes, by class.
var elementSizes = map[string]int{"Int8Array": 1, "Uint8Array": 1, "Int16Array": 2, "Uint16Array": 2,
	"Int32Array": 4, "Uint32Array": 4, "BigInt64Array": 8, "BigUint64Array": 8}

// cellOf finds the element ta[index], with V8's checks and messages.
func cellOf(vm *goja.Runtime, ta, index goja.Value, waitable bool) cell {
	o, ok := ta.(*goja.Object)
	kind := ""
	if ok {
		if tag := o.GetSymbol(goja.SymToStringTag); tag != nil && !goja.IsUndefined(tag) {
			kind = tag.String()
		}
	}
	describe := func() string {
		toString, _ := goja.AssertFunction(vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm).Get("toString"))
		if ta == nil {
			ta = goja.Undefined()
		}
		v, err := toString(ta)
		if err != nil {
			return "[object Object]"
		}
		return v.String()
	}
	size := elementSizes[kind]
	if waitable && kind != "Int32Array" && kind != "BigInt64Array" {
		panic(typeError(vm, describe()+" is not an int32 or BigInt64 typed array."))
	}
	if size == 0 {
		panic(typeError(vm, describe()+" is not an integer typed array."))
	}
	buf := o.Get("buffer")
	shared := isShared(buf)
	ab, _ := buf.Export().(goja.ArrayBuffer)
	length := int(o.Get("length").ToInteger())
	offset := int(o.Get("byteOffset").ToInteger())
	f := 0.0
	if index != nil && !goja.IsUndefined(index) {
		f = index.ToFloat()
	}
	if math.IsNaN(f) || f < 0 || f != math.Trunc(f) || f >= float64(length) {
		panic(rangeError(vm, "Invalid atomic access index"))
	}
	at := offset + int(f)*size
	return cell{mem: ab.Bytes()[at : at+size], kind: kind, shared: shared}
}

// newAtomics builds the Atomics object.
func newAtomics(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	a := vm.NewObject()
	rmw := func(name string, op func(old, v uint64) uint64) {
		_ = a.Set(name, func(ta, index, value goja.Value) goja.Value {
			c := cellOf(vm, ta, index, false)
			v := c.toBits(vm, value)
			atomicsMu.Lock()
			old := c.bits()
			c.write(op(old, v))
			atomicsMu.Unlock()
			return c.valueOf(vm, old)
		})
	}
	rmw("add", func(old, v uint64) uint64 { return old + v })
	rmw("sub", func(old, v uint64) uint64 { return old - v })
	rmw("and", func(old, v uint64) uint64 { return old & v })
	rmw("or", func(old, v uint64) uint64 { return old | v })
	rmw("xor", func(old, v uint64) uint64 { return old ^ v })
	rmw("exchange", func(_, v uint64) uint64 { return v })
	_ = a.Set("load", func(ta, index goja.Value) goja.Value {
		c := cellOf(vm, ta, index, false)
		atomicsMu.Lock()
		defer atomicsMu.Unlock()
		return c.read(vm)
	})
	_ = a.Set("store", func(ta, index, value goja.Value) goja.Value {
		c := cellOf(vm, ta, index, false)
		// store returns the value stored, converted to an integer.
		var ret goja.Value
		if c.isBig() {
			ret = value
		} else {
			f := value.ToFloat()
			if math.IsNaN(f) {
				f = 0
			}
			ret = vm.ToValue(math.Trunc(f))
		}
		v := c.toBits(vm, value)
		atomicsMu.Lock()
		c.write(v)
		atomicsMu.Unlock()
		return ret
	})
	_ = a.Set("compareExchange", func(ta, index, expected, replacement goja.Value) goja.Value {
		c := cellOf(vm, ta, index, false)
		e, r := c.toBits(vm, expected), c.toBits(vm, replacement)
		mask := uint64(math.MaxUint64)
		if c.size() < 8 {
			mask = 1<<(8*c.size()) - 1
		}
		atomicsMu.Lock()
		old := c.bits()
		if old == e&mask {
			c.write(r)
		}
		atomicsMu.Unlock()
		return c.valueOf(vm, old)
	})
	_ = a.Set("isLockFree", func(n goja.Value) bool {
		switch n.ToInteger() {
		case 1, 2, 4, 8:
			return true
		}
		return false
	})
	_ = a.Set("notify", func(ta, index, count goja.Value) int {
		c := cellOf(vm, ta, index, true)
		n := math.Inf(1)
		if count != nil && !goja.IsUndefined(count) {
			n = math.Max(0, count.ToFloat())
		}
		if !c.shared {
			return 0
		}
		return notify(c.addr(), n)
	})
	_ = a.Set("wait", func(ta, index, value, timeout goja.Value) string {
		c := cellOf(vm, ta, index, true)
		if !c.shared {
			panic(typeError(vm, "[object "+c.kind+"] is not a shared typed array."))
		}
		w, res := startWait(c, c.toBits(vm, value), nil)
		if w == nil {
			return res
		}
		d, forever := waitTimeout(timeout)
		var timer <-chan time.Time
		if !forever {
			t := time.NewTimer(d)
			defer t.Stop()
			timer = t.C
		}
		select {
		case <-w.woken:
			return "ok"
		case <-timer:
			if cancelWait(c.addr(), w) {
				return "timed-out"
			}
			return "ok"
		}
	})
	_ = a.Set("waitAsync", func(ta, index, value, timeout goja.Value) *goja.Object {
		c := cellOf(vm, ta, index, true)
		if !c.shared {
			panic(typeError(vm, "[object "+c.kind+"] is not a shared typed array."))
		}
		out := vm.NewObject()
		d, forever := waitTimeout(timeout)
		// The promise keeps nothing alive, as V8's: it settles on the
		// loop if the runtime is still there.
		p, resolve, _ := vm.NewPromise()
		settle := func(s string) {
			rt.Loop.Post(func() {
				rt.MakeCallback(vm.ToValue(func() { _ = resolve(s) }), goja.Undefined())
			})
		}
		w, res := startWait(c, c.toBits(vm, value), func() { settle("ok") })
		if w == nil || (!forever && d == 0) {
			if w != nil {
				cancelWait(c.addr(), w)
				res = "timed-out"
			}
			_ = out.Set("async", false)
			_ = out.Set("value", res)
			return out
		}
		if forever {
			_ = out.Set("async", true)
			_ = out.Set("value", p)
			return out
		}
		go func() {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-w.woken:
			case <-t.C:
				if cancelWait(c.addr(), w) {
					settle("timed-out")
				}
			}
		}()
		_ = out.Set("async", true)
		_ = out.Set("value", p)
		return out
	})
	_ = a.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return a
}

// startWait registers a waiter on c if it holds expected; otherwise it
// returns "not-equal".
func startWait(c cell, expected uint64, onWake func()) (*waiter, string) {
	mask := uint64(math.MaxUint64)
	if c.size() < 8 {
		mask = 1<<(8*c.size()) - 1
	}
	atomicsMu.Lock()
	defer atomicsMu.Unlock()
	if c.bits() != expected&mask {
		return nil, "not-equal"
	}
	w := &waiter{woken: make(chan struct{}), onWake: onWake}
	waiters[c.addr()] = append(waiters[c.addr()], w)
	return w, ""
}

// cancelWait removes a waiter whose time ran out, unless a notify took it
// first (then it reports false: the wait succeeded).
func cancelWait(addr uintptr, w *waiter) bool {
	atomicsMu.Lock()
	defer atomicsMu.Unlock()
	if w.done {
		return false
	}
	w.done = true
	list := waiters[addr]
	for i, x := range list {
		if x == w {
			waiters[addr] = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(waiters[addr]) == 0 {
		delete(waiters, addr)
	}
	return true
}

// notify wakes up to n waiters on addr, oldest first, and counts them.
func notify(addr uintptr, n float64) int {
	atomicsMu.Lock()
	defer atomicsMu.Unlock()
	list := waiters[addr]
	woken := 0
	for len(list) > 0 && float64(woken) < n {
		w := list[0]
		list = list[1:]
		w.done = true
		close(w.woken)
		if w.onWake != nil {
			// Posted before notify returns: a loop that notifies its own
			// waiter sees the promise settle before it can run out of work.
			w.onWake()
		}
		woken++
	}
	if len(list) == 0 {
		delete(waiters, addr)
	} else {
		waiters[addr] = list
	}
	return woken
}

// waitTimeout reads wait's timeout in milliseconds: NaN or none is forever.
func waitTimeout(v goja.Value) (time.Duration, bool) {
	if v == nil || goja.IsUndefined(v) {
		return 0, true
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 1) {
		return 0, true
	}
	if f <= 0 {
		return 0, false
	}
	return time.Duration(f * float64(time.Millisecond)), false
}
