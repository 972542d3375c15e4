'use strict';
// SharedArrayBuffer (goja has none): node's prototype and statics, 'new'
// required, V8's errors, slice with negative bounds and species, typed
// arrays, DataView and Buffer over it, util.types and inspect telling it
// from an ArrayBuffer (null prototype and subclasses too), deep equality,
// and structuredClone sharing its memory.
const util = require('util');
console.log(Object.getOwnPropertyNames(SharedArrayBuffer.prototype), Object.getOwnPropertyNames(SharedArrayBuffer));
const s = new SharedArrayBuffer(4);
console.log(s.growable, s.maxByteLength, s, s.byteLength);
try { SharedArrayBuffer(1) } catch (e) { console.log(e.message) }
try { SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(1)) } catch (e) { console.log(e.message) }
try { new SharedArrayBuffer(-1) } catch (e) { console.log(e.name, e.message) }
try { s.grow(8) } catch (e) { console.log(e.name, e.message) }
const x = new SharedArrayBuffer(8); new Uint8Array(x).set([1,2,3,4,5]); console.log(x.slice(1,3), x.slice(-4), x.slice(2, -5), x.slice(7, 2), new Uint8Array(x.slice(1.9, 3.2)));
console.log(Object.getOwnPropertyDescriptor(SharedArrayBuffer, Symbol.species).get.name);
console.log(util.types.isSharedArrayBuffer(s), util.types.isArrayBuffer(s), util.types.isAnyArrayBuffer(s), util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isSharedArrayBuffer(new ArrayBuffer(1)));
console.log(s instanceof ArrayBuffer, s instanceof SharedArrayBuffer, new DataView(x).getUint8(2), Buffer.from(x, 1, 3), Buffer.from(x).buffer === x);
console.log(util.format(new SharedArrayBuffer(4)), util.inspect(Object.setPrototypeOf(new SharedArrayBuffer(2), null)));
class Sub extends SharedArrayBuffer {}
const sub = new Sub(3); console.log(sub, util.types.isSharedArrayBuffer(sub), sub.slice(0, 1));
console.log(Object.keys(globalThis).includes('SharedArrayBuffer'), Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer'));
console.log(new SharedArrayBuffer(), new SharedArrayBuffer('3').byteLength, util.isDeepStrictEqual(new SharedArrayBuffer(2), new SharedArrayBuffer(2)), util.isDeepStrictEqual(new SharedArrayBuffer(2), new ArrayBuffer(2)));
console.log(SharedArrayBuffer.length, SharedArrayBuffer.name, Object.prototype.toString.call(s));
{ const s=new SharedArrayBuffer(2); const c=structuredClone({a:s,b:s,v:new Uint8Array(s)}); c.v[0]=5; console.log(c.a===c.b, c.v.buffer===c.a, new Uint8Array(s)[0], c.a===s) }
const s2 = new SharedArrayBuffer(2);
const c = structuredClone(s2); new Uint8Array(c)[0] = 9;
console.log(new Uint8Array(s2)[0], require('util').types.isSharedArrayBuffer(c));
