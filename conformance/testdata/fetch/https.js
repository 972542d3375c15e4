'use strict';
// fetch over https to a self-signed server (https/fixtures/): rejected
// with the verify error as cause; accepted in a child started with
// NODE_TLS_REJECT_UNAUTHORIZED=0.
const https = require('https');
const fs = require('fs');
const { spawnSync } = require('child_process');
const key = fs.readFileSync(__dirname + '/../https/fixtures/key.pem');
const cert = fs.readFileSync(__dirname + '/../https/fixtures/cert.pem');
const srv = https.createServer({ key, cert }, (req, res) => res.end(`secure ${req.method} ${req.url} ${req.headers['user-agent']}`));
srv.listen(0, '127.0.0.1', async () => {
  const url = `https://127.0.0.1:${srv.address().port}/x`;
  if (process.argv[2] === 'child') {
    const r = await fetch(url, { method: 'POST', body: 'b' });
    console.log(r.status, r.url.startsWith('https://'), await r.text());
    srv.close();
    return;
  }
  await fetch(url).catch((e) => console.log(e.name, e.message, e.cause.code, e.cause.message));
  srv.close();
  const child = spawnSync(process.execPath, [__filename, 'child'],
    { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }, encoding: 'utf8' });
  console.log(child.status, child.stdout.trim());
});
