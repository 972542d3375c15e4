'use strict';
// process.memoryUsage(): node's keys in node's order, integer values.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0), m.heapUsed <= m.heapTotal, m.rss > 0);
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
