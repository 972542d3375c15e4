'use strict';
// Modules run once and are cached; deleting the cache entry makes the next
// require() run the file again.
const id = require.resolve('./fixtures/counter');
const c1 = require('./fixtures/counter');
const c2 = require('./fixtures/counter.js');
console.log('same', c1 === c2, 'runs', global.counterRuns);
console.log('in cache', id in require.cache, require.cache[id].exports === c1);
delete require.cache[id];
const c3 = require('./fixtures/counter');
console.log('after delete: same', c1 === c3, 'runs', global.counterRuns);
