'use strict';
// diagnostics_channel: the http channels Node publishes on (what APM tools
// subscribe to), in order with the events around them, for a request that
// succeeds and for each way a request fails.
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');

for (const name of ['http.client.request.start', 'http.client.request.error', 'http.client.response.finish',
  'http.server.request.start', 'http.server.response.finish']) {
  dc.subscribe(name, (m, channel) => {
    const parts = [channel, Object.keys(m).join(',')];
    if (m.request) parts.push(m.request.constructor.name, m.request.method, !!m.request.socket);
    if (m.response) parts.push(m.response.constructor.name, m.response.statusCode, m.response.headersSent);
    if (m.server) parts.push(m.server instanceof http.Server, m.socket instanceof net.Socket);
    if (m.error) parts.push(m.error.code, m.error.message.replace(/:\d+$/, ':PORT'));
    console.log(' dc', ...parts);
  });
}

const server = http.createServer((req, res) => {
  console.log(' request event');
  res.on('finish', () => console.log(' response finish event'));
  res.end('x');
});

// Resolves on 'close' (or, with closeless, on 'error': a request whose
// createConnection throws never closes in Node).
function request(options, setup, closeless) {
  return new Promise((resolve) => {
    const req = http.request(options, (res) => {
      console.log(' response event');
      res.resume();
      res.on('end', () => console.log(' response end'));
    });
    req.on('prefinish', () => console.log(' prefinish'));
    req.on('error', (e) => {
      console.log(' error event', e.code);
      if (closeless) setImmediate(resolve);
    });
    req.on('close', () => { console.log(' close'); resolve(); });
    if (setup) setup(req);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const bad = net.createServer((c) => {
    c.once('data', () => {
      if (bad.mode === 'hangup') c.destroy();
      else if (bad.mode === 'parse') c.end('xyz\r\n\r\n');
    });
  });
  await new Promise((resolve) => bad.listen(0, '127.0.0.1', resolve));
  const badPort = bad.address().port;
  const refusedPort = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });

  console.log('== ok');
  await request({ port, host: '127.0.0.1', method: 'POST' });
  console.log('== refused');
  await request({ port: refusedPort, host: '127.0.0.1' });
  for (const mode of ['hangup', 'parse']) {
    console.log('==', mode);
    bad.mode = mode;
    await request({ port: badPort, host: '127.0.0.1' });
  }
  console.log('== destroyed before its socket');
  await request({ port, host: '127.0.0.1' }, (req) => req.destroy(new Error('boom')));
  console.log('== createConnection fails');
  await request({ createConnection: () => { throw new Error('no connection'); } }, null, true);
  bad.close();
  server.close();
});
