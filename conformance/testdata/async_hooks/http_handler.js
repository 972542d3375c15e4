'use strict';
// A store set inside an http request handler follows what the handler
// schedules; concurrent requests keep their own stores. EventEmitter
// listeners run in the emit()'s context, and EventEmitterAsyncResource in
// its own.
const http = require('http');
const { EventEmitter, EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
let nextReq = 0;

const server = http.createServer((req, res) => {
  als.run({ req: ++nextReq, url: req.url }, async () => {
    await new Promise((r) => setTimeout(r, req.url === '/slow' ? 20 : 1));
    const a = als.getStore();
    await new Promise((r) => process.nextTick(r));
    setImmediate(() => {
      const b = als.getStore();
      res.end(JSON.stringify({ url: req.url, same: a === b, store: b }));
    });
  });
});

function get(path) {
  return new Promise((resolve, reject) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const bodies = await Promise.all([get('/slow'), get('/fast')]);
  for (const b of bodies.map((s) => JSON.parse(s)).sort((x, y) => x.url.localeCompare(y.url))) {
    console.log(b.url, b.same, b.store.url);
  }
  server.close();

  const ee = new EventEmitter();
  ee.on('ev', () => console.log('listener sees emitter caller store:', als.getStore()));
  als.run('emit-site', () => ee.emit('ev'));

  const eear = als.run('made-here', () => new EventEmitterAsyncResource({ name: 'Mine' }));
  eear.on('ev', () => {
    console.log('EventEmitterAsyncResource listener store:', als.getStore(),
      'in its scope:', executionAsyncId() === eear.asyncId);
  });
  als.run('emit-site', () => eear.emit('ev'));
  console.log('name option', eear.asyncResource.type === undefined, typeof eear.triggerAsyncId);
  try { new EventEmitterAsyncResource({}); } catch (e) { console.log(e.code); }
  class Sub extends EventEmitterAsyncResource {}
  console.log('subclass', new Sub() instanceof EventEmitter);
});
