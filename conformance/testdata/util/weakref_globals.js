'use strict';
// WeakRef and FinalizationRegistry are globals (goja has neither; undici's
// fetch makes a FinalizationRegistry at load): V8's checks and messages,
// deref(), register/unregister with object and symbol tokens.
for (const f of [() => new WeakRef(1), () => WeakRef(), () => new FinalizationRegistry(1), () => new FinalizationRegistry(()=>{}).register(1), () => { const o={}; new FinalizationRegistry(()=>{}).register(o, o) }, () => new FinalizationRegistry(()=>{}).register({}, 1, 5), () => new FinalizationRegistry(()=>{}).unregister(5), () => new WeakRef(Symbol.for('x'))]) { try { f(); console.log('ok') } catch (e) { console.log(e.name + ': ' + e.message) } }
const r = new WeakRef({a:1}); console.log(r, String(r), Object.prototype.toString.call(r), r.deref(), WeakRef.length, FinalizationRegistry.length);
const fr = new FinalizationRegistry(() => {}); const tok = {}; console.log(fr.register({}, 'x', tok), fr.unregister(tok), fr.unregister(tok), fr, String(fr));
const st = Symbol('t'); console.log(fr.register({}, 1, st), fr.unregister(st), fr.unregister(st));
console.log(Object.getOwnPropertyNames(WeakRef.prototype), Object.getOwnPropertyNames(FinalizationRegistry.prototype), new WeakRef(Symbol('s')).deref().toString());
console.log(typeof WeakRef, typeof FinalizationRegistry, Object.keys(globalThis).includes('WeakRef'), Object.getOwnPropertyDescriptor(globalThis, 'WeakRef').enumerable);
