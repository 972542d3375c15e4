'use strict';
// process.env cannot be frozen, sealed or made non-extensible, and stays
// usable after a program tried; a value that is not a string, number or
// boolean is stored as its string without a warning (DEP0104 is a pending
// deprecation). process.release has node's four keys.
const tries = { freeze: Object.freeze, seal: Object.seal, preventExtensions: Object.preventExtensions };
for (const [name, f] of Object.entries(tries)) {
  try {
    f(process.env);
    console.log(name, 'succeeded');
  } catch (e) {
    console.log(name, e.name, name === 'preventExtensions' ? e.message : '');
  }
}
console.log(Object.isFrozen(process.env), Object.isSealed(process.env), Object.isExtensible(process.env));
process.env.GC_AFTER = 'yes';
console.log(process.env.GC_AFTER, Object.keys(process.env).includes('GC_AFTER'));

for (const v of [undefined, null, {}, [1, 2], 1.5, true]) {
  process.env.GC_VALUE = v;
  console.log(JSON.stringify(process.env.GC_VALUE));
}

console.log(Object.keys(process.release).join());
console.log(process.release.name, process.release.lts);
console.log(process.release.sourceUrl === `https://nodejs.org/download/release/${process.version}/node-${process.version}.tar.gz`);
console.log(process.release.headersUrl.endsWith(`node-${process.version}-headers.tar.gz`));
