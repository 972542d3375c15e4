// An ES module's async generators are lowered as its CommonJS's are, with
// the language's objects (async_generator_objects.js). (Not its name:
// esbuild names a default export's anonymous function after the file.)
export async function* count(n) { for (let i = 0; i < n; i++) yield i; }
export default async function* () { yield 'default'; }
import def from './async_generator_esm.mjs';
const AGF = Object.getPrototypeOf(async function* () {});
console.log(Object.getPrototypeOf(count) === AGF, Object.getPrototypeOf(def) === AGF, String(count(1)));
const out = [];
for await (const x of count(3)) out.push(x);
for await (const x of def()) out.push(x);
console.log(out);
