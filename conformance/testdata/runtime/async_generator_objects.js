'use strict';
// Async generators are lowered by esbuild (goja has none); the lowered
// functions and their generator objects must still be the language's:
// whatwg-url (mongodb, mongoose) finds %AsyncIteratorPrototype% through
// Object.getPrototypeOf(async function* () {}).prototype.
const early = Object.getPrototypeOf(decl) === Object.getPrototypeOf(async function* () {});
async function* decl(a) { yield a; yield await Promise.resolve(a + 1); }
const AGF = Object.getPrototypeOf(decl);
const AGP = AGF.prototype;
const AIP = Object.getPrototypeOf(AGP);
console.log(early, AGF[Symbol.toStringTag], AGP[Symbol.toStringTag], Object.getOwnPropertyNames(AGP).sort(), typeof AIP[Symbol.asyncIterator]);
console.log(Object.getPrototypeOf(decl.prototype) === AGP, Object.getPrototypeOf(decl(1)) === decl.prototype, AGF.constructor.name, Object.prototype.toString.call(decl(1)));
console.log(Object.getOwnPropertyDescriptor(AGF, 'prototype'), Object.getOwnPropertyDescriptor(decl, 'prototype').writable, Object.keys(decl(1)));
const o = { async *m() { yield 'm'; }, async *[Symbol.asyncIterator]() { yield 'it'; }, plain() {}, field: async function* () {} };
class C {
  async *m() { yield this.x; }
  static async *s() { for await (const x of [1, Promise.resolve(2)]) yield x; }
  get x() { return 'cx'; }
}
console.log(Object.getPrototypeOf(o.m) === AGF, Object.getPrototypeOf(o[Symbol.asyncIterator]) === AGF, Object.getPrototypeOf(o.plain) === Function.prototype);
console.log(Object.getPrototypeOf(C.prototype.m) === AGF, Object.getPrototypeOf(C.s) === AGF, Object.getOwnPropertyNames(C).sort());
const anon = async function* () {}, named = async function* inner() {};
let later; later = async function* () {};
console.log(anon.name, named.name, later.name, o.field.name, o.m.name, C.s.name, decl.name, decl.length);
function outer() {
  'use strict';
  return inner;
  async function* inner() { yield* decl(10); }
}
console.log(Object.getPrototypeOf(outer()) === AGF);
AGP.next.call({}).catch((e) => console.log(e.constructor.name, e.message));
(async () => {
  const got = [];
  for await (const v of decl(1)) got.push(v);
  for await (const v of o) got.push(v);
  for await (const v of new C().m()) got.push(v);
  for await (const v of C.s()) got.push(v);
  for await (const v of outer()()) got.push(v);
  console.log(got);
  const g = decl(5);
  console.log(await Promise.all([g.next(), g.next(), g.next(), g.return(9), g.next()]));
  const f = async function* () { yield 1; throw new Error('inside'); }, k = class { static async *s() {} y() { throw new Error('after'); } };
  try { for await (const v of f()) got.push(v); } catch (e) { console.log(e.message, e.stack.split('\n')[1].match(/[^( ]+:\d+:\d+/)[0].replace(__dirname, '.')); }
  try { new k().y(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].match(/[^( ]+:\d+:\d+/)[0].replace(__dirname, '.')); }
})();
