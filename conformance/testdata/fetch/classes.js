// Headers, Request and Response without the network: validation, errors,
// iteration order, bodies.
const t = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.message, e.cause ? e.cause.code : ''); }
};
const h = new Headers({ b: '2', A: ' 1 ' });
h.append('a', 'x');
h.append('Set-Cookie', 'c=1');
h.append('set-cookie', 'd=2');
console.log(JSON.stringify([...h]), h.get('A'), h.get('set-cookie'), h.getSetCookie(), h.has('zz'), h.get('zz'));
console.log([...h.keys()].join(), [...h.values()].join('|'));
h.forEach(function (v, k, o) { console.log('forEach', k, v, o === h, this.x); }, { x: 'this' });
t('bad name', () => h.append('bad name', 'x'));
t('bad value', () => h.append('x', 'a\nb'));
t('set bad', () => h.set('x y', 'z'));
t('get bad', () => h.get('x y'));
t('pair', () => new Headers([['a']]));
t('number', () => new Headers(5));
t('bytestring', () => new Headers({ a: '\u0100' }));
t('copy', () => JSON.stringify([...new Headers(h)]));
t('delete', () => { h.delete('A'); return h.has('a'); });
console.log(h.keys().next(), String(h.entries()), Object.prototype.toString.call(h));
t('relative', () => new Request('/x'));
t('CONNECT', () => new Request('http://a/', { method: 'CONNECT' }));
t('bad method', () => new Request('http://a/', { method: 'b d' }));
t('get body', () => new Request('http://a/', { body: 'x' }));
t('duplex', () => new Request('http://a/', { method: 'POST', body: new ReadableStream() }));
t('patch', () => new Request('http://a/', { method: 'patch' }).method);
t('delete', () => new Request('http://a/', { method: 'delete' }).method);
t('creds', () => new Request('http://u:p@a/'));
t('redirect', () => new Request('http://a/', { redirect: 'nope' }));
t('redirect status', () => Response.redirect('http://a/', 200));
t('status 99', () => new Response('x', { status: 99 }));
t('status 204', () => new Response('x', { status: 204 }));
t('json type', () => Response.json({ a: 1 }).headers.get('content-type'));
t('json own type', () => Response.json(1, { status: 201, headers: { 'content-type': 'x/y' } }).headers.get('content-type'));
t('redirect', () => { const r = Response.redirect('http://a/b', 301); return [r.status, r.headers.get('location')]; });
const e = Response.error();
console.log(e.type, e.status, JSON.stringify(e.statusText), e.ok, JSON.stringify(e.url), e.body);
const rr = new Response('abc', { status: 201, statusText: 'Made', headers: { x: '1' } });
console.log(rr.type, rr.status, rr.statusText, JSON.stringify(rr.url), rr.headers.get('content-type'), rr.bodyUsed, rr.body.constructor.name);
const q = new Request('http://a/b#h', { method: 'POST', body: 'z', headers: { x: 'y' } });
console.log(q.url, q.method, JSON.stringify([...q.headers]), q.body.constructor.name, q.bodyUsed, q.signal.constructor.name,
  q.redirect, q.duplex, q.mode, q.credentials, q.cache);
const q2 = new Request(q, { headers: { z: '1' } });
console.log(q2.method, JSON.stringify([...q2.headers]), q.bodyUsed);
const qc = q2.clone();
(async () => {
  console.log(await q2.text(), await qc.text(), q2.bodyUsed);
  console.log(await rr.text(), rr.bodyUsed);
  await rr.text().catch((err) => console.log(err.name, err.message));
  t('clone used', () => rr.clone());
  console.log(JSON.stringify(await new Response(null).text()), new Response(null).body);
  const b = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  console.log(b.constructor.name, b.byteLength);
  const bl = await new Response('x', { headers: { 'content-type': 'a/b' } }).blob();
  console.log(bl.size, bl.type);
  const s = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } }));
  console.log(await s.text());
  console.log(await new Response('{"x":[1]}').json());
  await new Response('{').json().catch((err) => console.log(err.name));
  const ac = new AbortController();
  const rs = new Request('http://a/', { signal: ac.signal });
  ac.abort();
  console.log(rs.signal.aborted, rs.signal.reason.name);
  console.log(typeof fetch, fetch.name, fetch.length, Object.keys(globalThis).includes('fetch'),
    ['Headers', 'Request', 'Response'].map((n) => Object.getOwnPropertyDescriptor(globalThis, n).enumerable));
})();
