'use strict';
// fs.Dir from opendir/opendirSync: reading, iterating, closing, misuse.
const fs = require('fs');
const fsp = require('fs/promises');
const { at, show } = require('./_tmp');

for (const name of ['c', 'a', 'b']) fs.writeFileSync(at(name), name);
fs.mkdirSync(at('sub'));

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const dir = fs.opendirSync(at('.'));
console.log(dir.constructor.name, show(dir.path), show(dir));
const seen = [];
let ent;
while ((ent = dir.readSync()) !== null) seen.push(`${ent.name}:${ent.isDirectory()}:${show(ent.parentPath)}`);
console.log(seen.sort());
console.log(dir.readSync());
dir.closeSync();
attempt('readSync closed', () => dir.readSync());
attempt('closeSync closed', () => dir.closeSync());
attempt('read closed', () => dir.read(() => {}));
dir.close().catch((err) => console.log('close closed', err.code));

const steps = [
  (next) => fs.opendir(at('.'), { bufferSize: 2 }, (err, d) => {
    console.log('opendir', err, d instanceof fs.Dir);
    const names = [];
    const more = () => d.read((err, e) => {
      if (err) throw err;
      if (e === null) {
        console.log('read all', names.sort());
        d.close((err) => { console.log('close', err); next(); });
        return;
      }
      names.push(e.name);
      more();
    });
    more();
  }),
  (next) => {
    const d = fs.opendirSync(at('.'));
    // Reads queue behind each other; sync work meanwhile is refused.
    d.read().then((e) => console.log('first', typeof e.name));
    d.read().then((e) => console.log('second', typeof e.name));
    attempt('readSync busy', () => d.readSync());
    d.close().then(() => { console.log('closed after reads'); next(); });
  },
  async (next) => {
    const names = [];
    for await (const e of await fsp.opendir(at('.'))) names.push(e.name);
    console.log('for await', names.sort());
    const d = await fsp.opendir(at('.'));
    for await (const e of d) {
      console.log('break after', typeof e.name);
      break;
    }
    attempt('closed by break', () => d.readSync());
    next();
  },
  (next) => fs.opendir(at('missing'), (err) => { console.log('missing', show(err)); next(); }),
  (next) => {
    attempt('opendirSync missing', () => fs.opendirSync(at('missing')));
    attempt('opendirSync file', () => fs.opendirSync(at('a')));
    attempt('opendir no callback', () => fs.opendir(at('.')));
    attempt('bufferSize', () => fs.opendirSync(at('.'), { bufferSize: 1.5 }));
    attempt('encoding', () => fs.opendirSync(at('.'), { encoding: 'bogus' }));
    const d = fs.opendirSync(at('.'), 'buffer');
    const e = d.readSync();
    console.log('buffer names', Buffer.isBuffer(e.name));
    d.closeSync();
    next();
  },
];
let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else console.log('done');
}
next();
