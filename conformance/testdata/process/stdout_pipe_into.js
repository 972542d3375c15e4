'use strict';
// readable.pipe(process.stdout) writes without ending stdout;
// stream.pipeline(src, process.stdout, cb) ends it, which on a pipe shuts
// the handle down: a later write fails with EPIPE.
const { Readable, pipeline, Transform } = require('stream');
const fs = require('fs');
const log = (s) => fs.writeSync(2, `${s}\n`);
const out = process.stdout;

const src = Readable.from(['a\n', 'b\n']);
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } });
const ret = src.pipe(upper).pipe(out);
log(`pipe returns stdout: ${ret === out}`);
upper.on('end', () => {
  log(`after pipe: ended=${out.writableEnded} writable=${out.writable} listeners=${out.listenerCount('unpipe')}`);
  console.log('console.log after pipe');
  pipeline(Readable.from(['c\n', Buffer.from('d\n')]), out, (e) => {
    log(`pipeline cb: ${e ? e.code : e} ended=${out.writableEnded} finished=${out.writableFinished} ` +
      `writable=${out.writable} destroyed=${out.destroyed}`);
    setImmediate(() => {
      log(`later: ended=${out.writableEnded} writable=${out.writable}`);
      out.write('write after pipeline\n', (we) => log(`write cb ${we ? we.code : we}`));
    });
  });
});
