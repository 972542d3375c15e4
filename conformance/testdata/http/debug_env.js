'use strict';
// NODE_DEBUG=http: a child with it set writes Node's debug lines for its
// connections, agent and errors, and the warning about sensitive data
// once. Which of those lines appear is compared, not every line: node
// also logs each write.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    http.get({ port, host: '127.0.0.1' }, (res) => {
      res.resume();
      res.on('end', () => {
        server.close();
        // A connection reset before any response.
        const rst = net.createServer((c) => { c.destroy(); rst.close(); });
        rst.listen(0, '127.0.0.1', () => {
          const req = http.get({ port: rst.address().port, host: '127.0.0.1', agent: false });
          req.on('error', (e) => console.log('child request error', e.code));
        });
      });
    });
  });
} else {
  const lines = [
    'call onSocket 0 0', 'createConnection 127.0.0.1:', 'sockets 127.0.0.1:',
    'SERVER new http connection', 'AGENT incoming response!', 'AGENT socket keep-alive',
    'CLIENT socket onFree', 'agent.on(free) 127.0.0.1:', 'removeSocket 127.0.0.1:',
    'server socket close', 'SOCKET ERROR', 'HTTP socket close',
  ];
  const run = (env) => new Promise((resolve) => {
    const c = spawn(process.execPath, [__filename, 'child'], { env });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('close', (code) => {
      console.log('NODE_DEBUG', JSON.stringify(env.NODE_DEBUG), 'exit', code, out.trim());
      const logged = err.split('\n').filter((l) => /^HTTP \d+: /.test(l)).map((l) => l.replace(/^HTTP \d+: /, ''));
      for (const want of lines) console.log(' ', want, logged.some((l) => l.startsWith(want)));
      console.log('  warnings', err.split('Setting the NODE_DEBUG environment variable to \'http\' can expose').length - 1);
      resolve();
    });
  });
  (async () => {
    const env = { ...process.env };
    delete env.NODE_DEBUG;
    await run({ ...env, NODE_DEBUG: 'http' });
    await run({ ...env, NODE_DEBUG: 'net,HTTP' });
    await run(env);
  })();
}
