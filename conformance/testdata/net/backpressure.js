'use strict';
// write() returns false once the socket buffers a highWaterMark's worth,
// 'drain' follows when it is written out; bufferSize and writableLength
// follow the buffered bytes. The reader pauses, then resumes.
const net = require('net');
const { record } = require('./_trace');

const chunk = Buffer.alloc(64 * 1024, 'x');
const total = 64 * 1024 * 64;
const server = net.createServer((sock) => {
  let received = 0;
  sock.pause();
  record('server', 'paused', sock.isPaused());
  setTimeout(() => {
    record('server', 'resume');
    sock.resume();
  }, 50);
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', () => {
    record('server', 'received all', received === total);
    sock.end();
  });
  sock.on('close', () => server.close());
});
server.listen(0, () => {
  const client = net.connect(server.address().port, () => {
    let written = 0;
    let drains = 0;
    let falses = 0;
    const write = () => {
      while (written < total) {
        written += chunk.length;
        const ok = client.write(chunk);
        if (!ok) {
          falses++;
          if (falses === 1) {
            record('client', 'first false: bufferSize >= hwm', client.bufferSize >= client.writableHighWaterMark,
              'writableLength', client.writableLength === client.bufferSize, 'needDrain', client.writableNeedDrain);
          }
          client.once('drain', () => { drains++; write(); });
          return;
        }
      }
      record('client', 'all written; saw false', falses > 0, 'drains match', drains === falses);
      client.end();
    };
    write();
  });
  client.on('finish', () => record('client', 'finish bytesWritten', client.bytesWritten === total));
  client.resume();
  client.on('close', () => record('client', 'close'));
});
