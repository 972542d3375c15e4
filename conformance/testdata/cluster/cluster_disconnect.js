// cluster.disconnect(cb): every connected worker is disconnected and leaves
// cluster.workers at once; cb runs when the first of them exits. With no
// workers, cb runs on the next tick.
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  const N = 3;
  let online = 0;
  let exits = 0;
  const states = [];
  cluster.on('online', () => {
    if (++online < N) return;
    console.log('all online', Object.keys(cluster.workers));
    const ret = cluster.disconnect(() => {
      console.log('callback: exits so far', exits, 'workers', Object.keys(cluster.workers));
    });
    console.log('returns', ret, 'workers', Object.keys(cluster.workers));
    for (const w of all) states.push(`${w.id}:${w.state}:${w.exitedAfterDisconnect}`);
    console.log(states.join(' '));
  });
  cluster.on('exit', (w, code, signal) => {
    exits++;
    if (exits < N) return;
    console.log('all exited', all.map((x) => `${x.id}:${x.state}:${x.exitedAfterDisconnect}`).join(' '));
    cluster.disconnect(() => console.log('empty callback'));
    cluster.disconnect();
    console.log('sync after empty disconnect');
  });
  const all = [];
  for (let i = 0; i < N; i++) all.push(cluster.fork());
} else {
  process.on('exit', (code) => {
    if (code !== 0 || !cluster.worker.exitedAfterDisconnect) console.error('bad worker exit', code);
  });
}
