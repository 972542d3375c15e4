'use strict';
// Lenient parsing: insecureHTTPParser on a server and on a request, and
// --insecure-http-parser / --max-http-header-size for the whole process
// (a child started with them). The same inputs on a strict server fail
// with llhttp's codes.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');
const { exchange } = require('./_raw');

function handler(req, res) {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    console.log('  ', req.method, req.url, JSON.stringify(req.rawHeaders),
      JSON.stringify(Buffer.concat(chunks).toString('latin1')));
    res.end('ok');
  });
}

const cases = [
  'GET /ctl HTTP/1.1\r\nHost: x\r\nX: a\x08b\x01c\r\n\r\n',
  'GET /fold HTTP/1.1\r\nHost: x\r\nX: a\r\n  b\r\n\tc\r\nY: d\r\n\r\n',
  'GET /lf HTTP/1.1\nHost: x\nX: y\n\n',
  'POST /space-colon HTTP/1.1\r\nHost: x\r\nContent-Length  : 2\r\n\r\nab',
  'POST /te-cl HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n',
  'POST /chunk-lf HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2 \nab\n0\r\n\r\n',
  'GET /version HTTP/1.7\r\nHost: x\r\n\r\n',
];

async function serve(options, label) {
  const server = http.createServer(options, handler);
  server.on('clientError', (err, socket) => {
    console.log('   clientError', err.code, err.reason);
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(label);
  for (const raw of cases) {
    const out = await exchange(server.address().port, raw);
    console.log('  ->', out.split('\n')[0]);
  }
  await new Promise((resolve) => server.close(resolve));
}

// A response the strict client refuses.
function clientCase(insecureHTTPParser) {
  return new Promise((resolve) => {
    const server = net.createServer((sock) => {
      sock.once('data', () => sock.end('HTTP/1.1 200 OK\r\nX: a\x08b\r\n fold\r\nContent-Length: 2\r\n\r\nhi'));
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', insecureHTTPParser }, (res) => {
        res.setEncoding('latin1');
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log('client', insecureHTTPParser, res.statusCode, JSON.stringify(res.rawHeaders), body);
          server.close(resolve);
        });
      });
      req.on('error', (err) => {
        console.log('client', insecureHTTPParser, 'error', err.code, err.message);
        server.close(resolve);
      });
    });
  });
}

// The process-wide options, in a child.
function child() {
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1', async () => {
    console.log('child maxHeaderSize', http.maxHeaderSize);
    console.log('  ->', (await exchange(server.address().port, cases[0])).split('\n')[0]);
    console.log('  ->', (await exchange(server.address().port,
      'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'y'.repeat(100) + '\r\n\r\n')).split('\n')[0]);
    server.close();
  });
}

if (process.argv[2] === 'child') {
  child();
} else {
  (async () => {
    await serve({}, 'strict server');
    await serve({ insecureHTTPParser: true }, 'insecure server');
    await clientCase(undefined);
    await clientCase(true);
    const c = spawn(process.execPath,
      ['--insecure-http-parser', '--max-http-header-size=100', __filename, 'child'],
      { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    c.stderr.on('data', (d) => { stderr += d; });
    c.on('close', (code) => {
      console.log('child exit', code, JSON.stringify(stderr.replace(/\(node:\d+\)/, '(node:PID)')));
    });
  })();
}
