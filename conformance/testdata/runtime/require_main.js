'use strict';
// require.main is the entry module, in every module.
const child = require('./fixtures/main_check');
console.log('main is module', require.main === module);
console.log('child sees main', child.mainIsParent(module), child.selfIsMain);
console.log('module.id', module.id, 'loaded', module.loaded);
setImmediate(() => console.log('loaded later', module.loaded));
console.log('children', module.children.length, module.children[0] === require.cache[require.resolve('./fixtures/main_check')]);
