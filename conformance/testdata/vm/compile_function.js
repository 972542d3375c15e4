// compileFunction: parameters, context extensions, a parsing context.
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), add.length, JSON.stringify(add.name));
const withExt = vm.compileFunction('return a + x + y', ['a'], { contextExtensions: [{ x: 5 }, { y: 100 }] });
console.log(withExt(1));
const ctx = vm.createContext({ y: 21 });
const inCtx = vm.compileFunction('return y * 2', [], { parsingContext: ctx });
console.log(inCtx());
ctx.y = 50;
console.log(inCtx());
const ext = { total: 0 };
vm.compileFunction('total += n', ['n'], { contextExtensions: [ext] })(7);
console.log(ext.total);
