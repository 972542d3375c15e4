'use strict';
// The runner's stdin is /dev/null: a character device that is no terminal,
// so process.stdin is an fs.ReadStream (a FILE to libuv), paused until
// read, and reading it ends at once.
const fs = require('fs');
const { Readable } = require('stream');

const stdin = process.stdin;
console.log(stdin.constructor.name, stdin instanceof fs.ReadStream, stdin instanceof Readable, stdin.fd,
  stdin.isTTY, stdin._type, stdin.readableFlowing, stdin.isPaused(), stdin.readable, stdin.autoClose);
console.log('same', process.stdin === stdin, require('process').stdin === stdin);
stdin.setEncoding('utf8');
const seen = [];
stdin.on('data', (d) => seen.push(`data ${JSON.stringify(d)}`));
stdin.on('end', () => {
  seen.push('end');
  console.log(seen.join('\n'));
  // autoClose is false: no destroy, no 'close', fd 0 stays open.
  setTimeout(() => {
    console.log('later', stdin.readableEnded, stdin.destroyed, stdin.closed, stdin.fd, stdin.listenerCount('close'));
    fs.fstatSync(0);
    console.log('fd 0 open');
  }, 20);
});
stdin.on('close', () => console.log('close'));
console.log('flowing now', stdin.readableFlowing);
