// Argument validation, timeouts, syntax errors and thrown values.
const vm = require('vm');

const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
t(() => vm.runInContext('1', {}));
t(() => vm.createContext(1));
t(() => new vm.Script('1', { filename: 1 }));
t(() => new vm.Script('1', { lineOffset: 'a' }));
t(() => new vm.Script('1', { cachedData: 1 }));
t(() => vm.runInThisContext('1', { timeout: 0 }));
t(() => vm.runInThisContext('1', { timeout: '1' }));
t(() => vm.runInThisContext('1', { displayErrors: 1 }));
t(() => vm.runInNewContext('1', 1));
t(() => vm.runInThisContext('while (true) {}', { timeout: 20 }));
t(() => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }));
t(() => vm.runInThisContext('try { while (true) {} } catch (e) { "caught" }', { timeout: 20 }));
t(() => vm.runInThisContext('let', 'foo.js'));
t(() => vm.runInNewContext('throw new TypeError("boom")'));
t(() => vm.runInNewContext('throw 5'));
t(() => vm.compileFunction(1));
t(() => vm.compileFunction('return a', ['a'], { contextExtensions: 1 }));
t(() => vm.compileFunction('return a', [1]));
t(() => vm.compileFunction('', [], { parsingContext: {} }));
t(() => vm.compileFunction('', [], { contextExtensions: [1] }));
t(() => vm.isContext(1));
t(() => vm.createContext({}, { name: 1 }));

t(() => vm.measureMemory({ mode: 'x' }));
