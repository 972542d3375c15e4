'use strict';
// Arguments net rejects at once, with Node's codes and messages.
const net = require('net');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor && r.constructor.name);
    if (r && typeof r.destroy === 'function') r.destroy();
    if (r && typeof r.close === 'function' && r.listening) r.close();
  } catch (err) {
    console.log(label, `${err.name} [${err.code}]: ${err.message}`);
  }
}

attempt('connect 70000', () => net.connect(70000));
attempt('connect -1', () => net.connect(-1));
attempt('connect 1.5', () => net.connect(1.5));
attempt('connect "  "', () => net.connect({ port: '  ' }));
attempt('connect true', () => net.connect({ port: true }));
attempt('connect {}', () => net.connect({}));
attempt('connect()', () => net.connect());
attempt('connect bad localAddress', () => net.connect({ port: 80, localAddress: 'nope' }));
attempt('connect bad localPort', () => net.connect({ port: 80, localPort: 'x' }));
attempt('connect bad family option', () => net.connect({ port: 80, autoSelectFamily: 1 }));
attempt('connect bad lookup', () => net.connect({ port: 80, host: 'example.invalid', lookup: 5 }));
attempt('connect bad path', () => net.connect({ path: 5 }));
attempt('listen 65536', () => net.createServer().listen(65536));
attempt('listen -1', () => net.createServer().listen(-1));
attempt('listen {}', () => net.createServer().listen({}));
attempt('listen {host}', () => net.createServer().listen({ host: 'localhost' }));
attempt('listen twice', () => { const s = net.createServer().listen(0); try { s.listen(0); } finally { s.close(); } });
attempt('createServer(5)', () => net.createServer(5));
attempt('Socket objectMode', () => new net.Socket({ objectMode: true }));
attempt('Socket readableObjectMode', () => new net.Socket({ readableObjectMode: true }));
attempt('Socket fd string', () => new net.Socket({ fd: 'x' }));
attempt('Socket fd -1', () => new net.Socket({ fd: -1 }));
attempt('Socket fd 1.5', () => new net.Socket({ fd: 1.5 }));
attempt('setTimeout -1', () => new net.Socket().setTimeout(-1));
attempt('setTimeout "1"', () => new net.Socket().setTimeout('1'));
attempt('setTimeout bad cb', () => new net.Socket().setTimeout(10, 'cb'));
attempt('keepAliveInitialDelay', () => new net.Socket({ keepAliveInitialDelay: 'x' }));
attempt('setDefaultAutoSelectFamily', () => net.setDefaultAutoSelectFamily(1));
attempt('setDefaultAutoSelectFamilyAttemptTimeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
attempt('setDefaultAutoSelectFamilyAttemptTimeout 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log('attempt timeout', net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(300);
console.log('attempt timeout', net.getDefaultAutoSelectFamilyAttemptTimeout());
console.log('autoSelectFamily', net.getDefaultAutoSelectFamily());
net.setDefaultAutoSelectFamily(false);
console.log('autoSelectFamily', net.getDefaultAutoSelectFamily());
attempt('resetAndDestroy unconnected', () => {
  const s = new net.Socket();
  s.on('error', (e) => console.log('reset error', e.code, e.message));
  s.on('close', (h) => console.log('reset close', h));
  return s.resetAndDestroy();
});
attempt('address of a closed server', () => net.createServer().address());
const s = net.createServer();
s.close((err) => console.log('close not running', `${err.name} [${err.code}]: ${err.message}`));
