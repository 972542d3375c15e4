// Messages both ways: worker.send() and process.send() return values and
// callbacks, the cluster 'message' event (worker, message, handle) firing
// before the worker's own, values that survive JSON, a NODE_-prefixed cmd
// that never reaches 'message', and send() after the channel closed
// (ERR_IPC_CHANNEL_CLOSED to the callback, or as the worker's 'error').
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.on('message', function(w, m, h) {
    console.log('cluster message', this === cluster, w.id, JSON.stringify(m), h, arguments.length);
  });
  const w = cluster.fork();
  w.process.on('internalMessage', (m) => {
    if (m.cmd !== 'NODE_CLUSTER') console.log('internal', JSON.stringify(m));
  });
  w.on('message', function(m) {
    console.log('worker message', this === w, JSON.stringify(m), arguments.length);
    if (m === 'ready') {
      const values = ['text', 42, 1.5, true, null, [1, 'two'], { nested: { deep: [null] } },
        { cmd: 'user', n: -0 }, '', 'ünïcödé ✓', { undef: undefined, fn() {} }];
      for (const v of values) console.log('send', w.send(v));
      console.log('send with cb', w.send('last', (err) => console.log('send cb', err)));
    }
    if (m === 'done') w.disconnect();
  });
  w.on('exit', () => {
    console.log('after exit', w.isConnected());
    console.log('late send', w.send('late', (err) => {
      console.log('late cb', err.name, err.code, err.message);
      w.once('error', (e) => {
        console.log('error event', e.name, e.code, e.message);
      });
      console.log('late send no cb', w.send('later'));
    }));
  });
} else {
  let n = 0;
  process.on('message', (m) => {
    process.send({ got: m, type: typeof m });
    if (++n === 12) {
      console.error('process.send', process.send({ cmd: 'NODE_SWALLOWED' }),
        process.send('done', (err) => console.error('process.send cb', err)));
    }
  });
  console.error('ready returns', process.send('ready'));
}
