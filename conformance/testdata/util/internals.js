'use strict';
// util.inspect keeps working when a program replaces Object.keys (node's
// uses primordials), and, with --expose-internals, internal/util and
// internal/test/binding offer node's sleep, emitExperimentalWarning,
// customPromisifyArgs and internalBinding('util').
const util = require('util');

if (process.argv[2] === 'internals') {
  const { sleep, emitExperimentalWarning, customPromisifyArgs, isError } = require('internal/util');
  process.on('warning', (w) => console.log('warning:', w.name, w.message));
  for (const v of [undefined, '1', -1, 1.5, 2 ** 32]) {
    try { sleep(v); } catch (e) { console.log(e.code, e.message); }
  }
  const t = Date.now();
  sleep(20);
  console.log('slept', Date.now() - t >= 20);
  emitExperimentalWarning('feature1');
  emitExperimentalWarning('feature1');
  emitExperimentalWarning('feature2');
  function cb(callback) { callback(null, 1, 2); }
  cb[customPromisifyArgs] = ['first', 'second'];
  util.promisify(cb)().then((v) => console.log('promisified', v));
  console.log(isError(new TypeError('x')), isError({}));
  const { internalBinding } = require('internal/test/binding');
  const u = internalBinding('util');
  const target = {};
  const handler = {};
  const proxy = new Proxy(target, handler);
  const full = u.getProxyDetails(proxy);
  console.log(full[0] === target, full[1] === handler, u.getProxyDetails(proxy, false) === target,
    u.getProxyDetails({}), u.getPromiseDetails(Promise.resolve(3)), u.constants.kFulfilled);
  console.log(u.previewEntries(new Map([[1, 2]]).entries(), true), u.getOwnNonIndexProperties([1, 2], u.constants.ONLY_ENUMERABLE));
  try { internalBinding('no_such'); } catch (e) { console.log(e.message); }
  return;
}

const keys = Object.keys;
Object.keys = () => { throw new Error('replaced'); };
const shown = [util.inspect({ a: 1, b: [1, , 3] }), util.format('%o', { x: 1 }), util.inspect(new Map([[1, { y: 2 }]]))];
Object.keys = keys;
console.log(...shown);

const { spawnSync } = require('child_process');
const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'internals'], { encoding: 'utf8' });
process.stdout.write(r.stdout);
console.log(JSON.stringify(r.stderr.replace(/\(node:\d+\)/g, '(node:PID)')), r.status);
