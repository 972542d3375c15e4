// A sandbox's variables are read and written by code run in its context;
// var and function declarations land on it; functions made there keep
// seeing it when called later; the main global is untouched.
const vm = require('vm');

const sandbox = { animal: 'cat', count: 2 };
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
const result = vm.runInContext('count += 1; name = "kitty"; var x = 10; function describe() { return animal + " " + name + " " + x; } describe()', sandbox);
console.log(result, sandbox.count, sandbox.name, sandbox.x, typeof sandbox.describe);
sandbox.animal = 'dog';
console.log(sandbox.describe());
console.log(typeof globalThis.x, typeof globalThis.name, typeof globalThis.describe);

console.log(vm.runInNewContext('typeof notDefinedAnywhere'));
try {
  vm.runInNewContext('notDefinedAnywhere + 1');
} catch (err) {
  console.log(err.name, err.message);
}
console.log(vm.runInNewContext('JSON.stringify([a, b].map(Math.abs))', { a: -1, b: 2 }));

const counter = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const ctx = vm.createContext({});
counter.runInContext(ctx);
counter.runInContext(ctx);
console.log(ctx.n, counter.runInNewContext({ n: 41 }));
console.log(vm.runInNewContext('this.q = 1; Object.keys(this).sort()', { p: 0 }));
console.log(vm.createContext(sandbox) === sandbox);

// A config loader: the file's assignments become the settings.
const settings = {};
vm.runInNewContext('port = 8080;\nhost = "localhost";\nvar debug = port > 1024;', settings, { filename: 'app.config' });
console.log(settings.port, settings.host, settings.debug);
