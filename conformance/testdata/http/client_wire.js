'use strict';
// What http.request puts on the wire: request line and the headers Node
// adds (Host, Connection, Transfer-Encoding / Content-Length), per method,
// agent and header options. A net server records the raw bytes and
// answers with a fixed response.
const http = require('http');
const net = require('net');

let onRequest;
const server = net.createServer((sock) => {
  let text = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    text += d;
    // Complete when the head is in and, for bodies, their end is too.
    const head = text.indexOf('\r\n\r\n');
    if (head === -1) return;
    const cl = /content-length: (\d+)/i.exec(text.slice(0, head));
    const chunked = /transfer-encoding: chunked/i.test(text.slice(0, head));
    if (chunked && !text.endsWith('0\r\n\r\n')) return;
    if (cl && text.length < head + 4 + Number(cl[1])) return;
    onRequest(text);
    text = '';
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
});

function show(raw) {
  return JSON.stringify(raw.replace(/:\d{4,5}\r\n/, ':<PORT>\r\n'));
}

function one(opts, body) {
  return new Promise((resolve) => {
    onRequest = (raw) => console.log(show(raw));
    const req = http.request({ port: server.address().port, host: '127.0.0.1', ...opts }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', (e) => { console.log('error', e.message); resolve(); });
    if (body !== undefined) for (const b of [].concat(body)) req.write(b);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const noKeep = new http.Agent({ keepAlive: false });
  const keep = new http.Agent({ keepAlive: true });
  const limited = new http.Agent({ maxSockets: 2 });
  await one({});
  await one({ agent: false });
  await one({ agent: noKeep });
  await one({ agent: keep });
  await one({ agent: limited });
  await one({ method: 'POST' }, ['a', 'bc']);
  await one({ method: 'post', headers: { 'Content-Length': 3 } }, 'abc');
  await one({ method: 'PUT', agent: false }, 'x');
  await one({ method: 'DELETE' });
  await one({ method: 'OPTIONS', path: '/opt?x=1' });
  await one({ path: '/p', headers: { 'X-A': 'a', 'x-list': ['1', '2'], Cookie: ['c=1', 'd=2'] } });
  await one({ headers: { Host: 'override' } });
  await one({ setHost: false });
  await one({ headers: ['X-Raw', '1', 'x-raw', '2'] });
  await one({ auth: 'user:pass' });
  await one({ headers: { Connection: 'close' } });
  await one({ defaultPort: server.address().port });
  // A URL string or object, alone or with options.
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const args of [[`${base}/from/string?q=1#frag`], [new URL(`${base}/from/url`)],
    [`${base}/merged`, { method: 'POST', headers: { 'X-Opt': 'o' } }],
    [`http://user:p%40ss@127.0.0.1:${server.address().port}/auth`]]) {
    await new Promise((resolve) => {
      onRequest = (raw) => console.log(show(raw));
      const req = http.request(...args, (res) => { res.resume(); res.on('end', resolve); });
      req.end();
    });
  }
  const r = http.request({ port: server.address().port, host: '127.0.0.1' });
  r.setHeader('X-Late', 'yes');
  r.removeHeader('Host');
  console.log('getHeaders', r.getHeaders(), r.getHeaderNames(), r.getRawHeaderNames());
  await new Promise((resolve) => {
    onRequest = (raw) => console.log(show(raw));
    r.on('response', (res) => { res.resume(); res.on('end', resolve); });
    r.end();
  });
  keep.destroy();
  http.globalAgent.destroy();
  server.close(() => console.log('server closed'));
});
