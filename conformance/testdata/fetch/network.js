// fetch over a local http server: decoding, redirects, bodies, aborts, network errors.
const http = require('http'); const zlib = require('zlib');
const s = http.createServer((req, res) => {
  const u = req.url;
  if (u === '/gz') { res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' }); res.end(zlib.gzipSync('zipped!')); }
  else if (u === '/df') { res.writeHead(200, { 'content-encoding': 'deflate' }); res.end(zlib.deflateSync('deflated!')); }
  else if (u === '/r303') { res.writeHead(303, { location: '/echo' }); res.end(); }
  else if (u === '/r307') { res.writeHead(307, { location: '/echo' }); res.end(); }
  else if (u.startsWith('/n')) { const n = +u.slice(2); res.writeHead(302, { location: n ? '/n' + (n - 1) : '/echo' }); res.end(); }
  else if (u === '/slow') { res.writeHead(200); res.write('part'); }
  else if (u === '/json') { res.setHeader('content-type', 'application/json'); res.end('{"a":[1,2]}'); }
  else if (u === '/404') { res.statusCode = 404; res.statusMessage = 'Nope'; res.end('missing'); }
  else if (u === '/cut') { res.writeHead(200, {'content-length': 100}); res.write('abc'); setTimeout(() => res.socket.destroy(), 20); }
  else { let b = ''; req.on('data', d => b += d); req.on('end', () => res.end(`${req.method} ${u} ${req.headers['content-type']} ${req.headers['content-length']} [${b}]`)); }
});
s.listen(0, '127.0.0.1', async () => {
  const b = `http://127.0.0.1:${s.address().port}`;
  const show = (e) => console.log('rejected', e.name, e.message, e.cause && (e.cause.code || e.cause.message));
  let r = await fetch(b + '/gz'); console.log(r.headers.get('content-encoding'), await r.text());
  r = await fetch(b + '/df'); console.log(await r.text());
  r = await fetch(b + '/r303', { method: 'PUT', body: 'x' }); console.log(r.status, r.redirected, r.url.endsWith('/echo'), await r.text());
  r = await fetch(b + '/r307', { method: 'POST', body: 'keep' }); console.log(r.status, await r.text());
  await fetch(b + '/r307', { method: 'POST', body: new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([65])); c.close(); } }), duplex: 'half' }).then(r => r.text()).then(console.log, show);
  r = await fetch(b + '/n19'); console.log(r.status, r.redirected, await r.text());
  await fetch(b + '/n20').catch(show);
  r = await fetch(b + '/json'); const c = r.clone(); console.log(await r.json(), await c.text(), r.bodyUsed, c.bodyUsed);
  r = await fetch(b + '/404'); console.log(r.status, r.statusText, r.ok, await r.text());
  r = await fetch(new Request(b + '/echo', { method: 'POST', body: 'fromreq', headers: { 'content-type': 'a/b' } })); console.log(await r.text());
  r = await fetch(b + '/echo', { method: 'POST', body: new Uint16Array([0x4241]) }); console.log(await r.text());
  r = await fetch(b + '/echo', { method: 'POST' }); console.log(await r.text());
  r = await fetch(b + '/echo', { method: 'HEAD' }); console.log(r.status, r.body);
  r = await fetch(b + '/echo'); const ab = await r.arrayBuffer(); console.log(ab.constructor.name, ab.byteLength);
  r = await fetch(b + '/echo'); const bl = await r.blob(); console.log(bl.constructor.name, bl.size, JSON.stringify(bl.type));
  r = await fetch(b + '/echo'); for await (const ch of r.body) console.log(ch.constructor.name, ch.length);
  const ac = new AbortController();
  r = await fetch(b + '/slow', { signal: ac.signal }); const rd = r.body.getReader(); console.log((await rd.read()).value.length);
  ac.abort(); await rd.read().catch(e => console.log('body', e.name, e.message));
  const ac2 = new AbortController(); setTimeout(() => ac2.abort(new Error('why')), 20);
  await fetch(b + '/never', { signal: ac2.signal, method: 'POST', body: new ReadableStream({}), duplex: 'half' }).catch(e => console.log(e.name, e.message));
  r = await fetch(b + '/cut'); await r.text().catch(e => console.log('cut', e.name, e.message, e.cause.name, e.cause.code, e.cause.message));
  s.close(async () => {
    await fetch(b + '/').catch(e => console.log(e.message, e.cause.name, e.cause.code, e.cause.errno, e.cause.syscall, e.cause.address, e.cause.port === s.address, e.cause.message.replace(/\d+$/, 'PORT')));
  });
});
