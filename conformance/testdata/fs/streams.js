'use strict';
// fs.ReadStream and fs.WriteStream: events in order, ranges, encodings,
// descriptors and FileHandles, errors.
const fs = require('fs');
const fsp = require('fs/promises');
const { pipeline } = require('stream');
const { at, show } = require('./_tmp');

function logEvents(stream, name, events) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      let shown = arg === undefined ? '' : typeof arg === 'number' ? typeof arg : show(arg);
      if (Buffer.isBuffer(arg)) shown = `<${arg.length} bytes>`;
      console.log(name, ev, shown);
    });
  }
}

const steps = [
  (next) => {
    const ws = fs.createWriteStream(at('w.txt'));
    console.log('pending', ws.pending, ws instanceof fs.WriteStream, ws instanceof require('stream').Writable);
    logEvents(ws, 'ws', ['open', 'ready', 'finish', 'close']);
    ws.write('alpha\n');
    ws.write(Buffer.from('beta\n'));
    ws.end('gamma\n', () => {
      console.log('end cb', ws.bytesWritten, ws.pending, show(ws.path));
    });
    ws.on('close', next);
  },
  (next) => {
    const rs = fs.createReadStream(at('w.txt'), { highWaterMark: 8 });
    console.log('rs', rs.pending, rs.readableHighWaterMark, rs.start, rs.end, rs.flags, rs.mode);
    logEvents(rs, 'rs', ['open', 'ready', 'data', 'end', 'close']);
    rs.on('close', () => { console.log('bytesRead', rs.bytesRead); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(at('w.txt'), { encoding: 'utf8', start: 2, end: 8 });
    let text = '';
    rs.on('data', (c) => { text += c; });
    rs.on('end', () => { console.log('range', JSON.stringify(text)); next(); });
  },
  (next) => {
    const ws = fs.createWriteStream(at('w.txt'), { flags: 'r+', start: 1 });
    ws.end('XY', () => {
      console.log('overwrite', JSON.stringify(fs.readFileSync(at('w.txt'), 'utf8')));
      next();
    });
  },
  (next) => {
    const ws = fs.createWriteStream(at('w.txt'), { flags: 'a', encoding: 'hex' });
    ws.end('41424344', () => {
      console.log('append', JSON.stringify(fs.readFileSync(at('w.txt'), 'utf8').slice(-6)));
      next();
    });
  },
  (next) => {
    pipeline(fs.createReadStream(at('w.txt')), fs.createWriteStream(at('copy.txt')), (err) => {
      console.log('pipeline', err, fs.readFileSync(at('copy.txt'), 'utf8') === fs.readFileSync(at('w.txt'), 'utf8'));
      next();
    });
  },
  (next) => {
    const fd = fs.openSync(at('w.txt'), 'r');
    const rs = fs.createReadStream(null, { fd, start: 0, end: 4, autoClose: false });
    rs.on('data', (c) => console.log('fd data', JSON.stringify(c.toString())));
    rs.on('end', () => {
      console.log('fd end', rs.fd === fd, rs.destroyed);
      fs.closeSync(fd);
      next();
    });
  },
  (next) => {
    const rs = fs.createReadStream(at('missing.txt'));
    logEvents(rs, 'missing', ['open', 'error', 'close']);
    rs.on('close', () => { console.log('destroyed', rs.destroyed); next(); });
  },
  (next) => {
    const ws = fs.createWriteStream(at('nodir', 'x.txt'));
    ws.on('error', (err) => console.log('ws error', show(err)));
    ws.on('close', next);
    ws.write('lost');
  },
  (next) => {
    const rs = fs.createReadStream(at('.'));
    rs.on('error', (err) => console.log('dir error', show(err)));
    rs.on('close', next);
    rs.resume();
  },
  async (next) => {
    const fh = await fsp.open(at('w.txt'));
    const rs = fh.createReadStream({ encoding: 'utf8', end: 3 });
    let text = '';
    rs.on('data', (c) => { text += c; });
    rs.on('close', () => { console.log('filehandle', JSON.stringify(text), fh.fd); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(at('w.txt'));
    rs.close((err) => { console.log('closed early', err, rs.destroyed); next(); });
  },
  (next) => {
    for (const bad of [{ start: -1 }, { start: 5, end: 2 }, { end: 'x' }, { fd: 'x' }]) {
      try {
        fs.createReadStream(at('w.txt'), bad);
      } catch (err) {
        console.log('bad', err.code, err.message);
      }
    }
    try {
      fs.createWriteStream(at('w.txt'), { flush: 'x' });
    } catch (err) {
      console.log('bad flush', err.code, err.message);
    }
    try {
      fs.createReadStream(42);
    } catch (err) {
      console.log('bad path', err.code, err.message);
    }
    next();
  },
];

let i = 0;
function next() {
  if (i < steps.length) steps[i++](next);
  else console.log('done');
}
next();
