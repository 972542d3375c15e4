// Connections kept alive between fetches, closed by the server when idle, and 20 at once.
const http = require('http');
const s = http.createServer((req, res) => res.end('hello ')); s.keepAliveTimeout = 50;
s.listen(0, '127.0.0.1', async () => {
  const u = `http://127.0.0.1:${s.address().port}/`;
  for (let i = 0; i < 3; i++) { console.log(await (await fetch(u)).text()); await new Promise((r) => setTimeout(r, 150)); }
  const all = await Promise.all(Array.from({ length: 20 }, () => fetch(u).then((r) => r.text())));
  console.log(all.length, new Set(all).size);
  s.close(() => console.log('closed'));
});
