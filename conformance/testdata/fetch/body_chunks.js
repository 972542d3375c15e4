// Chunks of a streamed request body: strings and any view are sent as they
// are, an ArrayBuffer fails the fetch, a source error rejects with it as cause.
const http = require('http');
const s = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => res.end(`read ${JSON.stringify(b)}`));
  req.on('error', () => {});
});
s.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${s.address().port}/`;
  const chunks = ['str', new Uint16Array([0x4142]), new DataView(new Uint8Array([67, 68]).buffer), new ArrayBuffer(2)];
  for (const chunk of chunks) {
    const body = new ReadableStream({ pull(c) { c.enqueue(chunk); c.close(); } });
    await fetch(url, { method: 'POST', body, duplex: 'half' }).then(async (r) => console.log(await r.text()),
      (e) => console.log(e.name, e.message, e.cause.name, e.cause.code, e.cause.message));
  }
  const broken = new ReadableStream({ pull(c) { c.error(new Error('src broke')); } });
  await fetch(url, { method: 'POST', body: broken, duplex: 'half' }).catch((e) => console.log(e.name, e.message, e.cause.message));
  s.close();
});
