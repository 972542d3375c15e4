package runtime

// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__ and
// __lookupSetter__ (ECMAScript Annex B), which goja lacks and npm packages
// still use (koa's delegates). Installed before the main script runs.

const annexBSource = `(function () {
  'use strict';
  const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Object;
  const toObject = (v) => {
    if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object');
    return Object(v);
  };
  const toKey = (k) => (typeof k === 'symbol' ? k : String(k));
  const methods = {
    __defineGetter__(name, getter) {
      const o = toObject(this);
      if (typeof getter !== 'function') throw new TypeError('Object.prototype.__defineGetter__: Expecting function');
      defineProperty(o, toKey(name), { get: getter, enumerable: true, configurable: true });
    },
    __defineSetter__(name, setter) {
      const o = toObject(this);
      if (typeof setter !== 'function') throw new TypeError('Object.prototype.__defineSetter__: Expecting function');
      defineProperty(o, toKey(name), { set: setter, enumerable: true, configurable: true });
    },
    __lookupGetter__(name) {
      const key = toKey(name);
      for (let o = toObject(this); o !== null; o = getPrototypeOf(o)) {
        const d = getOwnPropertyDescriptor(o, key);
        if (d !== undefined) return d.get;
      }
      return undefined;
    },
    __lookupSetter__(name) {
      const key = toKey(name);
      for (let o = toObject(this); o !== null; o = getPrototypeOf(o)) {
        const d = getOwnPropertyDescriptor(o, key);
        if (d !== undefined) return d.set;
      }
      return undefined;
    },
  };
  for (const name of Object.keys(methods)) {
    if (name in Object.prototype) continue;
    defineProperty(Object.prototype, name, { value: methods[name], writable: true, configurable: true });
  }
})();`

func init() {
	RegisterStartup(func(rt *Runtime) {
		if _, err := rt.VM.RunScript("node:internal/annexb", annexBSource); err != nil {
			panic(err)
		}
	})
}
