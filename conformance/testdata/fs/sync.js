'use strict';
// The *Sync forms: files, descriptors, directories, links, metadata.
const fs = require('fs');
const { at, show } = require('./_tmp');

fs.writeFileSync(at('a.txt'), 'hello\n');
fs.appendFileSync(at('a.txt'), 'world\n');
fs.appendFileSync(at('a.txt'), Buffer.from('bytes\n'));
fs.writeFileSync(at('b.bin'), new Uint8Array([1, 2, 3, 250]));
console.log(JSON.stringify(fs.readFileSync(at('a.txt'), 'utf8')));
console.log(fs.readFileSync(at('a.txt')));
console.log(fs.readFileSync(at('a.txt'), { encoding: 'base64' }));
console.log(fs.readFileSync(at('b.bin'), 'hex'), fs.readFileSync(at('b.bin'), 'latin1').length);
fs.writeFileSync(at('u.txt'), 'héllo', 'latin1');
console.log(fs.readFileSync(at('u.txt')));
fs.writeFileSync(at('a.txt'), 'X', { flag: 'r+' });
console.log(fs.readFileSync(at('a.txt'), 'utf8').slice(0, 6));

// Descriptors.
const fd = fs.openSync(at('fd.txt'), 'w+', 0o640);
console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('ghij'), 1, 2));
console.log(fs.writeSync(fd, 'Z', 0), fs.writeSync(fd, Buffer.from('0123'), 0, 4, 20));
const buf = Buffer.alloc(32);
const n = fs.readSync(fd, buf, 0, 32, 0);
console.log(n, JSON.stringify(buf.toString('latin1', 0, n)));
console.log(fs.readSync(fd, buf, { position: 2, length: 3 }), buf.toString('utf8', 0, 3));
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).isFile(), (fs.fstatSync(fd).mode & 0o777).toString(8));
fs.ftruncateSync(fd, 3);
console.log(fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fchmodSync(fd, 0o600);
console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
fs.futimesSync(fd, 1000, new Date(2000000));
console.log(fs.fstatSync(fd).mtimeMs, fs.fstatSync(fd).atime.toISOString());
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0), fs.readFileSync(at('fd.txt'), 'utf8'));
const parts = [Buffer.alloc(1), Buffer.alloc(2)];
console.log(fs.readvSync(fd, parts, 1), parts);
fs.closeSync(fd);

// Directories.
console.log(show(fs.mkdirSync(at('d1', 'd2', 'd3'), { recursive: true })));
console.log(fs.mkdirSync(at('d1', 'd2'), { recursive: true }));
console.log(fs.mkdirSync(at('plain')));
fs.writeFileSync(at('d1', 'f1'), '1');
fs.writeFileSync(at('d1', 'd2', 'f2'), '2');
console.log(fs.readdirSync(at('d1')));
console.log(fs.readdirSync(at('d1'), { recursive: true }));
console.log(fs.readdirSync(at('d1'), 'buffer'));
for (const d of fs.readdirSync(at('d1'), { withFileTypes: true })) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), show(d.parentPath));
}
console.log(fs.readdirSync(at('d1'), { withFileTypes: true, recursive: true }).map((d) => show(`${d.parentPath}:${d.name}`)));

// Names, links, copies.
fs.renameSync(at('d1', 'f1'), at('d1', 'f1-renamed'));
fs.copyFileSync(at('b.bin'), at('c.bin'));
console.log(fs.readFileSync(at('c.bin')));
fs.copyFileSync(at('b.bin'), at('c.bin'), fs.constants.COPYFILE_FICLONE);
fs.symlinkSync('b.bin', at('link'));
fs.symlinkSync(at('d1'), at('dirlink'), 'dir');
console.log(fs.readlinkSync(at('link')), fs.readlinkSync(at('link'), 'buffer'));
console.log(fs.lstatSync(at('link')).isSymbolicLink(), fs.statSync(at('link')).isFile(), fs.statSync(at('link')).size);
console.log(show(fs.realpathSync(at('dirlink', 'd2'))), show(fs.realpathSync.native(at('link'))));
console.log(show(fs.realpathSync(at('.', 'd1', '..', 'link'))));
fs.linkSync(at('b.bin'), at('hard'));
console.log(fs.statSync(at('b.bin')).nlink, fs.statSync(at('hard')).ino === fs.statSync(at('b.bin')).ino);
fs.unlinkSync(at('hard'));
console.log(fs.statSync(at('b.bin')).nlink);

// Metadata.
fs.chmodSync(at('b.bin'), '755');
console.log((fs.statSync(at('b.bin')).mode & 0o777).toString(8));
fs.utimesSync(at('b.bin'), 1234.5, new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 678)));
const st = fs.statSync(at('b.bin'));
console.log(st.atimeMs, st.mtimeMs, st.atime, st.mtime);
fs.lutimesSync(at('link'), 5, 6);
console.log(fs.lstatSync(at('link')).mtimeMs, fs.statSync(at('link')).mtimeMs);
const big = fs.statSync(at('b.bin'), { bigint: true });
console.log(typeof big.size, big.size, big.mtimeNs, big.mtimeMs, big.isFile(), big.mode & 0o777n);
fs.chownSync(at('b.bin'), process.getuid(), process.getgid());
fs.lchownSync(at('link'), -1, -1);
console.log(fs.statSync(at('b.bin')).uid === process.getuid());
fs.truncateSync(at('a.txt'), 2);
console.log(fs.readFileSync(at('a.txt'), 'utf8'));
fs.truncateSync(at('a.txt'));
console.log(fs.statSync(at('a.txt')).size);
console.log(fs.existsSync(at('a.txt')), fs.existsSync(at('none')), fs.existsSync(), fs.existsSync('a\0b'));
fs.accessSync(at('a.txt'), fs.constants.R_OK | fs.constants.W_OK);
console.log(fs.statSync(at('none'), { throwIfNoEntry: false }), fs.lstatSync(at('none'), { throwIfNoEntry: false }));
const sfs = fs.statfsSync(at('a.txt'));
console.log(sfs.constructor.name, Object.keys(sfs), typeof sfs.bsize);
console.log(typeof fs.statfsSync(at('a.txt'), { bigint: true }).blocks);

// Temporary directories and removal.
const tmp = fs.mkdtempSync(at('tmp-'));
console.log(show(tmp).replace(/-[A-Za-z0-9]{6}$/, '-XXXXXX'), fs.statSync(tmp).isDirectory());
const tmp2 = fs.mkdtempSync(at('tmp-'), 'buffer');
console.log(Buffer.isBuffer(tmp2));
fs.rmdirSync(tmp2);
fs.rmdirSync(tmp);
fs.rmSync(at('d1'), { recursive: true });
fs.rmSync(at('none'), { force: true });
fs.rmSync(at('c.bin'));
console.log(fs.readdirSync(at('.')));
