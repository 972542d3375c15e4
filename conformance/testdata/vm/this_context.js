// runInThisContext runs in the main context: it sees globals (not the
// caller's locals) and its declarations become globals.
const vm = require('vm');

const local = 'module scope';
globalThis.shared = 5;
console.log(vm.runInThisContext('1 + 2'));
console.log(vm.runInThisContext('shared * 2'));
console.log(vm.runInThisContext('typeof local'), local);
vm.runInThisContext('var declared = 7; function hoisted() { return declared * 6; }');
console.log(typeof declared, declared, hoisted());
const script = new vm.Script('globalThis.runs = (globalThis.runs || 0) + 1', { filename: 'counter.js' });
script.runInThisContext();
script.runInThisContext();
console.log(globalThis.runs);
console.log(vm.createScript('"created"').runInThisContext());
const made = vm.runInThisContext('\n\n  new Error("made here")', { filename: '/virtual/made.js' });
console.log(made.stack.split('\n')[1]);
try {
  vm.runInThisContext('var ok = 1;\nthrow new RangeError("thrown")', '/virtual/thrower.js');
} catch (err) {
  console.log(err instanceof RangeError, err.message, err.stack.split('\n').find((l) => l.includes('at /virtual')));
}
console.log(Object.keys(vm).join(' '));
console.log(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, typeof vm.constants.DONT_CONTEXTIFY);
