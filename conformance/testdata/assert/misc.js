'use strict';
// AssertionError itself, assert.strict, fail, ifError, match, CallTracker.
const assert = require('assert');
const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(`${label}: pass${r === undefined ? '' : ` -> ${util.inspect(r)}`}`);
  } catch (e) {
    console.log(`${label}: ${e.name}${e.code ? ` [${e.code}]` : ''} op=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
  }
}

// Shape of the module.
console.log(Object.keys(assert));
console.log(assert.name, assert.length, assert.ok.name, assert.strict.name, typeof assert.CallTracker);
console.log(assert.strict.strict === assert.strict, require('assert/strict') === assert.strict,
  require('node:assert/strict') === assert.strict, require('node:assert') === assert);
console.log(assert.strict.equal === assert.strictEqual, assert.strict.deepEqual === assert.deepStrictEqual,
  assert.strict.notEqual === assert.notStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual,
  assert.strict.ok === assert.ok, assert.strict.AssertionError === assert.AssertionError);
show('strict equal', () => assert.strict.equal(1, '1'));
show('strict deepEqual', () => assert.strict.deepEqual([1], ['1']));

// AssertionError.
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e), e.name, e.code, e.generatedMessage, e instanceof Error);
console.log(String(e));
console.log(Object.prototype.toString.call(e), Object.getOwnPropertyNames(assert.AssertionError.prototype));
const custom = new assert.AssertionError({ message: 'custom', actual: 'a'.repeat(600), expected: 'x\n'.repeat(20) });
console.log(custom.generatedMessage, custom.operator, custom.actual.length);
custom.stack = 'AssertionError [ERR_ASSERTION]: custom';
console.log(util.inspect(custom));
show('new no options', () => new assert.AssertionError());
show('new number', () => new assert.AssertionError(5));
show('loose op', () => { throw new assert.AssertionError({ actual: 1, expected: 2, operator: '>' }); });
show('no op', () => { throw new assert.AssertionError({ actual: 'a', expected: 'b' }); });
show('errors compared', () => { throw new assert.AssertionError({ actual: new Error('x'), expected: new Error('y'), operator: 'deepStrictEqual' }); });

// fail.
show('fail', () => assert.fail());
show('fail msg', () => assert.fail('boom'));
show('fail error', () => assert.fail(new TypeError('typed')));
show('fail undefined', () => assert.fail(undefined));
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
show('fail 2 args', () => assert.fail(1, 2));
show('fail 3 args', () => assert.fail(1, 2, undefined));
show('fail 4 args', () => assert.fail(1, 2, 'msg', '>'));
show('fail 4 args no msg', () => assert.fail('a', 'b', undefined, '>>'));

// ifError.
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError error', () => assert.ifError(new Error('bad')));
show('ifError empty message', () => assert.ifError(new TypeError('')));
show('ifError string', () => assert.ifError('str'));
show('ifError 0', () => assert.ifError(0));
show('ifError false', () => assert.ifError(false));
show('ifError object', () => assert.ifError({ message: 'obj' }));
try {
  assert.ifError(new Error('with stack'));
} catch (err) {
  console.log(err.actual.message, err.expected, /at /.test(err.stack));
}

// match / doesNotMatch.
show('match ok', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match msg', () => assert.match('abc', /x/, 'nope'));
show('match error msg', () => assert.match('abc', /x/, new RangeError('mine')));
show('match not string', () => assert.match(123, /1/));
show('match bad regexp', () => assert.match('abc', 'b'));
show('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch not string', () => assert.doesNotMatch({}, /b/));
show('match long', () => assert.match('x'.repeat(200), /y/));

// CallTracker.
const tracker = new assert.CallTracker();
function twice(a) { return a * 2; }
const tracked = tracker.calls(twice, 2);
console.log(tracked(3), tracked.name, tracked.length);
console.log(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator, r.stack instanceof Error]));
show('verify', () => tracker.verify());
tracked(4);
show('verify ok', () => tracker.verify());
console.log(tracker.getCalls(tracked));
tracker.reset(tracked);
console.log(tracker.getCalls(tracked));
const none = tracker.calls();
console.log(JSON.stringify(none.name), none());
show('two missing', () => {
  const t2 = new assert.CallTracker();
  t2.calls(function named() {}, 1);
  t2.calls(3);
  t2.verify();
});
show('calls 0', () => tracker.calls(twice, 0));
show('not tracked', () => tracker.getCalls(twice));
console.log(util.inspect(tracker), assert.CallTracker.name);
