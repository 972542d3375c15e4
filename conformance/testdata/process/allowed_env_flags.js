// process.allowedNodeEnvironmentFlags: the flags NODE_OPTIONS takes, as a
// read-only Set whose has() accepts the spellings node accepts (tools such as
// test runners read it to split a command line between node and a script).
'use strict';

const flags = process.allowedNodeEnvironmentFlags;
console.log(Object.getPrototypeOf(flags).constructor.name, flags instanceof Set, Object.isFrozen(flags));
console.log('size > 200:', flags.size > 200);

const spellings = [
  '--max-old-space-size', '--max_old_space_size=100', 'max-old-space-size', 'max_old_space_size=100',
  '-r', 'r', '--r', '-R', '--require', 'require', '-r=./x.js', '--inspect-brk=9229', '---inspect-brk',
  'INSPECT-BRK', '--no-warnings', 'no_warnings', '--stack-trace-limit=-=x_y=-', '--cheeseburgers',
  '', '-', '--', ' --title', 1, undefined,
];
for (const s of spellings) console.log(JSON.stringify(s) ?? String(s), flags.has(s));

for (const f of ['--no-warnings', '--title', '--expose-gc', '-r', '--unhandled-rejections', '--enable-source-maps']) {
  console.log('listed', f, [...flags].includes(f));
}
console.log('all dashed:', [...flags].every((f) => /^--?[a-zA-Z0-9._-]+$/.test(f)));

// Changes are ignored, through the Set's methods or Set.prototype's.
const size = flags.size;
console.log(flags.add('foo') === flags, flags.delete('-r'), flags.clear());
Set.prototype.add.call(flags, 'foo');
Set.prototype.delete.call(flags, '-r');
console.log(flags.has('foo'), flags.has('-r'), flags.size === size);

const self = {};
let calls = 0;
flags.forEach(function(flag, again, set) {
  if (this !== self || flag !== again || set !== flags) throw new Error('bad forEach call');
  calls++;
}, self);
console.log('forEach calls = size:', calls === size, [...flags.entries()][0].length);

// Made on first read; assigning replaces it, as node's.
const d = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(Object.keys(d).sort().join(), d.value === flags);
process.allowedNodeEnvironmentFlags = 5;
console.log(process.allowedNodeEnvironmentFlags);
