// FormData: entries, validation, multipart encoding and parsing back, urlencoded parsing, and a form sent by fetch.
const t = (label, f) => { try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.message); } };
const fd = new FormData();
fd.append('a', '1'); fd.append('b', new Blob(['xx'], { type: 'text/x' })); fd.append('c', new Blob(['yy']), 'f.txt');
fd.append('a', 2); fd.append('n\r\n"q', 'v\nw\r');
console.log([...fd].map(([k, v]) => [k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size]]));
console.log(fd.get('a'), fd.getAll('a'), fd.has('b'), fd.get('zz'), fd.getAll('zz'));
fd.set('a', 'only'); console.log([...fd.keys()]);
fd.delete('b'); console.log([...fd.keys()], String(fd.entries()), Object.prototype.toString.call(fd));
t('ctor', () => new FormData({}));
t('filename non blob', () => fd.append('x', 'y', 'z'));
t('args', () => fd.append('x'));
fd.forEach(function (v, k, o) { console.log('each', k, typeof v, o === fd, this.t); }, { t: 1 });
const shown = new FormData(); shown.append("a", "1"); shown.append("a", "2"); console.log(shown, new FormData());
const r = new Response(fd); const ct = r.headers.get('content-type'); console.log(ct.replace(/\d{11}$/, 'N'), ct.length);
r.text().then(async (s) => {
  console.log(JSON.stringify(s.replace(/formdata-undici-0\d{11}/g, 'B')));
  const back = await new Response(s, { headers: { 'content-type': ct } }).formData();
  console.log([...back].map(([k, v]) => [k, typeof v === 'string' ? v : [v.constructor.name, v.name, v.type, v.size, v.lastModified > 0]]));
  const u = await new Response('a=1&b=%20x&a=2+3').formData().catch(e => console.log(e.name, e.message));
  const u2 = await new Response('a=1&b=%20x&a=2+3', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  console.log([...u2]);
  await new Response('x', { headers: { 'content-type': 'multipart/form-data; boundary=zz' } }).formData().catch(e => console.log(e.name, e.message));
  const req = new Request('http://a/', { method: 'POST', body: fd }); console.log(req.headers.get('content-type').slice(0, 30));
  sendForm();
});
const http = require('http');
const s = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => {
    const boundary = /boundary=(.*)$/.exec(req.headers['content-type'])[1];
    res.setHeader('content-type', req.headers['content-type']);
    res.end(`${req.headers['content-length']} ${JSON.stringify(b.split(boundary).join('B'))}`);
  });
});
const sendForm = () => s.listen(0, '127.0.0.1', async () => {
  const form = new FormData();
  form.append('field', 'välue');
  form.append('upload', new File(['file body'], 'a "b".txt', { type: 'text/plain' }));
  const r = await fetch(`http://127.0.0.1:${s.address().port}/`, { method: 'POST', body: form });
  console.log(await r.text());
  s.close();
});
