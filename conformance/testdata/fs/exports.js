'use strict';
// The shape of require('fs') and require('fs/promises'): names, order,
// function names and lengths, constants, property attributes.
const fs = require('fs');
const fsp = require('fs/promises');

console.log(Object.keys(fs));
console.log(Object.keys(fsp));
console.log(fs.constants);
console.log(Object.getPrototypeOf(fs.constants), Object.isFrozen(fs.constants));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fsp.constants === fs.constants);
for (const key of ['F_OK', 'constants', 'promises', 'ReadStream', 'Dir', 'readFile']) {
  const d = Object.getOwnPropertyDescriptor(fs, key);
  console.log(key, d.enumerable, d.configurable, 'value' in d ? d.writable : `get ${d.get.name}`);
}
const fns = (obj) => Object.keys(obj).filter((k) => typeof obj[k] === 'function')
  .map((k) => `${k}:${obj[k].name}:${obj[k].length}`);
console.log(fns(fs).join(' '));
console.log(fns(fsp).join(' '));
console.log(fs.realpathSync.native.name, fs.realpath.native.length, typeof fs.lchmod, typeof fs.lchmodSync);
console.log(fs.ReadStream === fs.FileReadStream, fs.WriteStream === fs.FileWriteStream, fs.ReadStream.name);
console.log(require('node:fs') === fs, fs.promises === fsp, typeof fs.Dir, typeof fs._toUnixTimestamp);
console.log(require('util').promisify(fs.exists) !== fs.exists, fs._toUnixTimestamp(new Date(1500)), fs._toUnixTimestamp('12'));
