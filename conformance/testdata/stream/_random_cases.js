'use strict';
// Random mixes of stream operations for random_mix.js: each case builds a
// few streams from a seed, schedules random reads, writes, pauses,
// destroys and so on across ticks, microtasks and immediates, and logs
// every event. Not a scenario itself.
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = require('stream');

// The seeded random source and logging helpers a case uses.
function tools(seed, log) {
  function rnd(n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  }
  const pick = (a) => a[rnd(a.length)];
  function d(v) {
    if (v === undefined) return 'u';
    if (v === null) return 'null';
    if (Buffer.isBuffer(v)) return 'B' + v.toString('latin1');
    if (v instanceof Error) return 'E' + (v.code || v.message);
    if (typeof v === 'object' && typeof v.on === 'function') return '<S>';
    return JSON.stringify(v);
  }
  const all = ['data', 'end', 'finish', 'prefinish', 'close', 'error', 'pause', 'resume', 'drain', 'pipe', 'unpipe'];
  function trace(name, s, evs = all) {
    for (const ev of evs) s.on(ev, (...a) => log(name, ev, ...a.map(d)));
  }
  // Runs fn now, on the next tick, in a microtask or on an immediate.
  function sched(fn) {
    const k = rnd(4);
    if (k === 0) fn();
    else if (k === 1) process.nextTick(fn);
    else if (k === 2) Promise.resolve().then(fn);
    else setImmediate(fn);
  }
  return { rnd, pick, d, trace, sched };
}

function pipes(seed, log) {
  const { rnd, pick, d, trace, sched } = tools(seed, log);
  const EV = ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'pause', 'resume', 'drain', 'pipe', 'unpipe'];
  const objectMode = rnd(3) === 0;
  const hwm = pick([0, 1, 2, 3, 5, 16, undefined]);
  let readCount = 0;
  const maxReads = 3 + rnd(6);
  const readMode = rnd(3);
  const r = new Readable({
    objectMode, highWaterMark: hwm, autoDestroy: rnd(5) !== 0, emitClose: rnd(6) !== 0,
    read(size) {
      readCount++;
      log('r _read', readCount);
      const push = () => { if (readCount > maxReads) this.push(null); else this.push(objectMode ? { n: readCount } : 'x'.repeat(readCount)); };
      if (readMode === 0) push(); else if (readMode === 1) process.nextTick(push); else sched(push);
    },
  });
  const useReadable = rnd(4) === 0;
  trace('r', r, EV.filter((e) => e !== 'readable' && (e !== 'data' || rnd(2))));
  if (useReadable) r.on('readable', () => { log('r readable len', r.readableLength); let c; let k = 0; while (k++ < 3 && (c = r.read(rnd(3) ? undefined : 2)) !== null) log('r read', d(c)); });
  const wmode = rnd(3);
  const whwm = pick([1, 2, 4, 16, undefined]);
  const w = new Writable({
    objectMode: objectMode || rnd(2) === 0, highWaterMark: whwm, decodeStrings: rnd(4) !== 0,
    write(chunk, enc, cb) {
      log('w _write', d(chunk), enc);
      const fail = rnd(25) === 0;
      const done = () => cb(fail ? new Error('wfail') : undefined);
      if (wmode === 0) done(); else if (wmode === 1) process.nextTick(done); else sched(done);
    },
    ...(rnd(2) ? { writev(chunks, cb) { log('w _writev', chunks.length, chunks.allBuffers); sched(() => cb()); } } : {}),
    ...(rnd(2) ? { final(cb) { log('w _final'); sched(() => cb(rnd(10) === 0 ? new Error('ffail') : null)); } } : {}),
  });
  trace('w', w, EV.filter((e) => !['data', 'readable', 'end', 'pause', 'resume'].includes(e)));
  const useT = rnd(2) === 0;
  let t;
  if (useT) {
    t = new Transform({
      objectMode, highWaterMark: pick([1, 2, 16, undefined]),
      transform(c, e, cb) { log('t _transform', d(c)); const m = rnd(3); if (m === 0) cb(null, c); else if (m === 1) { this.push(c); sched(() => cb()); } else sched(() => cb(null, c)); },
      flush(cb) { log('t _flush'); cb(); },
    });
    trace('t', t, EV.filter((e) => e !== 'readable' && e !== 'data'));
  }
  const mode = rnd(4);
  if (mode === 0) { if (useT) r.pipe(t).pipe(w); else r.pipe(w); }
  else if (mode === 1) { const s = useT ? [r, t, w] : [r, w]; pipeline(...s, (err) => log('pipeline cb', d(err))); }
  else if (mode === 2) { r.on('data', (c) => { const ok = w.write(c, (e) => log('wcb', d(e))); log('write ->', ok); if (!ok && rnd(2)) { r.pause(); w.once('drain', () => r.resume()); } }); r.on('end', () => w.end(() => log('end cb'))); }
  else { finished(r, (e) => log('finished r', d(e))); finished(w, (e) => log('finished w', d(e))); r.resume(); for (let i = 0; i < 3; i++) w.write(objectMode ? { i } : 'q' + i, (e) => log('wcb', i, d(e))); if (rnd(2)) w.cork(); sched(() => { w.uncork(); w.end(); }); }
  const actions = 1 + rnd(4);
  for (let i = 0; i < actions; i++) {
    sched(() => {
      const a = rnd(8);
      if (a === 0) { log('act pause'); r.pause(); }
      else if (a === 1) { log('act resume'); r.resume(); }
      else if (a === 2 && rnd(3) === 0) { log('act destroy r'); r.destroy(rnd(2) ? new Error('rboom') : undefined); }
      else if (a === 3 && rnd(3) === 0) { log('act destroy w'); w.destroy(rnd(2) ? new Error('wboom') : undefined); }
      else if (a === 4) { log('act read', d(r.read())); }
      else if (a === 5) { log('act unshift'); if (!r.readableEnded) r.unshift(objectMode ? { u: 1 } : 'U'); }
      else if (a === 6) { log('act props', r.readableFlowing, r.readableLength, w.writableLength, w.writableNeedDrain, r.destroyed, w.destroyed); }
      else { log('act unpipe'); r.unpipe(); }
    });
  }

}

