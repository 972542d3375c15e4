// How fetch rejects: bad URLs, schemes and ports, refused connections,
// aborts before and during the request, redirect modes.
const http = require('http');
const show = (label) => (e) => console.log(label, e.name, e.message, e.constructor.name,
  e.cause ? `cause: ${e.cause.name} ${e.cause.code} ${e.cause.message}` : '');
(async () => {
  await fetch('nope').catch(show('url'));
  await fetch('ftp://a/').catch(show('scheme'));
  await fetch('http://127.0.0.1:1/').catch(show('port'));
  await fetch('http://a/', { method: 'TRACE' }).catch(show('method'));
  await fetch('http://a/', { headers: { 'a b': 'c' } }).catch(show('header'));
  const ac = new AbortController();
  ac.abort();
  await fetch('http://127.0.0.1:1/', { signal: ac.signal }).catch(show('aborted'));
  const ac2 = new AbortController();
  ac2.abort('reason');
  await fetch('http://127.0.0.1:1/', { signal: ac2.signal }).catch((e) => console.log('reason', e));
  const s = http.createServer((req, res) => {
    if (req.url === '/r') { res.writeHead(302, { location: '/d' }); res.end(); }
    else if (req.url === '/ftp') { res.writeHead(301, { location: 'ftp://x/' }); res.end(); }
    else if (req.url === '/hang') { /* never answers */ }
    else res.end(req.method + ' ' + req.url);
  });
  await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
  const b = `http://127.0.0.1:${s.address().port}`;
  let r = await fetch(b + '/r', { method: 'POST', body: 'x' });
  console.log(r.status, r.redirected, await r.text());
  r = await fetch(b + '/r', { redirect: 'manual' });
  console.log(r.status, r.type, r.redirected, r.headers.get('location'), await r.text());
  await fetch(b + '/r', { redirect: 'error' }).catch(show('redirect error'));
  await fetch(b + '/ftp').catch(show('redirect scheme'));
  const ac3 = new AbortController();
  setTimeout(() => ac3.abort(), 30);
  await fetch(b + '/hang', { signal: ac3.signal }).catch(show('abort during'));
  s.closeAllConnections();
  s.close();
  // A port nothing listens on: a server's, once closed.
  const gone = http.createServer();
  await new Promise((resolve) => gone.listen(0, '127.0.0.1', resolve));
  const port = gone.address().port;
  await new Promise((resolve) => gone.close(resolve));
  await fetch(`http://127.0.0.1:${port}/`).catch((e) => console.log(e.message, e.cause.name, e.cause.code, e.cause.errno, e.cause.syscall,
    e.cause.address, typeof e.cause.port, e.cause.message.replace(/\d+$/, 'PORT')));
})();
