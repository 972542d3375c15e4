'use strict';
// zlib's stream classes and callback/promise forms, in stages chained from
// callbacks: round trips through pipes, input fed a few bytes at a time,
// flush(), params(), reset(), errors as 'error' events, and destroy.
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');

const src = Buffer.alloc(200000, 'hello stream world, ');

function collect(stream, cb) {
  const parts = [];
  stream.on('data', (c) => parts.push(c));
  stream.on('end', () => cb(Buffer.concat(parts)));
}

const stages = [
  (next) => {
    zlib.gzip(src, (err, gz) => {
      console.log('gzip callback', err, zlib.gunzipSync(gz).equals(src));
      zlib.gunzip(gz, { chunkSize: 1024 }, (err2, out) => {
        console.log('gunzip callback', err2, out.equals(src));
        next();
      });
    });
  },
  (next) => {
    zlib.inflate(Buffer.from('not zlib'), (err, out) => {
      console.log('inflate callback error', err.message, err.code, err.errno, out);
      next();
    });
  },
  (next) => {
    try {
      zlib.deflate('x', { level: 42 }, () => {});
    } catch (e) {
      console.log('callback form throws on options', e.code);
    }
    try {
      zlib.deflate('x');
    } catch (e) {
      console.log('callback form needs a callback', e.code, e.message);
    }
    next();
  },
  (next) => {
    const p = util.promisify(zlib.deflateRaw);
    p('promised').then((raw) => util.promisify(zlib.inflateRaw)(raw)).then((out) => {
      console.log('promisified', out.toString());
      next();
    });
  },
  (next) => {
    // A pipeline through every pair of classes.
    const pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
      ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']];
    let i = 0;
    const one = () => {
      if (i === pairs.length) return next();
      const [c, d] = pairs[i++];
      const parts = [];
      pipeline(Readable.from([src.subarray(0, 1000), src.subarray(1000)]), zlib[c](), zlib[d](),
        new Writable({ write(chunk, enc, cb) { parts.push(chunk); cb(); } }), (err) => {
          console.log('pipeline', c, d, err, Buffer.concat(parts).equals(src));
          one();
        });
    };
    one();
  },
  (next) => {
    // Node's gzip bytes fed seven bytes at a time.
    const gz = Buffer.from('H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUDAOZKZrCEAwAA', 'base64');
    const g = zlib.createGunzip();
    collect(g, (out) => {
      console.log('bytewise', out.toString() === 'The quick brown fox jumps over the lazy dog. '.repeat(20), g.bytesWritten);
      next();
    });
    for (let i = 0; i < gz.length; i += 7) g.write(gz.subarray(i, i + 7));
    g.end();
  },
  (next) => {
    // flush() makes what was written so far decodable.
    const d = zlib.createDeflate();
    const inf = zlib.createInflate();
    d.pipe(inf);
    let got = '';
    inf.on('data', (c) => { got += c; });
    d.write('first part, ');
    d.flush(() => {
      setTimeout(() => {
        console.log('after flush', got);
        d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
          d.end('second part');
        });
      }, 20);
    });
    inf.on('end', () => {
      console.log('after end', got);
      next();
    });
  },
  (next) => {
    const g = zlib.createGunzip();
    g.on('error', (e) => console.log('error event', e.message, e.code, e.errno));
    g.on('close', () => {
      console.log('closed after error', g.destroyed);
      next();
    });
    g.end(zlib.gzipSync('abc').subarray(0, 12));
  },
  (next) => {
    const g = zlib.createInflate();
    g.on('error', (e) => console.log('bad header event', e.message, e.code));
    g.on('close', next);
    g.write(Buffer.from('garbage'));
  },
  (next) => {
    const g = zlib.createGzip();
    g.close(() => {
      console.log('close callback', g.destroyed);
      next();
    });
  },
  (next) => {
    // reset() starts a new stream on the same object.
    const d = zlib.createDeflateRaw();
    collect(d, (out) => {
      console.log('after reset', zlib.inflateRawSync(out).toString());
      next();
    });
    d.write('abc', () => {
      d.reset();
      d.end('xyz');
    });
  },
  (next) => {
    // maxOutputLength limits the convenience functions, not streams.
    const u = zlib.createGunzip({ maxOutputLength: 1000 });
    collect(u, (out) => {
      console.log('stream ignores maxOutputLength', out.length);
      next();
    });
    u.end(zlib.gzipSync(src));
  },
];

(function run(i) {
  if (i < stages.length) stages[i](() => run(i + 1));
})(0);
