'use strict';
// Arguments of unusual types and lengths: the encoding name shown in
// ERR_UNKNOWN_ENCODING, copyBytesFrom's ranges, transcode given a symbol,
// and UCS-2 searches of an odd-length buffer (node counts whole units).
const { transcode } = require('buffer');

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

for (const enc of [{}, [], [1, 2], 1n, -0, new ArrayBuffer(2), Symbol('s')]) {
  show('toString', () => Buffer.from('ab').toString(enc));
  show('write', () => Buffer.alloc(2).write('x', 0, 1, enc));
}
show('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint16Array([1, 2]), -1));
show('copyBytesFrom length', () => Buffer.copyBytesFrom(new Uint16Array([1, 2]), 0, -1));
show('copyBytesFrom', () => Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1, 1));
show('transcode symbol', () => transcode(Buffer.from('a'), Symbol('x'), 'ascii'));
show('transcode object', () => transcode(Buffer.from('a'), { toString: () => 'utf8' }, 'latin1'));

const rows = [];
for (const len of [1, 3, 5]) {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i += 2) b[i] = 0x61;
  for (const off of [undefined, -3, -1, 1, 3, 100]) {
    for (const dir of ['indexOf', 'lastIndexOf']) {
      rows.push([len, off, dir, b[dir]('', off, 'ucs2'), b[dir]('a', off, 'ucs2'), b[dir]('aa', off, 'ucs2')].join(' '));
    }
  }
}
console.log(rows.join('\n'));
