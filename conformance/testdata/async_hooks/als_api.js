'use strict';
// AsyncLocalStorage's API: nested run, enterWith, exit, disable, snapshot,
// bind, several storages at once, exceptions.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();

console.log('before any run', a.getStore());
const r = a.run('outer', (x, y) => {
  console.log('run args', x, y, a.getStore());
  a.run('inner', () => {
    console.log('nested', a.getStore());
    b.run('b1', () => console.log('two storages', a.getStore(), b.getStore()));
  });
  console.log('back to outer', a.getStore(), b.getStore());
  a.exit((z) => {
    console.log('exit', a.getStore(), z);
    setTimeout(() => console.log('timer made in exit', a.getStore()), 5);
  }, 'z');
  console.log('after exit', a.getStore());
  return 'result';
}, 1, 2);
console.log('run returned', r, a.getStore());

try {
  a.run('throwing', () => { throw new Error('boom'); });
} catch (e) {
  console.log('caught', e.message, a.getStore());
}

const snap = a.run('snapped', () => AsyncLocalStorage.snapshot());
console.log('snapshot', snap(() => a.getStore()), snap((p, q) => `${p}${q}`, 'p', 'q'));
const bound = a.run('bound', () => AsyncLocalStorage.bind(function(v) { return [a.getStore(), v]; }));
console.log('bind', bound('v'));
console.log('bound is AsyncResource-bound', bound.asyncResource instanceof AsyncResource);

setTimeout(() => {
  a.enterWith('entered');
  console.log('enterWith', a.getStore());
  setTimeout(() => console.log('timer after enterWith', a.getStore()), 1);
  Promise.resolve().then(() => console.log('then after enterWith', a.getStore()));
}, 10);
setTimeout(() => {
  console.log('other timer does not see enterWith', a.getStore());
  a.run('before disable', () => {
    setTimeout(() => console.log('timer after disable', a.getStore()), 1);
    a.disable();
    console.log('disabled', a.getStore());
    a.run('re-enabled', () => console.log('run after disable', a.getStore()));
  });
}, 100);
