'use strict';
// fs/promises and FileHandle: results, the shapes they come in, failures.
const fs = require('fs');
const fsp = require('fs/promises');
const { at, show } = require('./_tmp');

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (err) {
    console.log(label, 'rejected:', show(err));
  }
}

(async () => {
  console.log(fs.promises === fsp, require('node:fs/promises') === fsp, Object.keys(fsp));
  await attempt('writeFile', () => fsp.writeFile(at('a.txt'), 'one\n'));
  await attempt('appendFile', () => fsp.appendFile(at('a.txt'), Buffer.from('two\n')));
  await attempt('writeFile iterable', () => fsp.writeFile(at('it.txt'), ['x', 'y', Buffer.from('z')]));
  await attempt('readFile it', () => fsp.readFile(at('it.txt'), 'utf8'));
  await attempt('readFile', () => fsp.readFile(at('a.txt')));
  await attempt('readFile utf8', () => fsp.readFile(at('a.txt'), { encoding: 'utf8' }));
  await attempt('mkdir', async () => show(await fsp.mkdir(at('d', 'e'), { recursive: true })));
  await attempt('mkdir plain', () => fsp.mkdir(at('p')));
  await attempt('readdir', () => fsp.readdir(at('.')));
  await attempt('readdir recursive', () => fsp.readdir(at('.'), { recursive: true }));
  await attempt('readdir types', async () => (await fsp.readdir(at('.'), { withFileTypes: true })).map((d) => d.name + d.isFile()));
  await attempt('stat', async () => (await fsp.stat(at('a.txt'))).size);
  await attempt('lstat bigint', async () => (await fsp.lstat(at('a.txt'), { bigint: true })).size);
  await attempt('access', () => fsp.access(at('a.txt')));
  await attempt('copyFile', () => fsp.copyFile(at('a.txt'), at('b.txt')));
  await attempt('rename', () => fsp.rename(at('b.txt'), at('c.txt')));
  await attempt('symlink', () => fsp.symlink('c.txt', at('l')));
  await attempt('readlink', () => fsp.readlink(at('l')));
  await attempt('realpath', async () => show(await fsp.realpath(at('l'))));
  await attempt('link', () => fsp.link(at('c.txt'), at('h')));
  await attempt('unlink', () => fsp.unlink(at('h')));
  await attempt('chmod', () => fsp.chmod(at('c.txt'), 0o644));
  await attempt('utimes', async () => { await fsp.utimes(at('c.txt'), 1, 2); return (await fsp.stat(at('c.txt'))).mtimeMs; });
  await attempt('lutimes', () => fsp.lutimes(at('l'), 3, 4));
  await attempt('truncate', async () => { await fsp.truncate(at('c.txt'), 2); return fsp.readFile(at('c.txt'), 'utf8'); });
  await attempt('mkdtemp', async () => show(await fsp.mkdtemp(at('t-'))).length);
  await attempt('rm', () => fsp.rm(at('d'), { recursive: true }));
  await attempt('rmdir', () => fsp.rmdir(at('p')));
  await attempt('cp', async () => { await fsp.cp(at('a.txt'), at('cp.txt')); return fsp.readFile(at('cp.txt'), 'utf8'); });
  await attempt('statfs', async () => Object.keys(await fsp.statfs(at('.'))));
  await attempt('lchmod', () => fsp.lchmod(at('l'), 0o644));

  // FileHandle.
  const fh = await fsp.open(at('a.txt'), 'r+');
  console.log(fh.constructor.name, typeof fh.fd, fh instanceof require('events'));
  await attempt('fh.read', () => fh.read(Buffer.alloc(3), 0, 3, 0));
  await attempt('fh.read options', () => fh.read({ buffer: Buffer.alloc(2), position: 4 }));
  await attempt('fh.read default', async () => (await fh.read()).buffer.length);
  await attempt('fh.write', () => fh.write(Buffer.from('ONE'), 0, 3, 0));
  await attempt('fh.write string', () => fh.write('!', 3));
  await attempt('fh.writev', () => fh.writev([Buffer.from('a'), Buffer.from('b')], 8));
  await attempt('fh.readv', () => fh.readv([Buffer.alloc(2), Buffer.alloc(2)], 0));
  await attempt('fh.stat', async () => (await fh.stat()).size);
  await attempt('fh.readFile', () => fh.readFile('utf8'));
  await attempt('fh.truncate', () => fh.truncate(5));
  await attempt('fh.sync', () => fh.sync());
  await attempt('fh.datasync', () => fh.datasync());
  await attempt('fh.chmod', () => fh.chmod(0o600));
  await attempt('fh.utimes', () => fh.utimes(7, 8));
  await attempt('fh.writeFile', () => fh.writeFile('rewritten'));
  await attempt('contents', () => fsp.readFile(at('a.txt'), 'utf8'));
  fh.on('close', () => console.log('close event'));
  await attempt('fh.close', () => fh.close());
  console.log(fh.fd);
  await attempt('fh.close again', () => fh.close());
  await attempt('fh.read closed', () => fh.read());
  await attempt('fh.stat closed', () => fh.stat());

  // Failures.
  await attempt('readFile missing', () => fsp.readFile(at('nope')));
  await attempt('open missing', () => fsp.open(at('nope')));
  await attempt('mkdir exists', () => fsp.mkdir(at('.')));
  await attempt('rm dir', () => fsp.rm(at('.')));
  await attempt('rmdir file', () => fsp.rmdir(at('a.txt')));
  await attempt('access bad mode', () => fsp.access(at('a.txt'), 'x'));
  await attempt('readFile bad path', () => fsp.readFile(5.5));
  await attempt('open bad flags', () => fsp.open(at('a.txt'), 'bogus'));
  await attempt('writeFile bad data', () => fsp.writeFile(at('a.txt'), 5));
  await attempt('copyFile excl', () => fsp.copyFile(at('a.txt'), at('c.txt'), fs.constants.COPYFILE_EXCL));
  await attempt('cp dir', () => fsp.cp(at('.'), at('sub')));
  const ac = new AbortController();
  ac.abort();
  await attempt('readFile aborted', () => fsp.readFile(at('a.txt'), { signal: ac.signal }));
  const err = await fsp.stat(at('nope')).catch((e) => e);
  console.log(err instanceof Error, Object.keys(err), err.stack.split('\n')[0].length > 0);
})();
