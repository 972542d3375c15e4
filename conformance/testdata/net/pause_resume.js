'use strict';
// pause() stops 'data' (the socket stops reading once its buffer is full:
// the writer sees backpressure), resume() brings the data buffered
// meanwhile and the rest.
const net = require('net');

const total = 1024 * 1024;
const server = net.createServer((sock) => {
  const buf = Buffer.alloc(total, 'a');
  sock.end(buf);
  sock.on('close', () => server.close());
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  let got = 0;
  let paused = false;
  c.on('data', (d) => {
    if (paused) console.log('data while paused!');
    got += d.length;
    if (got >= 100000 && !c.pausedOnce) {
      c.pausedOnce = true;
      c.pause();
      paused = true;
      console.log('paused', c.isPaused(), 'readableFlowing', c.readableFlowing);
      setTimeout(() => {
        console.log('buffered while paused <= 64KiB + hwm', c.readableLength <= 64 * 1024 + c.readableHighWaterMark);
        paused = false;
        c.resume();
        console.log('resumed', c.isPaused(), 'readableFlowing', c.readableFlowing);
      }, 100);
    }
  });
  c.on('end', () => console.log('end, got all', got === total, 'bytesRead', c.bytesRead === total));
});
