'use strict';
// Hash and Hmac are Transform streams once used as one: write/end/read,
// pipe, 'readable' and 'data', and a string digest with setEncoding.
const crypto = require('crypto');
const { Readable, pipeline } = require('stream');

const h = crypto.createHash('sha256');
h.write('hello ');
h.write(Buffer.from('world'));
h.end();
console.log('read', h.read().toString('hex'));

const m = crypto.createHmac('sha1', 'key');
m.setEncoding('base64');
m.on('data', (d) => console.log('data', d));
m.on('end', () => {
  console.log('end');
  const s = crypto.createHash('md5');
  pipeline(Readable.from(['a', 'b', 'c']), s, (err) => {
    console.log('pipeline', err, s.read().toString('hex'));
    const w = crypto.createHash('sha1');
    w.end('x', () => console.log('finish', w.digest !== undefined, w.read().toString('hex')));
  });
});
m.end('payload');
