'use strict';
// The client when things go wrong: nothing listening, the server hanging
// up before answering, a malformed response, a request timing out,
// destroy() and abort() before and after the response began.
const http = require('http');
const net = require('net');

function errorInfo(e) {
  return `${e.code} ${e.message.replace(/:\d+$/, ':<PORT>')}${e.bytesParsed !== undefined ? ` bytesParsed=${e.bytesParsed}` : ''}`;
}

function run(title, makeReq) {
  return new Promise((resolve) => {
    console.log(`--- ${title}`);
    const req = makeReq();
    for (const ev of ['socket', 'response', 'timeout', 'abort', 'finish']) req.on(ev, () => console.log(`req ${ev}`));
    req.on('error', (e) => console.log('req error', errorInfo(e)));
    req.on('close', () => { console.log('req close'); setImmediate(resolve); });
  });
}

// A raw server whose behaviour each case picks.
let behave;
const raw = net.createServer((sock) => behave(sock));

raw.listen(0, '127.0.0.1', async () => {
  const port = raw.address().port;
  const opts = (extra) => ({ port, host: '127.0.0.1', agent: false, ...extra });

  const closed = net.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const deadPort = closed.address().port;
  await new Promise((r) => closed.close(r));
  await run('refused', () => http.get({ port: deadPort, host: '127.0.0.1' }));

  behave = (sock) => sock.once('data', () => sock.destroy());
  await run('hang up before response', () => http.get(opts()));

  behave = (sock) => sock.once('data', () => sock.end());
  await run('end before response', () => http.get(opts()));

  behave = (sock) => sock.once('data', () => sock.end('HTTP/1.1 2xx Bad\r\n\r\n'));
  await run('malformed response', () => http.get(opts()));

  behave = (sock) => sock.once('data', () => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort'));
  await run('response cut short', () => http.get(opts(), (res) => {
    res.on('data', (d) => console.log('res data', String(d)));
    res.on('aborted', () => console.log('res aborted'));
    res.on('error', (e) => console.log('res error', errorInfo(e)));
    res.on('end', () => console.log('res end'));
    res.on('close', () => console.log('res close', res.complete));
  }));

  behave = () => {};
  await run('timeout option', () => {
    const req = http.get(opts({ timeout: 50 }));
    req.on('timeout', () => req.destroy());
    return req;
  });

  await run('setTimeout then destroy(err)', () => {
    const req = http.get(opts());
    req.setTimeout(50, () => req.destroy(new Error('too slow')));
    return req;
  });

  await run('destroy at once', () => {
    const req = http.get(opts());
    req.destroy();
    return req;
  });

  await run('abort at once', () => {
    const req = http.get(opts());
    req.abort();
    console.log('aborted', req.aborted, 'destroyed', req.destroyed);
    return req;
  });

  behave = (sock) => sock.once('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\npart'));
  await run('destroy mid-response', () => {
    const req = http.get(opts(), (res) => {
      res.on('data', () => req.destroy());
      res.on('aborted', () => console.log('res aborted'));
      res.on('close', () => console.log('res close'));
    });
    return req;
  });
  raw.close(() => console.log('done'));
});
