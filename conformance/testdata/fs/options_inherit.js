'use strict';
// Stream and appendFile options are read with their inherited keys too (as
// Node copies them with for...in); FileHandle methods called on another
// object fail with Node's internal assertion.
const fs = require('fs');
const { at } = require('./_tmp');

const file = at('range.txt');
fs.writeFileSync(file, 'xyzabc');
const rs = fs.createReadStream(file, { __proto__: { start: 1, end: 2, encoding: 'utf8' } });
let text = '';
rs.on('data', (d) => { text += d; });
rs.on('end', () => {
  console.log('read', rs.start, rs.end, JSON.stringify(text));
  const ws = fs.createWriteStream(at('out.txt'), { __proto__: { flags: 'a', start: undefined } });
  console.log('write flags', ws.flags);
  // The FileHandle checks follow the write stream's end: run beside it, the
  // order of their output was left to the thread pool's timing.
  ws.end('more', async () => {
    fs.appendFileSync(at('out.txt'), '!', { __proto__: { flag: 'a' } });
    console.log('out', fs.readFileSync(at('out.txt'), 'utf8'));
    const h = await fs.promises.open(file);
    for (const m of ['stat', 'read', 'truncate', 'sync']) {
      await h[m].call({}).catch((e) => console.log(m, e.name, e.code, JSON.stringify(e.message)));
    }
    await h.close();
  });
});
