'use strict';
// https server and client on a self-signed certificate (fixtures/, made
// with openssl for localhost and 127.0.0.1, valid for a century): trusted
// through ca, rejected without it (the verify code), accepted with
// rejectUnauthorized: false, and a host name the certificate does not name.
const https = require('https'); const fs = require('fs'); const tls = require('tls');
const key = fs.readFileSync(__dirname + "/fixtures/key.pem"), cert = fs.readFileSync(__dirname + "/fixtures/cert.pem");
const srv = https.createServer({ key, cert }, (req, res) => { res.setHeader('x-proto', req.socket.getProtocol() ? 'tls' : 'none'); res.end(`hello ${req.method} ${req.url} encrypted=${req.socket.encrypted}\n`); });
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  https.get({ host: '127.0.0.1', port, path: '/a', ca: cert }, (res) => {
    let body = ''; res.on('data', (c) => body += c); res.on('end', () => {
      console.log('ca ok', res.statusCode, res.headers['x-proto'], body.trim());
      https.get({ host: '127.0.0.1', port, path: '/b' }, () => console.log('no ca: unexpected')).on('error', (e) => {
        console.log('no ca', e.code, e.message);
        https.get(`https://localhost:${port}/c`, { rejectUnauthorized: false }, (res) => {
          res.resume(); res.on('end', () => {
            console.log('insecure', res.statusCode, res.socket ? res.socket.authorized : '-');
            const s = tls.connect({ port, host: '127.0.0.1', servername: 'example.com', ca: cert }, () => console.log('bad name connected?'));
            s.on('error', (e) => { console.log('name', e.code, e.message); srv.close(() => console.log('closed')); });
          });
        });
      });
    });
  });
});
