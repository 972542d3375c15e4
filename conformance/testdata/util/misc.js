// util helpers: promisify, callbackify, deprecate, inherits, types, equality.
const util = require('util');
const { EventEmitter } = require('events');

function legacy(a, cb) { setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a * 2))); }
const p = util.promisify(legacy);
p(21).then((v) => console.log('promisify ok', v));
p(-1).catch((e) => console.log('promisify err', e.message));

const cbified = util.callbackify(async (x) => { if (x) throw null; return 'value'; });
cbified(0, (err, v) => console.log('callbackify ok', err, v));
cbified(1, (err) => console.log('callbackify falsy', err.code, err.message, err.reason));

const old = util.deprecate(function old() { return 'result'; }, 'old() is deprecated', 'DEP_TEST');
console.log(old(), old());

function Animal() { EventEmitter.call(this); }
util.inherits(Animal, EventEmitter);
console.log(Animal.super_ === EventEmitter, new Animal() instanceof EventEmitter);

console.log(util.types.isPromise(p(1)), util.types.isRegExp(/x/), util.types.isDate(new Date()));
console.log(util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}));
console.log(util.types.isProxy(new Proxy({}, {})), util.types.isBoxedPrimitive(new String('')));
console.log(util.types.isUint8Array(new Uint8Array()), util.types.isMapIterator(new Map().keys()));

console.log(util.isDeepStrictEqual({ a: [1, { b: new Set([1]) }] }, { a: [1, { b: new Set([1]) }] }));
console.log(util.isDeepStrictEqual([1, 2], [1, '2']), util.isDeepStrictEqual(new Map([[1, {}]]), new Map([[1, {}]])));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13));
console.log(util.stripVTControlCharacters('\u001b[1mbold\u001b[22m'));
console.log(util.toUSVString('a\ud800b'));
console.log(util.styleText('red', 'not colored on a pipe'));
console.log(util.parseArgs({ args: ['-v', '--name', 'x', 'pos'], options: { v: { type: 'boolean' }, name: { type: 'string' } }, allowPositionals: true }));
console.log(String(new util.MIMEType('text/plain;charset=UTF-8')));
console.log(util.inspect(util.parseEnv('A=1\nB="two"')));
const debug = util.debuglog('gocluster-test');
debug('not printed without NODE_DEBUG');
console.log(debug.enabled);
