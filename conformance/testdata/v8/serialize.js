'use strict';
// v8.serialize bytes (hex) for each kind of value, and the values read back.
const v8=require('v8');
const c={}; c.circular=c;
const cases={undef:undefined,nul:null,t:true,f:false,i:5,neg:-3,big:2**31,dbl:1.5,negz:-0,nan:NaN,s:'abc',u:'héllo',w:'日本',e:'',obj:{a:1,b:'x',2:3},arr:[1,2,3],darr:[1.5,2],mixed:[1,'a'],holey:[1,,3],arrp:Object.assign([1],{x:2}),map:new Map([[1,'a']]),set:new Set(['x']),date:new Date(0),re:/a+/gi,buf:Buffer.from('ab'),u8:new Uint8Array([1,2]),f64:new Float64Array([1]),dv:new DataView(new ArrayBuffer(2)),bi:123n,nbi:-(2n**70n),circ:c,nested:{x:{y:[{}]}},ab:new ArrayBuffer(3),sobj:new String('s'),nobj:new Number(2),bobj:new Boolean(true), pad:{a:'x', b:'日本'}, shared:(()=>{const o={}; return [o,o]})(), big64: new BigInt64Array([1n])};
for (const [k,v] of Object.entries(cases)) { const b = v8.serialize(v); console.log(k, b.toString('hex')); console.log(' ->', require('util').inspect(v8.deserialize(b), {depth: 4})); }
const s = new v8.Serializer(); s.writeHeader(); s.writeValue(new Uint8Array([1])); s.writeUint32(300); s.writeDouble(2.5); console.log(s.releaseBuffer().toString('hex'));
for (const bad of [()=>1, Symbol('q'), new WeakMap(), {f(){}}]) try { v8.serialize(bad) } catch(e) { console.log(e.name, e.message) }
const e = v8.deserialize(v8.serialize(new RangeError('boom', {cause: 'c'}))); console.log(e instanceof RangeError, e.message, e.cause);
