// The request fetch puts on the wire: header order and spelling, default
// headers, body framing and content types, as the server sees them.
const http = require('http');
const s = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => {
    res.setHeader('x-echo', 'ok');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    const raw = req.rawHeaders.map((v, i) => (i > 0 && req.rawHeaders[i - 1].toLowerCase() === 'host' ? 'HOST' : v));
    res.end(JSON.stringify({ m: req.method, raw, body: b }));
  });
});
s.listen(0, '127.0.0.1', async () => {
  const u = `http://127.0.0.1:${s.address().port}/p?q=1#frag`;
  let r = await fetch(u);
  console.log(r.status, r.statusText, r.ok, r.url.replace(/:\d+/, ':PORT'), r.redirected, r.type);
  console.log(JSON.stringify([...r.headers].filter(([k]) => k !== 'date')));
  console.log(r.headers.getSetCookie(), r.headers.get('set-cookie'));
  try { r.headers.set('x', 'y'); } catch (e) { console.log(e.name, e.message); }
  console.log(await r.text());
  const cases = [
    { method: 'POST', body: 'hello', headers: { 'X-A': '1', 'x-a': '2' } },
    { method: 'put', body: new URLSearchParams('a=1&b=2') },
    { method: 'POST', body: new Blob(['xy'], { type: 'text/x' }) },
    { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('st')); c.close(); } }), duplex: 'half' },
    { method: 'PATCH', body: Buffer.from('buf') },
    { method: 'DELETE', headers: [['Accept', 'text/html'], ['User-Agent', 'me'], ['cookie', 'a=1'], ['Cookie', 'b=2']] },
    { method: 'OPTIONS', body: new Uint8Array([104, 105]).buffer },
    { method: 'POST', body: new DataView(new Uint8Array([120, 121, 122]).buffer, 1) },
    { method: 'POST', body: 'ünï', headers: { 'content-type': 'text/own' } },
  ];
  for (const init of cases) {
    r = await fetch(u, init);
    console.log(await r.text());
  }
  s.close();
});
