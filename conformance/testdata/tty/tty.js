'use strict';
// tty: isatty for the script's own fds (stdin /dev/null, stdout and stderr
// pipes), the errors of ReadStream/WriteStream, a WriteStream over the
// stdout pipe (no window size: not a terminal), colour depth from the
// environment, and the cursor-control sequences.
const tty = require('tty');
const net = require('net');
const util = require('util');

console.log(Object.keys(tty));
console.log([0, 1, 2, -1, '1', 1.5, 99, 2 ** 31, NaN, null].map((fd) => tty.isatty(fd)));

function attempt(what, fn) {
  try {
    fn();
    console.log(what, 'ok');
  } catch (err) {
    console.log(what, err.name, err.code, err.message);
    if (err.info) console.log(' ', err.info, err.errno, err.syscall, Object.keys(err));
  }
}
attempt('read /dev/null', () => new tty.ReadStream(0));
attempt('read -1', () => new tty.ReadStream(-1));
attempt('write string', () => new tty.WriteStream('x'));
attempt('write 1.5', () => tty.WriteStream(1.5));
attempt('write closed', () => new tty.WriteStream(99));
const e = (() => { try { return new tty.ReadStream(0); } catch (x) { return x; } })();
console.log(util.inspect(e).split('\n').filter((l) => !l.includes('    at ')).join('\n'));
console.log(String(e));

const out = new tty.WriteStream(1);
console.log(out instanceof net.Socket, out instanceof tty.WriteStream, tty.WriteStream(1) instanceof tty.WriteStream);
console.log(out.isTTY, out.columns, out.rows, out.getWindowSize(), out.readable, out.writable);

const envs = [{}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TERM: 'xterm' }, { TERM: 'screen' },
  { TERM: 'mosh' }, { TERM: 'Konsole' }, { TERM: 'unknown' }, { COLORTERM: 'truecolor' }, { COLORTERM: 'yes' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: '' }];
for (const env of envs) {
  console.log(JSON.stringify(env), out.getColorDepth(env), out.hasColors(env), out.hasColors(256, env));
}
console.log(out.getColorDepth(), out.hasColors(), tty.WriteStream.prototype.getColorDepth({ TERM: 'xterm' }));
attempt('hasColors 1', () => out.hasColors(1));
attempt('hasColors string', () => out.hasColors('16'));

// Warned once, on the first forced depth that overrides NO_COLOR.
process.on('warning', (w) => console.log('warning:', w.message));
out.getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' });
out.getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1' });

// The cursor sequences go out through the stream; printed escaped once written.
const chunks = [];
const origWrite = out.write;
out.write = function write(data, cb) {
  chunks.push(JSON.stringify(data));
  return origWrite.call(this, '', cb);
};
out.cursorTo(3);
out.cursorTo(3, 4);
out.moveCursor(-2, 5);
out.moveCursor(0, 0);
out.clearLine(-1);
out.clearLine(1);
out.clearLine(0);
out.clearScreenDown();
attempt('cursorTo NaN', () => out.cursorTo(NaN));
out.cursorTo(1, () => {
  console.log(chunks.join(' '));
  out.write = origWrite;
  out.write('written through the stream\n', () => {
    console.log('write callback');
    out.destroy();
  });
});
