'use strict';
// cork/uncork: writes made while corked leave together (one _writev);
// writes made while one is in flight also batch; bytesWritten counts
// everything, written or buffered.
const net = require('net');

const server = net.createServer((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got));
    sock.end();
    server.close();
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    const writev = c._writev;
    c._writev = function(chunks, cb) {
      console.log('_writev', chunks.length, chunks.map((x) => (Buffer.isBuffer(x.chunk) ? 'buffer' : x.encoding)).join(','));
      return writev.call(this, chunks, cb);
    };
    c.cork();
    c.write('one ');
    c.write(Buffer.from('two '));
    c.write('7468726565', 'hex');
    console.log('corked: writableLength', c.writableLength, 'bytesWritten', c.bytesWritten, 'writableCorked', c.writableCorked);
    c.uncork();
    console.log('uncorked: bytesWritten', c.bytesWritten);
    c.cork();
    c.write(' four', 'latin1');
    c.write(' five', 'ucs2');
    process.nextTick(() => {
      c.uncork();
      c.end(' six', () => console.log('end callback, bytesWritten', c.bytesWritten));
    });
  });
});
