'use strict';
// Strings with lone surrogates and numbers beyond float64 cross the
// child_process IPC channel as under node: the sender's JSON.stringify
// escapes the surrogate (\ud800) and the receiver's parse keeps it.
const { fork } = require('child_process');
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const messages = [
  { s: '\ud800' },
  { s: 'a\udc00b', k: ['\udbff', '\ud83d\ude00'] },
  { ['key\ud800']: 1 },
  '\ud800\ud800',
];

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'done') return process.disconnect();
    process.send({ echo: m, seen: JSON.stringify(m) });
  });
} else {
  const child = fork(__filename, ['child']);
  const circular = { a: {} };
  circular.a.back = circular;
  try {
    child.send(circular);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  let i = 0;
  const next = () => {
    if (i === messages.length) return child.send('done');
    child.send(messages[i++]);
  };
  child.on('message', (m) => {
    const e = m.echo;
    console.log('child saw', m.seen);
    if (typeof e === 'string') console.log('back', codes(e));
    else console.log('back', Object.keys(e).map(codes).join(' | '), e.s !== undefined ? codes(e.s) : '', e.k ? e.k.map(codes).join(' | ') : '');
    next();
  });
  child.on('exit', (code) => console.log('child exit', code));
  next();
}
