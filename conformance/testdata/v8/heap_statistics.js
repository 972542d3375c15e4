'use strict';
// v8.getHeapStatistics() and getHeapSpaceStatistics(): their shape (keys,
// space names, number types) and the relations between the numbers; the
// values themselves are the engine's and differ.
const v8 = require('v8');

const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((v) => Number.isInteger(v) && v >= 0));
console.log(stats.used_heap_size <= stats.total_heap_size, stats.total_heap_size <= stats.heap_size_limit,
  stats.used_heap_size > 0, stats.number_of_native_contexts, stats.does_zap_garbage);

const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name));
for (const s of spaces) {
  const keys = Object.keys(s).join(',');
  const ok = Object.values(s).slice(1).every((v) => Number.isInteger(v) && v >= 0) &&
    s.space_used_size <= s.space_size;
  console.log(s.space_name, keys, ok);
}
const used = spaces.reduce((n, s) => n + s.space_used_size, 0);
console.log('spaces used something', used > 0);
// prom-client's use: the name before '_space'.
console.log(spaces.map((s) => s.space_name.substr(0, s.space_name.indexOf('_space'))).join(' '));
