// The Console class: streams, options and their validation, bound
// methods, group indentation, inspectOptions and colorMode.
'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

// A minimal writable that records what it gets.
class Writable extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
    this.chunks = [];
  }

  write(chunk, cb) {
    this.chunks.push(String(chunk));
    if (typeof cb === 'function') cb();
    return true;
  }

  text() { return this.chunks.join(''); }
}

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const out = new Writable('out');
const err = new Writable('err');
const c = new Console(out, err);
c.log('hello %s', 'world', { a: 1 });
c.info('info');
c.debug('debug');
c.warn('warn');
c.error(new Error('boom').message);
c.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 0 });
c.dirxml('dirxml', [1]);
c.assert(false, 'assert %d', 5);
c.count('n');
c.count('n');
c.countReset('n');
c.count('n');
c.group('G');
c.log('in group\nsecond line');
c.groupCollapsed();
c.error('nested err');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('after');
c.table([{ a: 1 }]);
console.log(JSON.stringify(out.text()));
console.log(JSON.stringify(err.text()));

const only = new Writable('only');
const c2 = Console(only);
c2.error('to stdout because stderr defaults to it');
c2.log('log');
console.log(JSON.stringify(only.text()), c2 instanceof Console, console instanceof Console, {} instanceof Console);

const o3 = new Writable('o3');
const c3 = new Console({ stdout: o3, groupIndentation: 4, inspectOptions: { depth: 0, breakLength: Infinity } });
c3.group('g');
c3.log({ a: { b: 1 } }, [1, [2, [3]]]);
c3.groupEnd();
console.log(JSON.stringify(o3.text()));

const o4 = new Writable('o4');
const c4 = new Console({ stdout: o4, colorMode: true });
c4.log(1, 'str', { s: 'x' });
console.log(JSON.stringify(o4.text()));

const { log } = c3;
log('destructured');
console.log(JSON.stringify(o3.text()).endsWith('destructured\\n"'), log.name, c3.warn.name, Object.keys(c3).join());

t('no stdout', () => new Console());
t('bad stdout', () => new Console({ stdout: {} }));
t('bad stderr', () => new Console({ stdout: out, stderr: 5 }));
t('bad colorMode', () => new Console({ stdout: out, colorMode: 'yes' }));
t('bad indentation', () => new Console({ stdout: out, groupIndentation: 1001 }));
t('frac indentation', () => new Console({ stdout: out, groupIndentation: 1.5 }));
t('str indentation', () => new Console({ stdout: out, groupIndentation: '2' }));
t('bad inspectOptions', () => new Console({ stdout: out, inspectOptions: 5 }));
t('colors and colorMode', () => new Console({ stdout: out, colorMode: true, inspectOptions: { colors: true } }));
t('prototype', () => Object.getOwnPropertyNames(Console.prototype));
t('global keys', () => Object.keys(console));
t('global proto', () => [Object.getPrototypeOf(console) !== Object.prototype, Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype,
  console[Symbol.toStringTag], require('console') === console, console.Console === Console]);
t('global names', () => [console.log.name, console.debug.name, console.error.name, console.groupCollapsed.name]);
t('streams', () => [console._stdout === process.stdout, console._stderr === process.stderr]);
t('inspect instance', () => require('util').inspect(new Console(out), { depth: 0 }).split('\n')[0]);
t('task', () => console.createTask('x').run(() => 'ran'));
t('context', () => Object.keys(console.context('ctx')).slice(0, 5));
// Node uses the stream's EventEmitter methods around each write; without
// listenerCount the write is silently dropped.
const noCount = { written: '', write(c) { this.written += c; }, removeListener() {} };
new Console(noCount).log('dropped');
const almost = { written: '', write(c) { this.written += c; }, removeListener() {}, listenerCount() { return 1; } };
new Console(almost).log('kept');
console.log(JSON.stringify([noCount.written, almost.written]));
const strict = new Writable('strict');
new Console({ stdout: strict, ignoreErrors: false }).log('strict');
console.log(JSON.stringify(strict.text()), strict.listenerCount('error'));
console.profile('p');
console.profileEnd('p');
console.timeStamp('s');
