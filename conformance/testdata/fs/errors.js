'use strict';
// Argument checks (codes, classes, messages) and system errors of the sync
// forms, with the properties Node gives them.
const fs = require('fs');
const { at, show } = require('./_tmp');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, show(err.message));
  }
}

fs.writeFileSync(at('f'), 'data');
fs.mkdirSync(at('d'));
fs.writeFileSync(at('d', 'inner'), '');

attempt('path undefined', () => fs.readFileSync());
attempt('path number', () => fs.statSync(1.5));
attempt('path object', () => fs.openSync({}));
attempt('path null byte', () => fs.existsSync('a\0b') || fs.accessSync('a\0b'));
attempt('buffer null byte', () => fs.statSync(Buffer.from('a\0b')));
attempt('path URL', () => fs.statSync(new URL('file:///nonexistent-gc-fs')));
attempt('path http URL', () => fs.statSync(new URL('http://example.com/x')));
attempt('oldPath', () => fs.renameSync(5, 'x'));
attempt('newPath', () => fs.renameSync('x', 5));
attempt('src', () => fs.copyFileSync(null, 'x'));
attempt('fd string', () => fs.closeSync('1'));
attempt('fd negative', () => fs.fstatSync(-1));
attempt('fd float', () => fs.fsyncSync(1.5));
attempt('fd big', () => fs.closeSync(2 ** 31));
attempt('flags', () => fs.openSync(at('f'), 'rw'));
attempt('flags object', () => fs.openSync(at('f'), {}));
attempt('flags float', () => fs.openSync(at('f'), 1.5));
attempt('mode string', () => fs.openSync(at('f'), 'r', 'rw'));
attempt('mode negative', () => fs.chmodSync(at('f'), -1));
attempt('mode big', () => fs.mkdirSync(at('m'), 2 ** 33));
attempt('recursive', () => fs.mkdirSync(at('m'), { recursive: 'yes' }));
attempt('encoding', () => fs.readFileSync(at('f'), 'utf-9'));
attempt('encoding option', () => fs.readdirSync(at('d'), { encoding: 'nope' }));
attempt('options type', () => fs.readFileSync(at('f'), 42));
attempt('data', () => fs.writeFileSync(at('f'), 42));
attempt('data object', () => fs.writeFileSync(at('f'), { toString: () => 'x' }));
attempt('flush', () => fs.writeFileSync(at('f'), 'x', { flush: 'yes' }));
attempt('callback', () => fs.stat(at('f')));
attempt('callback type', () => fs.readFile(at('f'), 'utf8', 'nope'));
attempt('uid', () => fs.chownSync(at('f'), -2, 0));
attempt('gid', () => fs.chownSync(at('f'), 0, 2 ** 32));
attempt('uid type', () => fs.chownSync(at('f'), '0', 0));
attempt('time', () => fs.utimesSync(at('f'), 'soon', 0));
attempt('len', () => fs.ftruncateSync(0, '1'));
attempt('len float', () => fs.ftruncateSync(0, 1.5));
attempt('access mode', () => fs.accessSync(at('f'), 'r'));
attempt('access range', () => fs.accessSync(at('f'), 8));
attempt('copy mode', () => fs.copyFileSync(at('f'), at('g'), 9));
attempt('symlink type', () => fs.symlinkSync('f', at('s'), 'link'));
attempt('read buffer', () => fs.readSync(0, 'buf'));
attempt('read empty', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
attempt('read offset', () => fs.readSync(0, Buffer.alloc(4), -1, 1, 0));
attempt('read length', () => fs.readSync(0, Buffer.alloc(4), 0, 5, 0));
attempt('read position', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'));
attempt('read position big', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 2n ** 64n));
attempt('write buffer', () => fs.writeSync(1, 5));
attempt('write offset', () => fs.writeSync(1, Buffer.alloc(2), 3));
attempt('write length', () => fs.writeSync(1, Buffer.alloc(2), 0, 3));
attempt('write hex', () => fs.writeSync(1, 'abc', null, 'hex'));
attempt('writev', () => fs.writevSync(1, ['x']));
attempt('rm options', () => fs.rmSync(at('nope'), 'x'));
attempt('rm force', () => fs.rmSync(at('nope'), { force: 1 }));
attempt('rm retries', () => fs.rmSync(at('nope'), { maxRetries: -1 }));
attempt('rmdir options', () => fs.rmdirSync(at('d'), { retryDelay: 'x' }));
attempt('cp options', () => fs.cpSync(at('f'), at('g'), { force: 'x' }));
attempt('cp mode', () => fs.cpSync(at('f'), at('g'), { mode: 8 }));
attempt('cp pair', () => fs.cpSync(at('f'), at('g'), { dereference: true, verbatimSymlinks: true }));
attempt('cp filter', () => fs.cpSync(at('f'), at('g'), { filter: 1 }));
attempt('watchFile listener', () => fs.watchFile(at('f')));
attempt('opendir buffer size', () => fs.opendirSync(at('d'), { bufferSize: 0 }));

function sysErr(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, show(err));
    console.log(' ', err instanceof Error, err.constructor === Error, Object.keys(err).join());
  }
}

