'use strict';
// fs.watchFile / fs.unwatchFile: stat polling, 'change' with (current,
// previous), missing files, listener bookkeeping. fs.watch is not provided.
const fs = require('fs');
const { at } = require('./_tmp');

fs.writeFileSync(at('f'), 'one');
fs.utimesSync(at('f'), 100, 100);

const w = fs.watchFile(at('f'), { interval: 20 }, function listener(curr, prev) {
  console.log('change', this === w, curr.mtimeMs, prev.mtimeMs, curr.size, prev.size);
  fs.unwatchFile(at('f'), listener);
  watchMissing();
});
console.log(w.constructor.name, w instanceof require('events'), fs.watchFile(at('f'), () => {}) === w);
fs.unwatchFile(at('f'), () => {});
console.log('listeners', w.listenerCount('change'));
fs.unwatchFile(at('f'));
fs.watchFile(at('f'), { interval: 20 }, w.listeners('change')[0] || function listener(curr, prev) {
  console.log('change', curr.mtimeMs, prev.mtimeMs, curr.size, prev.size);
  fs.unwatchFile(at('f'));
  watchMissing();
});
setTimeout(() => {
  fs.writeFileSync(at('f'), 'three');
  fs.utimesSync(at('f'), 200, 200);
}, 300);

function watchMissing() {
  fs.watchFile(at('missing'), { interval: 20, bigint: true }, (curr, prev) => {
    console.log('missing', curr.constructor.name, curr.mtimeMs, prev.mtimeMs, curr.isFile());
    fs.unwatchFile(at('missing'));
  });
}
process.on('exit', () => console.log('exit'));
