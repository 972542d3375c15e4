'use strict';
// Stats, BigIntStats, Dirent and StatFs: shapes, util.inspect output,
// type checks, and the values a file with set times reports.
const fs = require('fs');
const util = require('util');
const { at, show } = require('./_tmp');

const s = new fs.Stats(1, 33188, 3, 4, 5, 6, 4096, 8, 9, 10, 1500.25, 2000000000000.5, 13, 14);
console.log(s);
console.log(util.inspect(s, { compact: true, breakLength: Infinity }));
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice());
console.log(Object.keys(s));
console.log(fs.Stats.name, fs.Stats.length, Object.getPrototypeOf(fs.Stats.prototype).constructor.name);
console.log(Object.getOwnPropertyNames(fs.Stats.prototype), Object.getOwnPropertyNames(Object.getPrototypeOf(fs.Stats.prototype)));
console.log(JSON.stringify(s));
const keys = [];
for (const k in s) keys.push(k);
console.log(keys);

fs.writeFileSync(at('f'), '12345');
fs.utimesSync(at('f'), new Date('2001-02-03T04:05:06.789Z'), 1000000000.123456);
const st = fs.statSync(at('f'));
console.log(st.constructor.name, st instanceof fs.Stats, st.size, st.blocks >= 0, st.nlink);
console.log(st.atimeMs, st.mtimeMs, st.atime, st.mtime);
console.log(st.isFile(), st.isDirectory(), typeof st.dev, typeof st.ino, st.birthtime instanceof Date);
const big = fs.statSync(at('f'), { bigint: true });
console.log(big.constructor.name, big instanceof fs.Stats, Object.keys(big).length);
console.log(big.size, big.atimeNs, big.atimeMs, big.mtimeNs, big.mtimeMs, big.atime, big.mtime);
console.log(big.isFile(), big.isDirectory(), big.mode & 0o170000n);
const fakeBig = util.inspect(big, { compact: true, breakLength: Infinity })
  .replace(/(dev|ino|uid|gid|nlink|blksize|blocks|rdev): \d+n/g, '$1: N')
  .replace(/(ctime|birthtime)(Ms|Ns)?: [^,}]+/g, '$1$2: T');
console.log(fakeBig);
console.log(fs.statSync(at('.')).isDirectory(), fs.lstatSync(at('.')).isDirectory());
fs.symlinkSync('f', at('l'));
console.log(fs.lstatSync(at('l')).isSymbolicLink(), fs.statSync(at('l')).isSymbolicLink());
console.log(fs.statSync('/dev/null').isCharacterDevice(), fs.fstatSync(0).constructor.name);

// Dirent.
fs.mkdirSync(at('dir'));
const ents = fs.readdirSync(at('.'), { withFileTypes: true });
console.log(ents.map(show));
const d = ents[0];
console.log(Object.keys(d), Object.getOwnPropertySymbols(d).map(String));
console.log(fs.Dirent.name, fs.Dirent.length, Object.getOwnPropertyNames(fs.Dirent.prototype));
console.log(d instanceof fs.Dirent, d.isDirectory(), d.isFile(), d.isSymbolicLink());
console.log(show(util.inspect(ents, { compact: true, breakLength: Infinity })));
const bufEnts = fs.readdirSync(at('.'), { withFileTypes: true, encoding: 'buffer' });
console.log(bufEnts.map((e) => [e.name, e.isFile()]));

// StatFs.
const sf = fs.statfsSync(at('.'));
console.log(sf.constructor.name, Object.keys(sf), Object.values(sf).every((v) => typeof v === 'number'));
const sfb = fs.statfsSync(at('.'), { bigint: true });
console.log(Object.values(sfb).every((v) => typeof v === 'bigint'));
