// An error thrown by code in a context reaches the top as node reports it.
const vm = require('vm');

const ctx = vm.createContext({ n: 1 });
vm.runInContext('n += 1;\nthrow new Error("n is " + n)', ctx, { filename: 'config.vm' });
