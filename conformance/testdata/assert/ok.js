'use strict';
// assert(value) and assert.ok(value) without a message quote the source of
// the failing call, read from this file.
const assert = require('assert');
const { ok } = assert;

function show(fn) {
  try {
    fn();
    console.log('pass');
  } catch (e) {
    console.log(`${e.name} generated=${e.generatedMessage} actual=${String(e.actual)} expected=${e.expected} op=${e.operator}`);
    console.log(JSON.stringify(e.message));
  }
}

show(() => assert(true));
show(() => assert(0));
show(() => assert.ok(''));
show(() => assert.ok(null, undefined));
show(() => ok(false));
show(() => assert.strict(NaN));
show(() => assert.strict.ok(0 > 1));
show(() => assert.ok.call(null, 0));
show(() => assert.ok.apply(null, [0]));
show(() => Reflect.apply(assert, null, [0]));
show(() => assert(typeof 123 === 'string'));
show(() => assert('(' === ')'));
show(() => assert(/\)/.test('a')));
show(() => assert(1 / 2 / 3 > 1));
show(() => assert(`x${1 + 1}y` === 'z'));
show(() => assert('é' === 'e' && "ü"));
show(() => assert([1, 2].includes(3), undefined));
show(() => assert(/* comment ) */ (1, 0)));
show(() => {
  assert(
    typeof 123 === 'string',
    undefined
  );
});
show(() => {
	assert.ok(
		false
	);
});
show(() => {
  const x = { y: { z: () => assert } };
  x.y.z()(0);
});
show(() => [0].forEach((v) => assert(v)));
show(() => [0].forEach(assert.ok));
show(() => assert());
show(() => assert.ok());
show(() => assert(false, 'explicit'));
show(() => assert(false, 0));
show(() => assert(0, new RangeError('thrown as is')));
show(() => eval('assert(0)'));
show(() => new Function('assert', 'assert(0)')(assert));
show(() => require('assert')(0));
function helper(v) { assert(v); }
show(() => helper(''));
show(() => assert(1) || assert(0));
