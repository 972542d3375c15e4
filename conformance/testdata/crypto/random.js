'use strict';
// Random bytes, fills, integers and UUIDs: shapes, ranges and the errors
// for bad arguments (the values themselves vary, so only facts about them
// are printed); the Web Crypto object as globalThis.crypto.
const crypto = require('crypto');

function attempt(what, fn) {
  try {
    console.log(what, 'ok', fn());
  } catch (err) {
    console.log(what, err.name, err.code, err.message);
  }
}

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, b.buffer.byteLength, crypto.randomBytes(0).length);
attempt('size -1', () => crypto.randomBytes(-1));
attempt('size string', () => crypto.randomBytes('1'));
attempt('size NaN', () => crypto.randomBytes(NaN));
attempt('size huge', () => crypto.randomBytes(2 ** 31));
attempt('callback', () => crypto.randomBytes(3, 'x'));

const u16 = new Uint16Array(4);
console.log(crypto.randomFillSync(u16, 1, 2) === u16, u16[0], u16[3]);
const zeros = Buffer.alloc(8);
crypto.randomFillSync(zeros, 2, 3);
console.log(zeros[0], zeros[1], zeros[5], zeros[6], zeros[7]);
console.log(crypto.randomFillSync(new ArrayBuffer(4)).byteLength, crypto.randomFillSync(new DataView(new ArrayBuffer(4))).byteLength);
attempt('fill offset', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('fill size', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
attempt('fill buf', () => crypto.randomFillSync('x'));
attempt('fill offset type', () => crypto.randomFillSync(new Uint8Array(4), '1'));
attempt('fill element size', () => crypto.randomFillSync(new Uint32Array(4), 3, 2));
attempt('fill callback', () => crypto.randomFill(new Uint8Array(4), 0, 2, 'x'));

for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(3, 7);
  if (n < 3 || n >= 7 || !Number.isInteger(n)) console.log('randomInt out of range', n);
  const m = crypto.randomInt(2);
  if (m !== 0 && m !== 1) console.log('randomInt(2) out of range', m);
}
console.log(crypto.randomInt(-5, -4), crypto.randomInt(0, 1));
attempt('int order', () => crypto.randomInt(10, 5));
attempt('int float', () => crypto.randomInt(1.5));
attempt('int range', () => crypto.randomInt(2 ** 48));
attempt('int range min', () => crypto.randomInt(-1, 2 ** 48));
attempt('int min', () => crypto.randomInt('1', 3));
attempt('int callback', () => crypto.randomInt(1, 3, 'x'));

const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
console.log(typeof crypto.randomUUID({ disableEntropyCache: true }));
attempt('uuid options', () => crypto.randomUUID(1));
attempt('uuid cache', () => crypto.randomUUID({ disableEntropyCache: 1 }));

// Web Crypto.
console.log(crypto.webcrypto === globalThis.crypto, String(globalThis.crypto), typeof Crypto, typeof SubtleCrypto);
console.log(Object.keys(globalThis.crypto), Object.getOwnPropertyNames(Object.getPrototypeOf(globalThis.crypto)));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'crypto').configurable, crypto.subtle === globalThis.crypto.subtle);
const arr = new Int32Array(3);
console.log(globalThis.crypto.getRandomValues(arr) === arr, crypto.getRandomValues(new BigUint64Array(2)).length);
console.log(/^[0-9a-f-]{36}$/.test(globalThis.crypto.randomUUID()));
attempt('grv float', () => crypto.getRandomValues(new Float32Array(2)));
attempt('grv DataView', () => globalThis.crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
attempt('grv quota', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));
attempt('grv this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(2)));
attempt('grv none', () => globalThis.crypto.getRandomValues());
attempt('uuid this', () => globalThis.crypto.randomUUID.call({}));
attempt('new Crypto', () => new Crypto());
const e = (() => { try { crypto.getRandomValues(new Float64Array(1)); } catch (x) { return x; } })();
console.log(e instanceof DOMException, e.name, e.code);

// Callbacks come later, from the loop.
const steps = [];
crypto.randomBytes(8, (err, buf) => {
  steps.push(`randomBytes ${err} ${buf.length}`);
  const target = Buffer.alloc(6);
  crypto.randomFill(target, 2, (err2, same) => {
    steps.push(`randomFill ${err2} ${same === target} ${target[0]} ${target[1]}`);
    crypto.randomInt(10, (err3, n) => {
      steps.push(`randomInt ${err3} ${n >= 0 && n < 10}`);
      globalThis.crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((d) => {
        steps.push(`digest ${d instanceof ArrayBuffer} ${Buffer.from(d).toString('hex')}`);
        return crypto.subtle.digest({ name: 'sha-1' }, new Uint8Array(0));
      }).then((d) => {
        steps.push(`digest ${Buffer.from(d).toString('hex')}`);
        return crypto.subtle.digest('MD5', Buffer.from('x'));
      }).catch((err4) => {
        steps.push(`digest ${err4.name} ${err4.message}`);
        console.log(steps.join('\n'));
      });
    });
  });
});
steps.push('sync');
