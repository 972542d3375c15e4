'use strict';
// destroy(err): 'error' then 'close' with hadError true; destroy(): 'close'
// false; the peer of a reset socket sees ECONNRESET; a write after
// destroy fails with ERR_STREAM_DESTROYED.
const net = require('net');
const { traceTo, record } = require('./_trace');

const steps = [];
const server = net.createServer((sock) => {
  const step = steps.shift();
  step(sock);
});

server.listen(0, () => {
  const port = server.address().port;
  const go = [
    (next) => {
      steps.push((sock) => sock.on('close', next));
      const c = net.connect(port, () => c.destroy(new Error('boom')));
      traceTo('destroy(err)', 'client', c, ['error', 'close', 'end', 'finish']);
      c.on('close', () => record('destroy(err)', `destroyed ${c.destroyed} readyState ${c.readyState} errored ${c.errored && c.errored.message}`));
    },
    (next) => {
      steps.push((sock) => {
        sock.resume();
        sock.on('close', next);
      });
      const c = net.connect(port, () => {
        c.destroy();
        c.write('late', (err) => record('destroy()', `write cb ${err && err.code}`));
      });
      traceTo('destroy()', 'client', c, ['error', 'close', 'end', 'finish']);
    },
    (next) => {
      steps.push((sock) => {
        traceTo('reset', 'server sock', sock, ['error', 'close', 'end']);
        sock.on('close', next);
        sock.write('hello', () => {});
      });
      const c = net.connect(port);
      traceTo('reset', 'client', c, ['error', 'close', 'end']);
      c.once('data', () => {
        record('reset', 'client resetAndDestroy');
        c.resetAndDestroy();
        record('reset', `after reset: destroyed ${c.destroyed}`);
      });
    },
    (next) => {
      steps.push((sock) => {
        traceTo('destroySoon', 'server sock', sock, ['end', 'close']);
        sock.resume();
        sock.on('close', next);
      });
      const c = net.connect(port, () => {
        c.write('data');
        c.destroySoon();
        record('destroySoon', `writable ${c.writable} destroyed ${c.destroyed}`);
      });
      traceTo('destroySoon', 'client', c, ['finish', 'close', 'error']);
    },
  ];
  const run = (i) => {
    if (i < go.length) go[i](() => setImmediate(run, i + 1));
    else server.close();
  };
  run(0);
});
