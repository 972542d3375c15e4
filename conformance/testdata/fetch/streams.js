// Large bodies both ways (backpressure, gzip), cancel, and how the classes inspect.
const http = require('http'); const zlib = require('zlib');
const big = Buffer.alloc(3e6, 'abcdefghij');
const s = http.createServer((req, res) => {
  if (req.url === '/big') res.end(big);
  else if (req.url === '/bgz') { res.setHeader('content-encoding', 'gzip'); res.end(zlib.gzipSync(big)); }
  else { let n = 0; req.on('data', d => n += d.length); req.on('end', () => res.end(String(n))); }
}).listen(0, '127.0.0.1', async () => {
  const b = `http://127.0.0.1:${s.address().port}`;
  let r = await fetch(b + '/big'); let t = await r.text(); console.log(t.length, t === big.toString());
  r = await fetch(b + '/bgz'); t = await r.arrayBuffer(); console.log(t.byteLength);
  r = await fetch(b + '/up', { method: 'POST', body: big }); console.log(await r.text());
  let i = 0;
  r = await fetch(b + '/up', { method: 'POST', duplex: 'half', body: new ReadableStream({ pull(c) { if (i++ < 50) c.enqueue(new Uint8Array(100000)); else c.close(); } }) }); console.log(await r.text());
  r = await fetch(b + '/big'); const rd = r.body.getReader(); await rd.read(); await rd.cancel(); console.log('cancelled');
  console.log(new Headers({a: '1', b: '2'}));
  console.log(new Response('x', {headers: {a: '1'}}));
  console.log(new Request('http://x/'));
  await Response.prototype.text.call({}).catch((e) => console.log(e.name, e.message, e.code));
  try { Headers.prototype.get.call({}, 'a'); } catch (e) { console.log(e.name, e.message, e.code); }
  s.close();
});
