// Cached data: produced as a Buffer, accepted for a script of the same
// source, rejected when it is not data vm made.
const vm = require('vm');

const s = new vm.Script('1 + 1', { produceCachedData: true });
console.log(s.cachedDataProduced, Buffer.isBuffer(s.cachedData), s.cachedDataRejected);
const again = new vm.Script('1 + 1', { cachedData: s.createCachedData() });
console.log(again.cachedDataRejected, again.cachedDataProduced, Object.keys(again));
console.log(Buffer.isBuffer(again.createCachedData()), again.runInThisContext());
console.log(new vm.Script('1 + 2', { cachedData: Buffer.from('not a cache') }).cachedDataRejected);
console.log(Object.keys(new vm.Script('1')), new vm.Script('1\n//# sourceMappingURL=x.map').sourceMapURL);
