'use strict';
// Bytes that are not JSON on the channel: the line fails to parse as an
// uncaught SyntaxError (the rest of that read is lost, as in Node), and the
// channel goes on. Invalid UTF-8 is decoded with replacement characters.
// Only the error's name is printed: the engine words JSON.parse errors its
// own way.
const { spawn } = require('child_process');

process.on('uncaughtException', (e) => console.log('uncaught', e.name));
const script = [
  'printf \'1\\n{bad\\n2\\n\' >&3',
  'sleep 0.1',
  'printf \'3\\n"\\342\\202 \\377 ok"\\n\' >&3',
  'sleep 0.1',
  'printf \'\\377\\376\\n4\\n\' >&3',
].join('; ');
const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
child.on('message', (m) => console.log('message', JSON.stringify(m)));
child.on('disconnect', () => console.log('disconnect'));
child.on('exit', (code) => console.log('exit', code));
