'use strict';
// blob.stream() gives one chunk per non-empty part (nested blobs and slices
// included), as node's part-wise reader does.
(async () => {
  const { Blob } = require('buffer');
  const show = async (label, b) => { const sizes = []; for await (const c of b.stream()) sizes.push(c.length); console.log(label, sizes.join(',')); };
  const b = new Blob(['abc', '', 'de', new Blob(['f', 'gh']), 'ijkl']);
  await show('parts', b);
  await show('slice 1,7', b.slice(1, 7));
  await show('slice 2,3', b.slice(2, 3));
  await show('slice 4', b.slice(4));
  await show('empty', new Blob([]));
  await show('empty parts', new Blob(['', '']));
  await show('big', new Blob([Buffer.alloc(200000), 'x']));
  await show('nested slice', new Blob([b.slice(1, 4), b.slice(5)]));
  const r = new Blob(['ab', 'cd']).stream().getReader({ mode: 'byob' });
  const x = await r.read(new Uint8Array(1)); console.log('byob', x.value.length, x.done);
})();
