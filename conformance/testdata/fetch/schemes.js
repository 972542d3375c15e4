// fetch of data: URLs (MIME type parsing, base64, percent-decoding) and of
// blob: and other non-http schemes.
(async () => {
  for (const u of ['data:text/plain;charset=utf-8,h%20i', 'data:,x', 'data:;base64,aGk=', 'data:xx', 'data:Text/HTML;Charset="utf-8";x=1,<b>',
    'data: ;base64 ,aGk', 'data:text/plain;base64,@@', 'data:a b/c,x', 'data:,a#frag', 'data:;charset=utf-8,é', 'data:application/json,{"a":1}']) {
    await fetch(u).then(async (r) => console.log(JSON.stringify(u), r.status, r.statusText, r.url, r.type, r.redirected, JSON.stringify([...r.headers]), JSON.stringify(await r.text())),
      (e) => console.log(JSON.stringify(u), e.message, e.cause.message));
  }
  const r = await fetch('data:,x', { method: 'POST', body: 'y' });
  console.log('post', r.status);
  // blob: URLs that resolve to no Blob (a live one needs URL.createObjectURL
  // and buffer.resolveObjectURL to share their registry).
  await fetch('blob:nodedata:nope').catch((e) => console.log(e.message, e.cause.message));
  const u = URL.createObjectURL(new Blob(['bl'], { type: 'a/b' }));
  URL.revokeObjectURL(u);
  await fetch(u).catch((e) => console.log('revoked', e.message, e.cause.message));
  for (const u of ['about:blank', 'file:///x', 'ws://a/']) await fetch(u).catch((e) => console.log(u, e.message, e.cause.message));
})();
