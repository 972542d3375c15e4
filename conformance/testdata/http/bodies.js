'use strict';
// Bodies that do not fit in one read: a 2 MiB upload read with for await,
// a 2 MiB answer written with backpressure ('drain'), setEncoding on the
// request, pipe() from request to response, and async iteration of the
// client's response.
const http = require('http');
const { Writable } = require('stream');

const big = Buffer.alloc(2 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
const sum = (b) => b.reduce((a, x) => (a + x) % 65521, 0);

const server = http.createServer(async (req, res) => {
  if (req.url === '/upload') {
    let n = 0;
    let s = 0;
    let chunks = 0;
    for await (const chunk of req) {
      n += chunk.length;
      s = (s + sum(chunk)) % 65521;
      chunks++;
    }
    console.log('upload', n, s === sum(big), chunks > 1, req.complete);
    res.end(`got ${n}`);
  } else if (req.url === '/download') {
    let off = 0;
    let waits = 0;
    const step = 64 * 1024;
    const more = () => {
      while (off < big.length) {
        const ok = res.write(big.subarray(off, off + step));
        off += step;
        if (!ok) {
          waits++;
          res.once('drain', more);
          return;
        }
      }
      console.log('download written, waited for drain', waits > 0);
      res.end();
    };
    more();
  } else if (req.url === '/echo') {
    req.setEncoding('latin1');
    res.setHeader('Content-Type', 'application/octet-stream');
    req.pipe(res);
  }
});

function request(method, path, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path }, resolve);
    if (body) {
      for (let off = 0; off < body.length; off += 100000) req.write(body.subarray(off, off + 100000));
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  let res = await request('POST', '/upload', big);
  let text = '';
  for await (const c of res) text += c;
  console.log(res.statusCode, text);

  res = await request('GET', '/download');
  let n = 0;
  let s = 0;
  await new Promise((resolve) => res.pipe(new Writable({
    write(chunk, enc, cb) {
      n += chunk.length;
      s = (s + sum(chunk)) % 65521;
      setImmediate(cb);
    },
    final(cb) { resolve(); cb(); },
  })));
  console.log('downloaded', n, s === sum(big), res.headers['transfer-encoding']);

  res = await request('PUT', '/echo', Buffer.from('héllo, body'));
  const parts = [];
  for await (const c of res) parts.push(c);
  console.log('echo', JSON.stringify(Buffer.concat(parts).toString('latin1')), res.headers['content-type']);
  server.close(() => console.log('closed'));
});
