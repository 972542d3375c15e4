'use strict';
// The bytes on the wire. A shell child with the channel on fd 3 shows what
// send() writes, then writes raw frames back: complete lines, one split
// across writes, several in one write, and a last line without its "\n",
// which is dropped.
const { spawn } = require('child_process');

const messages = [
  { s: 'é\u2028😀', n: [1.5, -0, 1e21], u: undefined, d: new Date(86400000) },
  'plain',
  null,
  { cmd: 'NODE_INTERNAL', toJSON() { return { cmd: 'NODE_INTERNAL', replaced: true }; } },
];
// head needs the exact count; the bytes themselves are what the recording checks.
const size = messages.reduce((n, m) => n + Buffer.byteLength(JSON.stringify(m)) + 1, 0);
const script = [
  `head -c ${size} <&3`,
  'exec >&-',
  'sleep 0.1',
  'printf \'{"a":1}\\n"two"\\n[3]\\n{"cmd":"NODE_X","y":1}\\n"sp\' >&3',
  'sleep 0.1',
  'printf \'lit"\\n4\\n"half\' >&3',
].join('; ');
const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
let raw = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { raw += d; });
child.stdout.on('end', () => console.log('wire', JSON.stringify(raw)));
for (const m of messages) child.send(m);
child.on('message', (m) => console.log('message', JSON.stringify(m)));
child.on('internalMessage', (m) => console.log('internalMessage', JSON.stringify(m)));
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code) => console.log('exit', code));
