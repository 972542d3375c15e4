'use strict';
// The callback forms, one after another: results, callback arguments and
// the errors they get (which have no stack frames, as Node's have none).
const fs = require('fs');
const { at, show } = require('./_tmp');

const steps = [
  (next) => fs.writeFile(at('a.txt'), 'abc', (...args) => { console.log('writeFile', args); next(); }),
  (next) => fs.appendFile(at('a.txt'), 'def', 'utf8', (...args) => { console.log('appendFile', args); next(); }),
  (next) => fs.readFile(at('a.txt'), (err, data) => { console.log('readFile', err, data); next(); }),
  (next) => fs.readFile(at('a.txt'), 'hex', (err, data) => { console.log('readFile hex', err, data); next(); }),
  (next) => fs.open(at('a.txt'), 'r+', (err, fd) => {
    console.log('open', err, typeof fd);
    const buf = Buffer.alloc(4);
    fs.read(fd, buf, 0, 4, 1, (err, n, b) => {
      console.log('read', err, n, b === buf, b);
      fs.read(fd, (err, n, b) => {
        console.log('read default', err, n, b.length);
        fs.write(fd, 'XY', 0, (err, n, s) => {
          console.log('write string', err, n, s);
          fs.write(fd, Buffer.from('Q'), 0, 1, 5, (err, n, b) => {
            console.log('write buffer', err, n, b);
            fs.fstat(fd, (err, st) => {
              console.log('fstat', err, st.size, st.isFile(), st instanceof fs.Stats);
              fs.ftruncate(fd, 4, (...args) => {
                console.log('ftruncate', args);
                fs.fsync(fd, (...args) => {
                  console.log('fsync', args);
                  fs.close(fd, (...args) => { console.log('close', args); next(); });
                });
              });
            });
          });
        });
      });
    });
  }),
  (next) => fs.readFile(at('a.txt'), 'utf8', (err, s) => { console.log('contents', err, s); next(); }),
  (next) => fs.mkdir(at('x', 'y'), { recursive: true }, (err, first) => { console.log('mkdir', err, show(first)); next(); }),
  (next) => fs.mkdir(at('x', 'y'), { recursive: true }, (...args) => { console.log('mkdir again', args); next(); }),
  (next) => fs.mkdir(at('z'), (...args) => { console.log('mkdir plain', args); next(); }),
  (next) => fs.readdir(at('.'), (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.readdir(at('.'), { withFileTypes: true }, (err, ents) => {
    console.log('readdir types', err, ents.map((d) => `${d.name}:${d.isDirectory()}`));
    next();
  }),
  (next) => fs.readdir(at('.'), { recursive: true }, (err, names) => { console.log('readdir recursive', err, names); next(); }),
  (next) => fs.stat(at('a.txt'), (err, st) => { console.log('stat', err, st.size); next(); }),
  (next) => fs.stat(at('a.txt'), { bigint: true }, (err, st) => { console.log('stat bigint', err, st.size); next(); }),
  (next) => fs.lstat(at('x'), (err, st) => { console.log('lstat', err, st.isDirectory()); next(); }),
  (next) => fs.access(at('a.txt'), (...args) => { console.log('access', args); next(); }),
  (next) => fs.access(at('a.txt'), fs.constants.W_OK, (...args) => { console.log('access W_OK', args); next(); }),
  (next) => fs.exists(at('a.txt'), (...args) => { console.log('exists', args); next(); }),
  (next) => fs.exists(at('nope'), (...args) => { console.log('exists missing', args); next(); }),
  (next) => fs.rename(at('a.txt'), at('b.txt'), (...args) => { console.log('rename', args); next(); }),
  (next) => fs.copyFile(at('b.txt'), at('c.txt'), (...args) => { console.log('copyFile', args); next(); }),
  (next) => fs.copyFile(at('b.txt'), at('c.txt'), fs.constants.COPYFILE_EXCL, (err) => { console.log('copyFile excl', show(err)); next(); }),
  (next) => fs.symlink('b.txt', at('l'), (...args) => { console.log('symlink', args); next(); }),
  (next) => fs.readlink(at('l'), (...args) => { console.log('readlink', args); next(); }),
  (next) => fs.realpath(at('l'), (err, p) => { console.log('realpath', err, show(p)); next(); }),
  (next) => fs.realpath.native(at('l'), (err, p) => { console.log('realpath.native', err, show(p)); next(); }),
  (next) => fs.link(at('b.txt'), at('h'), (...args) => { console.log('link', args); next(); }),
  (next) => fs.chmod(at('b.txt'), 0o600, (...args) => { console.log('chmod', args); next(); }),
  (next) => fs.utimes(at('b.txt'), 10, 20, (...args) => { console.log('utimes', args, fs.statSync(at('b.txt')).mtimeMs); next(); }),
  (next) => fs.truncate(at('b.txt'), 1, (...args) => { console.log('truncate', args, fs.readFileSync(at('b.txt'), 'utf8')); next(); }),
  (next) => fs.mkdtemp(at('t-'), (err, p) => { console.log('mkdtemp', err, show(p).length); fs.rmdirSync(p); next(); }),
  (next) => fs.unlink(at('h'), (...args) => { console.log('unlink', args); next(); }),
  (next) => fs.rmdir(at('z'), (...args) => { console.log('rmdir', args); next(); }),
  (next) => fs.rm(at('x'), { recursive: true }, (...args) => { console.log('rm', args); next(); }),
  (next) => fs.rm(at('nope'), { force: true }, (...args) => { console.log('rm force', args); next(); }),
  // Failures.
  (next) => fs.readFile(at('nope'), (err, data) => { console.log('readFile missing', show(err), data); next(); }),
  (next) => fs.readFile(at('.'), (err) => { console.log('readFile dir', show(err)); next(); }),
  (next) => fs.open(at('nope', 'x'), 'w', (err) => { console.log('open', show(err)); next(); }),
  (next) => fs.stat(at('nope'), (err) => { console.log('stat', show(err), show(JSON.stringify(err.stack))); next(); }),
  (next) => fs.mkdir(at('b.txt'), (err) => { console.log('mkdir exists', show(err)); next(); }),
  (next) => fs.rename(at('nope'), at('nope2'), (err) => { console.log('rename', show(err)); next(); }),
  (next) => fs.rmdir(at('b.txt'), (err) => { console.log('rmdir file', show(err)); next(); }),
  (next) => fs.rm(at('.'), (err) => { console.log('rm dir', show(err), show(err.stack)); next(); }),
  (next) => fs.readdir(at('b.txt'), (err) => { console.log('readdir file', show(err)); next(); }),
  (next) => fs.close(12345, (err) => { console.log('close', show(err)); next(); }),
  (next) => fs.unlink(at('nope'), (err) => { console.log('unlink', show(err)); next(); }),
  (next) => fs.realpath(at('nope', 'deeper'), (err) => { console.log('realpath', show(err)); next(); }),
  (next) => fs.link(at('nope'), at('b.txt'), (err) => { console.log('link', show(err)); next(); }),
];

let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else console.log('done');
}
next();
