'use strict';
// Node's errors for bad input to the hash and HMAC API: codes, classes,
// messages.
const crypto = require('crypto');

function attempt(what, fn) {
  try {
    const out = fn();
    console.log(what, 'ok', Buffer.isBuffer(out) ? out.toString('hex') : out);
  } catch (err) {
    console.log(what, err.name, err.code, err.message);
    if (err.library) console.log('  ', err.library, '|', err.reason);
  }
}

attempt('unknown', () => crypto.createHash('nope'));
attempt('missing', () => crypto.createHash());
attempt('number', () => crypto.createHash(1));
attempt('null options', () => crypto.createHash('sha1', null).digest('hex'));
attempt('outputLength fixed', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('outputLength negative', () => crypto.createHash('sha256', { outputLength: -1 }));
attempt('outputLength string', () => crypto.createHash('shake128', { outputLength: '3' }));
attempt('outputLength float', () => crypto.createHash('shake128', { outputLength: 1.5 }));
attempt('update number', () => crypto.createHash('sha1').update(1));
attempt('update null', () => crypto.createHash('sha1').update(null));
attempt('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
attempt('update odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
attempt('update odd HEX', () => crypto.createHash('sha1').update('abc', 'HEX'));
attempt('digest twice', () => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
attempt('update after', () => { const h = crypto.createHash('sha1'); h.digest(); h.update('x'); });
attempt('copy after', () => { const h = crypto.createHash('sha1'); h.digest(); h.copy(); });
attempt('hmac unknown', () => crypto.createHmac('nope', 'k'));
attempt('hmac xof', () => crypto.createHmac('shake128', 'k'));
attempt('hmac name type', () => crypto.createHmac(1, 'k'));
attempt('hmac key type', () => crypto.createHmac('sha1', 1));
attempt('hmac key missing', () => crypto.createHmac('sha1'));
attempt('hmac key null', () => crypto.createHmac('sha1', null));
attempt('hmac encoding type', () => crypto.createHmac('sha1', 'k', { encoding: 1 }));
attempt('hmac digest twice', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest('hex'); });
attempt('hmac digest twice buffer', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest(); });
attempt('hmac update after', () => { const h = crypto.createHmac('sha1', 'k'); h.digest(); h.update('x'); });
attempt('hash no input', () => crypto.hash('sha1'));
attempt('hash unknown', () => crypto.hash('nope', 'x'));
attempt('hash encoding type', () => crypto.hash('sha1', 'x', 1));
attempt('hash encoding unknown', () => crypto.hash('sha1', 'x', 'nope'));
attempt('hash algorithm type', () => crypto.hash(1, 'x'));
attempt('timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('timingSafeEqual string', () => crypto.timingSafeEqual('a', Buffer.from('a')));
attempt('timingSafeEqual second', () => crypto.timingSafeEqual(Buffer.from('a'), 1));
attempt('timingSafeEqual views', () => crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
attempt('timingSafeEqual differ', () => crypto.timingSafeEqual(new ArrayBuffer(2), Buffer.from('ab')));

const err = (() => { try { crypto.createHash('sha1').update(1); } catch (e) { return e; } })();
console.log(err instanceof TypeError, Object.keys(err), err.stack.split('\n')[0]);
