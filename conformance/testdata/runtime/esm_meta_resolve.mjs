// import.meta.resolve: relative specifiers become URLs without a look at the
// disk, core modules node: names, packages are looked up (and can fail).
const here = new URL('.', import.meta.url).href;
console.log(import.meta.resolve('./nope.js').replace(here, './'));
console.log(import.meta.resolve('./fixtures/tla/sync.mjs').replace(here, './'));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'), import.meta.resolve('node:timers/promises'));
try {
  console.log(import.meta.resolve('no-such-package-here'));
} catch (err) {
  console.log(err.code, err.message.replace(process.cwd(), '.'));
}