function shapes(seed, log) {
  const { rnd, pick, d, trace, sched } = tools(seed, log);
  const scenario = rnd(6);
  log('scenario', scenario);
  if (scenario === 0) {
    // Duplex with construct and half-open options
    const d1 = new Duplex({
      allowHalfOpen: rnd(2) === 0, highWaterMark: pick([1, 2, 16]),
      construct: rnd(2) ? (cb) => { log('construct'); sched(() => cb(rnd(8) === 0 ? new Error('cfail') : undefined)); } : undefined,
      read() { log('_read'); sched(() => this.push(rnd(3) ? 'r' : null)); },
      write(c, e, cb) { log('_write', d(c)); sched(cb); },
      final(cb) { log('_final'); sched(cb); },
    });
    trace('d', d1);
    for (let i = 0; i < 1 + rnd(3); i++) sched(() => { const a = rnd(5); if (a === 0) d1.end('e'); else if (a === 1) log('write', d1.write('w')); else if (a === 2) d1.resume(); else if (a === 3) d1.pause(); else if (rnd(3) === 0) d1.destroy(); });
    finished(d1, (e) => log('finished', d(e)));
  } else if (scenario === 1) {
    // async iteration with random breaks
    const arr = Array.from({ length: 1 + rnd(5) }, (_, i) => (rnd(2) ? i : String(i)));
    const r = rnd(2) ? Readable.from(arr) : new Readable({ objectMode: true, read() { sched(() => this.push(arr.length ? arr.shift() : null)); } });
    trace('r', r, ['end', 'close', 'error']);
    const stopAt = rnd(4);
    (async () => {
      let i = 0;
      try {
        for await (const v of r) { log('v', d(v)); if (i++ === stopAt) { if (rnd(2)) break; else throw new Error('stop'); } }
      } catch (e) { log('caught', d(e)); }
      log('loop done', r.destroyed);
    })();
    if (rnd(4) === 0) sched(() => r.destroy(rnd(2) ? new Error('x') : undefined));
  } else if (scenario === 2) {
    // setEncoding with multibyte
    const bytes = Buffer.from(pick(['h€llo', '日本語', 'a😀b', 'plain']));
    const r = new Readable({ read() {} });
    if (rnd(2)) r.setEncoding(pick(['utf8', 'hex', 'base64', 'latin1']));
    let i = 0;
    const step = () => { if (i >= bytes.length) { r.push(null); return; } const n = 1 + rnd(3); r.push(bytes.subarray(i, i + n)); i += n; sched(step); };
    step();
    if (rnd(2)) r.setEncoding('utf8');
    trace('r', r, ['data', 'end', 'close']);
  } else if (scenario === 3) {
    // multiple pipe destinations with different speeds
    const r = new Readable({ highWaterMark: pick([1, 4, 16]), read() {} });
    const sinks = [];
    for (let k = 0; k < 1 + rnd(3); k++) {
      const w = new Writable({ highWaterMark: pick([1, 3, 8]), write(c, e, cb) { log('w' + k, d(c)); sched(cb); } });
      trace('w' + k, w, ['drain', 'finish', 'close', 'unpipe']);
      r.pipe(w); sinks.push(w);
    }
    trace('r', r, ['pause', 'resume', 'end']);
    for (let i = 0; i < 6; i++) sched(() => r.push('c' + i));
    sched(() => { if (rnd(3) === 0) r.unpipe(pick(sinks)); });
    setImmediate(() => setImmediate(() => r.push(null)));
  } else if (scenario === 4) {
    // pipeline with generators
    const fns = [];
    fns.push(Readable.from(['a', 'b', 'c']));
    if (rnd(2)) fns.push(async function* (src) { for await (const c of src) { if (rnd(10) === 0) throw new Error('gen'); yield c + '1'; } });
    if (rnd(2)) fns.push(new PassThrough({ objectMode: true }));
    fns.push(async function (src) { const all = []; for await (const c of src) all.push(c); return all.join(); });
    pipeline(...fns, (err, val) => log('done', d(err), d(val)));
  } else {
    // writable cork/writev/end patterns
    const w = new Writable({
      highWaterMark: pick([1, 2, 10]), objectMode: rnd(2) === 0,
      write(c, e, cb) { log('_write', d(c)); sched(cb); },
      writev: rnd(2) ? (cs, cb) => { log('_writev', cs.map((x) => d(x.chunk)).join(',')); sched(cb); } : undefined,
    });
    trace('w', w, ['drain', 'finish', 'close', 'error', 'prefinish']);
    for (let i = 0; i < 6; i++) {
      sched(() => {
        const a = rnd(6);
        if (a === 0) w.cork(); else if (a === 1) w.uncork(); else if (a === 2) log('write', i, w.write('x' + i, (e) => log('cb', i, d(e))));
        else if (a === 3 && rnd(3) === 0) w.end((e) => log('endcb', d(e))); else if (a === 4 && rnd(5) === 0) w.destroy(); else log('len', w.writableLength, w.writableCorked, w.writableNeedDrain);
      });
    }
    setImmediate(() => setImmediate(() => w.end()));
  }

}

module.exports = { pipes, shapes };
