'use strict';
// WeakRef and FinalizationRegistry, which goja lacks (undici's fetch body
// makes a FinalizationRegistry at load). gocluster cannot see when the Go
// collector frees an object, so a WeakRef holds its target for as long as
// the WeakRef itself lives (deref() always answers it) and cleanup
// callbacks never run: both are what ECMAScript allows an engine that never
// collects the target. Checks and messages are V8's.
// Body of a function (exports, require, module, binding).

const targets = new WeakMap(); // WeakRef -> target
const tokens = new WeakMap(); // FinalizationRegistry -> its TokenSet

// TokenSet holds unregister tokens: objects weakly, symbols (which goja's
// WeakMap does not take) in a Set.
class TokenSet {
  constructor() {
    this.objects = new WeakMap();
    this.symbols = new Set();
  }

  set(token) {
    if (typeof token === 'symbol') this.symbols.add(token);
    else this.objects.set(token, true);
  }

  delete(token) {
    return typeof token === 'symbol' ? this.symbols.delete(token) : this.objects.delete(token);
  }
}

// canBeHeldWeakly: objects, and symbols that Symbol.for did not register.
function canBeHeldWeakly(v) {
  if (v !== null && (typeof v === 'object' || typeof v === 'function')) return true;
  return typeof v === 'symbol' && Symbol.keyFor(v) === undefined;
}

function describe(v) {
  try { return String(v); } catch { return typeof v; }
}

// Functions rather than classes: calling a class without new fails before
// its body runs, with goja's message instead of V8's.
function WeakRef(target) {
  if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
  targets.set(this, target);
}

function FinalizationRegistry(cleanup) {
  if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  tokens.set(this, new TokenSet());
}

function registeredOf(registry, method) {
  const registered = tokens.get(registry);
  if (registered === undefined) {
    throw new TypeError(`Method FinalizationRegistry.prototype.${method} called on incompatible receiver ${describe(registry)}`);
  }
  return registered;
}

// Methods as a class defines them: not enumerable, not constructors.
const methods = {
  WeakRef: {
    deref() {
      if (!targets.has(this)) throw new TypeError(`Method WeakRef.prototype.deref called on incompatible receiver ${describe(this)}`);
      return targets.get(this);
    },
  },
  FinalizationRegistry: {
    register(target, holdings, unregisterToken) {
      const registered = registeredOf(this, 'register');
      if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
      if (target === holdings) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
      if (unregisterToken !== undefined) {
        if (!canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${describe(unregisterToken)}')`);
        registered.set(unregisterToken);
      }
      return undefined;
    },
    unregister(unregisterToken) {
      const registered = registeredOf(this, 'unregister');
      if (!canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${describe(unregisterToken)}')`);
      return registered.delete(unregisterToken);
    },
  },
};
for (const ctor of [WeakRef, FinalizationRegistry]) {
  for (const [name, fn] of Object.entries(methods[ctor.name])) {
    Object.defineProperty(ctor.prototype, name, { value: fn, writable: true, configurable: true });
  }
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: ctor.name, configurable: true });
  Object.defineProperty(ctor, 'prototype', { writable: false });
}

module.exports = { WeakRef, FinalizationRegistry };