sysErr('open', () => fs.openSync(at('nope')));
sysErr('open dir for write', () => fs.openSync(at('d'), 'w'));
sysErr('open excl', () => fs.openSync(at('f'), 'wx'));
sysErr('readFile dir', () => fs.readFileSync(at('d')));
sysErr('readFile dir utf8', () => fs.readFileSync(at('d'), 'utf8'));
sysErr('writeFile dir', () => fs.writeFileSync(at('d'), 'x'));
sysErr('stat', () => fs.statSync(at('nope', 'x')));
sysErr('stat notdir', () => fs.statSync(at('f', 'x')));
sysErr('lstat', () => fs.lstatSync(at('nope')));
sysErr('mkdir', () => fs.mkdirSync(at('d')));
sysErr('mkdir parent', () => fs.mkdirSync(at('nope', 'x')));
sysErr('mkdir recursive file', () => fs.mkdirSync(at('f'), { recursive: true }));
sysErr('mkdir recursive under file', () => fs.mkdirSync(at('f', 'x', 'y'), { recursive: true }));
sysErr('rmdir not empty', () => fs.rmdirSync(at('d')));
sysErr('rmdir file', () => fs.rmdirSync(at('f')));
sysErr('unlink dir', () => fs.unlinkSync(at('d')));
sysErr('rename', () => fs.renameSync(at('nope'), at('nope2')));
sysErr('rename dir over file', () => fs.renameSync(at('d'), at('f')));
sysErr('copyFile', () => fs.copyFileSync(at('nope'), at('g')));
sysErr('copyFile excl', () => fs.copyFileSync(at('f'), at('f'), fs.constants.COPYFILE_EXCL));
sysErr('copyFile dir', () => fs.copyFileSync(at('d'), at('g')));
sysErr('copyFile self', () => fs.copyFileSync(at('f'), at('f')));
sysErr('link', () => fs.linkSync(at('f'), at('f')));
sysErr('symlink', () => fs.symlinkSync('x', at('f')));
sysErr('readlink', () => fs.readlinkSync(at('f')));
sysErr('readdir', () => fs.readdirSync(at('f')));
sysErr('readdir missing', () => fs.readdirSync(at('nope')));
sysErr('opendir', () => fs.opendirSync(at('nope')));
sysErr('access', () => fs.accessSync(at('nope')));
sysErr('chmod', () => fs.chmodSync(at('nope'), 0o644));
sysErr('chown', () => fs.chownSync(at('nope'), 0, 0));
sysErr('utimes', () => fs.utimesSync(at('nope'), 1, 1));
sysErr('lutimes', () => fs.lutimesSync(at('nope'), 1, 1));
sysErr('truncate', () => fs.truncateSync(at('nope')));
sysErr('truncate dir', () => fs.truncateSync(at('d')));
sysErr('realpath', () => fs.realpathSync(at('nope', 'x')));
sysErr('realpath native', () => fs.realpathSync.native(at('nope', 'x')));
sysErr('mkdtemp', () => fs.mkdtempSync(at('nope', 'x-')));
sysErr('close', () => fs.closeSync(99999));
sysErr('fstat', () => fs.fstatSync(99999));
sysErr('read', () => fs.readSync(99999, Buffer.alloc(1)));
sysErr('write', () => fs.writeSync(99999, 'x'));
sysErr('fsync', () => fs.fsyncSync(99999));
sysErr('ftruncate', () => fs.ftruncateSync(99999));
sysErr('futimes', () => fs.futimesSync(99999, 1, 1));
sysErr('fchmod', () => fs.fchmodSync(99999, 0o644));
sysErr('rm', () => fs.rmSync(at('nope')));
sysErr('rm dir', () => fs.rmSync(at('d')));
sysErr('statfs', () => fs.statfsSync(at('nope')));
const loop = at('loop');
fs.symlinkSync(loop, loop);
sysErr('stat loop', () => fs.statSync(loop));
sysErr('realpath loop', () => fs.realpathSync(loop));
sysErr('realpath native loop', () => fs.realpathSync.native(loop));
sysErr('readFile buffer path', () => fs.readFileSync(Buffer.from(at('nope'))));
sysErr('readFile URL', () => fs.readFileSync(require('url').pathToFileURL(at('nope'))));
