// AbortController / AbortSignal: abort reasons, events, onabort,
// throwIfAborted, the static helpers and their errors.
'use strict';
const util = require('util');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const ac = new AbortController();
console.log(ac, ac.signal, [ac.signal.aborted, ac.signal.reason]);
ac.signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, e.target === ac.signal, e.constructor.name, e.cancelable);
ac.signal.addEventListener('abort', function listener(e) {
  console.log('listener', this === ac.signal, ac.signal.aborted);
});
ac.signal.addEventListener('abort', () => console.log('once'), { once: true });
console.log('onabort type', typeof ac.signal.onabort);
ac.abort();
console.log('after abort', ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.code, ac.signal.reason.message,
  ac.signal.reason instanceof DOMException, ac.signal);
ac.abort('again');
console.log('second abort ignored', ac.signal.reason.name);
try {
  ac.signal.throwIfAborted();
} catch (e) {
  console.log('thrown is reason', e === ac.signal.reason);
}
new AbortController().signal.throwIfAborted();
console.log('not aborted: no throw');

const ac2 = new AbortController();
ac2.abort('why');
t('string reason', () => ac2.signal.reason);
const ac3 = new AbortController();
ac3.abort(undefined);
t('undefined reason', () => ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
t('null reason', () => ac4.signal.reason);

t('AbortSignal.abort()', () => [AbortSignal.abort(), AbortSignal.abort().reason.message, AbortSignal.abort(42).reason]);
t('new AbortSignal', () => new AbortSignal());
for (const bad of [-1, '1', 1.5, 2 ** 32, NaN]) t(`timeout(${String(bad)})`, () => AbortSignal.timeout(bad));
t('any bad item', () => AbortSignal.any([1]));
t('any bad list', () => AbortSignal.any(1));
t('any bad signal', () => AbortSignal.any([new AbortController().signal, {}]));
t('aborted getter this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
t('abort this', () => AbortController.prototype.abort.call({}));

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
b.signal.addEventListener('abort', () => console.log('source listener: any aborted yet?', any.aborted));
any.addEventListener('abort', () => console.log('any aborted', any.reason));
b.abort('b-reason');
a.abort('a');
t('any pre-aborted', () => [AbortSignal.any([AbortSignal.abort('pre'), a.signal]).reason, AbortSignal.any([]).aborted]);

t('proto names', () => [Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortController.prototype),
  Object.getOwnPropertyNames(AbortSignal).sort()]);
t('tags', () => [Object.prototype.toString.call(ac.signal), Object.prototype.toString.call(ac), ac.signal instanceof EventTarget]);
t('inspect depth', () => [util.inspect(ac, { depth: 0 }), util.inspect(ac.signal, { depth: -1 }), util.inspect({ s: [ac.signal] }, { depth: 1 })]);

const s = new AbortController().signal;
s.onabort = 5;
t('onabort non-function', () => s.onabort);
s.onabort = null;
t('onabort null', () => s.onabort);

// onabort keeps its place among listeners when replaced.
const order = new AbortController();
order.signal.onabort = () => console.log('handler 1');
order.signal.addEventListener('abort', () => console.log('listener 2'));
order.signal.onabort = () => console.log('handler 1 replaced');
order.abort();

const timed = AbortSignal.timeout(10);
timed.addEventListener('abort', () => {
  console.log('timeout', timed.reason.name, timed.reason.message, timed.reason.code);
});
const keep = setTimeout(() => console.log('done'), 100);
AbortSignal.timeout(100000); // unref'd: does not hold the process open
void keep;
