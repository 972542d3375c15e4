'use strict';
// exports is only an alias of module.exports: replacing module.exports wins,
// reassigning exports does nothing.
console.log('alias', exports === module.exports, this === module.exports);
console.log(JSON.stringify(require('./fixtures/exports_replaced')));
console.log(JSON.stringify(require('./fixtures/exports_reassigned')));
console.log(typeof require('./fixtures/exports_function'), require('./fixtures/exports_function')(2));
console.log(JSON.stringify(require('./fixtures/exports_empty')));
