'use strict';
// throws / doesNotThrow / rejects / doesNotReject with every kind of
// expectation: class, RegExp, validation function, validation object.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name}${e.code ? ` [${e.code}]` : ''} op=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}

const boom = () => { throw new TypeError('boom'); };
class MyError extends Error {}

show('throws any', () => assert.throws(boom));
show('throws none', () => assert.throws(() => {}));
show('throws none msg', () => assert.throws(() => {}, 'should throw'));
show('throws none class', () => assert.throws(() => {}, TypeError));
show('throws none class msg', () => assert.throws(() => {}, TypeError, 'why'));
show('throws class ok', () => assert.throws(boom, TypeError));
show('throws class base ok', () => assert.throws(boom, Error));
show('throws class wrong', () => assert.throws(boom, RangeError));
show('throws class wrong msg', () => assert.throws(boom, RangeError, 'custom'));
show('throws same name other class', () => {
  const Other = class TypeError extends Error {};
  assert.throws(boom, Other);
});
show('throws non-error vs class', () => assert.throws(() => { throw { a: 1 }; }, RangeError));
show('throws string vs class', () => assert.throws(() => { throw 'str'; }, MyError));
show('throws regexp ok', () => assert.throws(boom, /boo/));
show('throws regexp wrong', () => assert.throws(boom, /bam/));
show('throws regexp on string', () => assert.throws(() => { throw 'plain'; }, /pla/));
show('throws fn true', () => assert.throws(boom, (e) => e instanceof TypeError));
show('throws fn false', () => assert.throws(boom, function check(e) { return e.message === 'x'; }));
show('throws fn anon', () => assert.throws(boom, (e) => 1));
show('throws fn non-error', () => assert.throws(() => { throw 5; }, (e) => false));
show('throws object ok', () => assert.throws(boom, { name: 'TypeError', message: 'boom' }));
show('throws object regexp', () => assert.throws(boom, { message: /bo+m/ }));
show('throws object wrong', () => assert.throws(boom, { name: 'TypeError', message: 'bam' }));
show('throws object extra key', () => assert.throws(boom, { code: 'X' }));
show('throws object regexp wrong', () => assert.throws(boom, { message: /zzz/, name: 'TypeError' }));
show('throws object msg', () => assert.throws(boom, { message: 'bam' }, 'custom text'));
show('throws error object', () => assert.throws(boom, new TypeError('boom')));
show('throws error object wrong', () => assert.throws(boom, new TypeError('bam')));
show('throws empty object', () => assert.throws(boom, {}));
show('throws primitive vs object', () => assert.throws(() => { throw 42; }, { a: 1 }));
show('throws null vs object', () => assert.throws(() => { throw null; }, { a: 1 }));
show('throws bad error arg', () => assert.throws(boom, 42));
show('throws bad fn', () => assert.throws('nope'));
show('throws ambiguous', () => assert.throws(boom, 'boom'));
show('throws ambiguous primitive', () => assert.throws(() => { throw 'same'; }, 'same'));
show('throws string + message', () => assert.throws(boom, 'a', 'b'));
show('throws error message arg', () => assert.throws(() => {}, TypeError, new Error('own error')));
show('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
show('doesNotThrow got', () => assert.doesNotThrow(boom));
show('doesNotThrow got msg', () => assert.doesNotThrow(boom, 'custom'));
show('doesNotThrow class match', () => assert.doesNotThrow(boom, TypeError));
show('doesNotThrow class other', () => {
  try { assert.doesNotThrow(boom, RangeError); } catch (e) { console.log('rethrown original:', e.message, e instanceof TypeError); }
});
show('doesNotThrow regexp', () => assert.doesNotThrow(boom, /boom/, 'with message'));
show('doesNotThrow fn', () => assert.doesNotThrow(boom, () => true));
show('doesNotThrow bad expected', () => assert.doesNotThrow(boom, 5));
show('doesNotThrow non-error', () => assert.doesNotThrow(() => { throw 'str'; }));

async function main() {
  const steps = [
    ['rejects ok', () => assert.rejects(Promise.reject(new TypeError('no')), TypeError)],
    ['rejects fn ok', () => assert.rejects(async () => { throw new Error('x'); }, /x/)],
    ['rejects none', () => assert.rejects(Promise.resolve(1))],
    ['rejects none class', () => assert.rejects(async () => 1, TypeError, 'msg')],
    ['rejects wrong', () => assert.rejects(Promise.reject(new Error('a')), { message: 'b' })],
    ['rejects bad return', () => assert.rejects(() => 5)],
    ['rejects bad arg', () => assert.rejects(5)],
    ['rejects throws sync', () => assert.rejects(() => { throw new Error('sync'); })],
    ['rejects thenable', () => assert.rejects({ then(r, j) { j(new Error('t')); }, catch() {} }, /t/)],
    ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1))],
    ['doesNotReject got', () => assert.doesNotReject(Promise.reject(new Error('r')))],
    ['doesNotReject got msg', () => assert.doesNotReject(async () => { throw new Error('r'); }, 'because')],
    ['doesNotReject other', () => assert.doesNotReject(Promise.reject(new Error('r')), TypeError)],
  ];
  for (const [label, fn] of steps) {
    try {
      const p = fn();
      console.log(`${label}: returns ${p instanceof Promise ? 'a promise' : typeof p}`);
      await p;
      console.log(`${label}: resolved`);
    } catch (e) {
      console.log(`${label}: ${e.name}${e.code ? ` [${e.code}]` : ''} op=${e.operator} generated=${e.generatedMessage}`);
      console.log(e.message);
    }
  }
}
main();
