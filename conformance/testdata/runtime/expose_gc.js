// --expose-gc gives the global gc() (enumerable, after fetch and before
// crypto); without it there is none. crypto is an enumerable getter.
const { execFileSync } = require('child_process');
const code = `
  const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
  console.log(typeof globalThis.gc, d && [d.writable, d.enumerable, d.configurable]);
  if (d) {
    console.log(gc.name, gc.length, String(gc), gc(), gc({ type: 'minor' }));
    const p = gc({ execution: 'async' });
    console.log(p instanceof Promise);
    p.then((v) => console.log('async gc done', v));
  }
  const keys = Object.keys(globalThis);
  console.log(keys.slice(keys.indexOf('fetch'), keys.indexOf('crypto') + 1));
  const c = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  console.log(typeof c.get, c.get.name, c.set, c.enumerable, c.configurable, crypto === crypto);
`;
for (const flags of [['--expose-gc'], []]) {
  console.log(flags.join(' ') || '(no flags)');
  process.stdout.write(execFileSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' }));
}
