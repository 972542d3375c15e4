// require('util/types') (and node:util/types) is util.types itself.
const types = require('util/types');
console.log(types === require('util').types, require('node:util/types') === types);
console.log(types.isDate(new Date()), types.isRegExp(/x/), types.isPromise(Promise.resolve()));
console.log(require('module').builtinModules.includes('util/types'));
