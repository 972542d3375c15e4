'use strict';
// Atomics on shared and plain integer typed arrays: the read-modify-write
// operations and their results, BigInt64, wait (not-equal, timed-out),
// waitAsync settled by a notify, and V8's errors for bad arguments.
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab), u8 = new Uint8Array(sab, 8), b64 = new BigInt64Array(sab, 8, 1);
console.log(Atomics.add(i32, 0, 5), Atomics.load(i32, 0), Atomics.sub(i32, 0, 7), Atomics.load(i32, 0));
console.log(Atomics.store(i32, 1, 3.7), Atomics.exchange(i32, 1, -1), Atomics.compareExchange(i32, 1, -1, 9), i32[1]);
console.log(Atomics.add(u8, 0, 300), u8[0], Atomics.or(u8, 1, 6), Atomics.and(u8, 1, 3), Atomics.xor(u8, 1, 1), u8[1]);
console.log(Atomics.store(b64, 0, 5n), Atomics.add(b64, 0, -7n), Atomics.load(b64, 0));
console.log(Atomics.wait(i32, 0, 42), Atomics.wait(i32, 0, -2, 10), Atomics.notify(i32, 0, 1), Atomics.isLockFree(4), String(Atomics));
const w32 = new Int32Array(new SharedArrayBuffer(8)); const r = Atomics.waitAsync(w32, 0, 0, 20); console.log(r.async, typeof r.value.then);
r.value.then((v) => console.log('waitAsync', v));
const r2 = Atomics.waitAsync(w32, 1, 0); setTimeout(() => console.log("notified", Atomics.notify(w32, 1)), 5); r2.value.then((v) => console.log('waitAsync2', v));
for (const bad of [() => Atomics.load([1], 0), () => Atomics.load(i32, 9), () => Atomics.wait(new Int32Array(4), 0, 0), () => Atomics.wait(u8, 0, 0), () => Atomics.load(new Float64Array(2), 0)]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
