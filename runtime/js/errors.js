'use strict';
// Gives every Error a Node-shaped `stack` ("    at f (file:1:2)", at most
// Error.stackTraceLimit frames) and adds Error.captureStackTrace, which goja
// lacks. The body of function(native); errors made by goja itself (a
// TypeError from the engine) are rewritten when printed instead.

// goja has no Symbol.asyncIterator; esbuild's lowered for-await looks for
// Symbol.for('Symbol.asyncIterator') when it is missing, so use that one.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
}
// Node 20 adds these for explicit resource management, registered under
// these keys.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
}

const kinds = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'];
const originals = { __proto__: null };
for (const name of kinds) originals[name] = globalThis[name];
const OrigError = originals.Error;

// Frames of our own construction wrapper and of native calls tell a user
// nothing; Node does not show them either.
function frames(stack, skip) {
  const lines = native.nodeStack(stack).split('\n');
  let i = 1;
  while (i < lines.length && !lines[i].startsWith('    at ')) i++;
  // native.nodeStack has dropped goja's native frames already.
  return { head: lines.slice(0, i), frames: lines.slice(i + skip) };
}

function limit() {
  const n = Wrapped.Error.stackTraceLimit;
  return typeof n === 'number' && n >= 0 ? n : 0;
}

// The frames are taken when the error is made; the "Name: message" head is
// written on first read, as V8 does, so a name set in a subclass
// constructor shows.
function fixStack(err, skip) {
  let raw;
  try { raw = err.stack; } catch { return; }
  if (typeof raw !== 'string') return;
  const { frames: fs } = frames(raw, skip);
  const body = fs.slice(0, limit());
  lazyStack(err, body);
}

// The stack text is written on first read, as V8 does: through a user's
// Error.prepareStackTrace(err, callSites) when one is set then.
function lazyStack(err, body) {
  Object.defineProperty(err, 'stack', {
    get() {
      const text = formatStack(this, body);
      Object.defineProperty(this, 'stack', { value: text, writable: true, configurable: true, enumerable: false });
      return text;
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    enumerable: false,
    configurable: true,
  });
}

let makeCallSite;
function formatStack(err, body) {
  const prepare = Wrapped.Error.prepareStackTrace;
  if (typeof prepare === 'function') {
    // CallSite (callsites.js) compiles when a program first sets one.
    makeCallSite ??= native.callSitesJS();
    return prepare.call(Wrapped.Error, err, body.map(makeCallSite));
  }
  let head;
  try { head = OrigError.prototype.toString.call(err); } catch { head = 'Error'; }
  return [head].concat(body).join('\n');
}

const ownConstructor = /\bconstructor\s*\(/;
function hasOwnConstructor(c) {
  let src;
  try { src = Function.prototype.toString.call(c); } catch { return true; }
  return !src.startsWith('class') || ownConstructor.test(src);
}

const Wrapped = { __proto__: null };
for (const name of kinds) {
  const Orig = originals[name];
  const W = {
    [name]: function (...args) {
      const target = new.target || W;
      const err = Reflect.construct(Orig, args, target);
      // V8 leaves out the frames of the constructors between new.target and
      // Error; goja has one for each class with a constructor of its own.
      let skip = 1;
      for (let c = target; c && c !== W && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
        if (hasOwnConstructor(c)) skip++;
      }
      fixStack(err, skip);
      return err;
    },
  }[name];
  Object.defineProperty(W, 'prototype', { value: Orig.prototype, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(Orig.prototype, 'constructor', { value: W, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(W, 'length', { value: 1, configurable: true });
  Wrapped[name] = W;
  Object.defineProperty(globalThis, name, { value: W, writable: true, enumerable: false, configurable: true });
}
for (const name of kinds) {
  if (name !== 'Error') Object.setPrototypeOf(Wrapped[name], Wrapped.Error);
}
if (typeof AggregateError === 'function') Object.setPrototypeOf(AggregateError, Wrapped.Error);

Wrapped.Error.stackTraceLimit = 10;

Object.defineProperty(Wrapped.Error, 'captureStackTrace', {
  value: function captureStackTrace(obj, constructorOpt) {
    if (obj === null || typeof obj !== 'object') {
      throw new Wrapped.TypeError('Invalid argument');
    }
    const probe = Reflect.construct(OrigError, []);
    const { frames: fs } = frames(String(probe.stack), 1);
    let start = 0;
    if (typeof constructorOpt === 'function' && constructorOpt.name) {
      const at = fs.findIndex((l) => l.startsWith(`    at ${constructorOpt.name} `) || l.includes(`.${constructorOpt.name} `));
      if (at !== -1) start = at + 1;
    }
    lazyStack(obj, fs.slice(start, start + limit()));
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

return { fixStack, frames };
