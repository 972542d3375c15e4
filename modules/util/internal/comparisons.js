'use strict';
// Deep equality as util.isDeepStrictEqual and assert.deep(Strict)Equal
// define it. Strict mode compares prototypes, type tags and uses
// Object.is for primitives; loose mode uses == for primitives.

const types = binding.load('types');

const STRICT = true;
const LOOSE = false;

// What a keyed comparison must also iterate over.
const ITER_NONE = 0;
const ITER_ARRAY = 1;
const ITER_SET = 2;
const ITER_MAP = 3;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const toStringTag = (v) => Object.prototype.toString.call(v);
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function isURL(v) {
  const URLClass = globalThis.URL;
  return typeof URLClass === 'function' && v instanceof URLClass;
}

// Own enumerable keys that are not indices; symbols only in strict mode.
function nonIndexKeys(value, strict) {
  const out = binding.nonIndexStringKeys(value, false);
  if (strict) {
    for (const key of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, key)) out.push(key);
    }
  }
  return out;
}

// Loose float comparison: element-wise, so 0 equals -0 and NaN differs.
function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return types.isSymbolObject(b) &&
    Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function isSpecialKind(v) {
  return Array.isArray(v) || ArrayBuffer.isView(v) || types.isSet(v) || types.isMap(v) ||
    types.isDate(v) || types.isRegExp(v) || types.isAnyArrayBuffer(v) ||
    types.isBoxedPrimitive(v) || isError(v);
}

function sameErrorExtras(a, b, strict, memos) {
  for (const key of ['message', 'name', 'cause', 'errors']) {
    const enumA = isEnumerable(a, key);
    if (enumA !== isEnumerable(b, key)) return false;
    // Enumerable ones are compared with the other keys.
    if (enumA) continue;
    if (key === 'message' || key === 'name') {
      if (a[key] !== b[key]) return false;
    } else if (!innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;

  if (strict) {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || typeof a !== 'object' || a === null || b === null ||
        Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = toStringTag(a);
  if (tag !== toStringTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, ITER_ARRAY, keysA);
  }
  if (tag === '[object Object]') return keyCheck(a, b, strict, memos, ITER_NONE);
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (ArrayBuffer.isView(a)) {
    if (typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (!sameFloatElements(a, b)) return false;
    } else if (a.byteLength !== b.byteLength || !binding.sameViewBytes(a, b)) {
      return false;
    }
    const keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, ITER_NONE, keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, ITER_SET);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, ITER_MAP);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || a.byteLength !== b.byteLength ||
        !binding.sameViewBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isError(a)) {
    // The stack is not compared: it differs between otherwise equal errors.
    if (!isError(b) || !sameErrorExtras(a, b, strict, memos)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isSpecialKind(b)) {
    return false;
  } else if (types.isKeyObject(a)) {
    if (!types.isKeyObject(b) || !a.equals(b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, ITER_NONE);
}

function keyCheck(a, b, strict, memos, iterType, keysA) {
  const arrayLike = keysA !== undefined;
  if (keysA === undefined) keysA = Object.keys(a);
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }
  if (!arrayLike) {
    if (keysA.length !== Object.keys(b).length) return false;
    if (strict && !symbolKeysMatch(a, b, keysA)) return false;
  }
  if (keysA.length === 0 &&
      (iterType === ITER_NONE || (iterType === ITER_ARRAY && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycle detection: the first pair is remembered without allocating; a Set
  // of objects on the current path is made once nesting goes deeper.
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(a, b, strict, keysA, memos, iterType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keysA, memos, iterType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (before === set.size) return true;
  const equal = objEquiv(a, b, strict, keysA, memos, iterType);
  if (equal || memos.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return equal;
}

// symbolKeysMatch appends a's enumerable symbols to keysA and checks that
// b has exactly the same enumerable symbol keys.
function symbolKeysMatch(a, b, keysA) {
  const symsA = Object.getOwnPropertySymbols(a);
  if (symsA.length !== 0) {
    let count = 0;
    for (const key of symsA) {
      if (isEnumerable(a, key)) {
        if (!isEnumerable(b, key)) return false;
        keysA.push(key);
        count++;
      } else if (isEnumerable(b, key)) {
        return false;
      }
    }
    const symsB = Object.getOwnPropertySymbols(b);
    if (symsA.length !== symsB.length &&
        symsB.filter((k) => isEnumerable(b, k)).length !== count) {
      return false;
    }
  } else {
    const symsB = Object.getOwnPropertySymbols(b);
    if (symsB.length !== 0 && symsB.filter((k) => isEnumerable(b, k)).length !== 0) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterType === ITER_ARRAY) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // From the first hole on, compare by own keys.
        const keysOfA = Object.keys(a);
        for (; i < keysOfA.length; i++) {
          const key = keysOfA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysOfA.length === Object.keys(b).length;
      }
    }
  } else if (iterType === ITER_SET) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterType === ITER_MAP) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  return true;
}

// --- sets and maps ----------------------------------------------------------

function takeEqualElement(set, value, strict, memo) {
  const saved = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const candidate of set) {
    if (innerDeepEqual(candidate, value, strict, memo)) {
      set.delete(candidate);
      memo.deleteFailures = saved;
      return true;
    }
  }
  memo.deleteFailures = saved;
  return false;
}

// looseAlternative says what a primitive could loosely equal: false (nothing
// else), true (something, unknown), or the single other value (null for
// undefined, undefined for null).
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // fall through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMayHaveLoosePrimitive(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMayHaveLoosePrimitive(a, b, prim, item, memo) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) || !innerDeepEqual(item, other, false, memo)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, other, false, memo);
}

function setEquiv(a, b, strict, memo) {
  let pending = null;
  for (const val of a) {
    if (b.has(val)) continue;
    if ((typeof val !== 'object' || val === null) &&
        (strict || !setMayHaveLoosePrimitive(a, b, val))) {
      return false;
    }
    if (pending === null) {
      if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
      pending = new Set();
    }
    pending.add(val);
  }
  if (pending === null) return true;
  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!a.has(val) && !takeEqualElement(pending, val, strict, memo)) return false;
    } else if (!strict && !a.has(val) && !takeEqualElement(pending, val, strict, memo)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(set, map, key2, item2, strict, memo) {
  const saved = memo.deleteFailures;
  memo.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) &&
        innerDeepEqual(map.get(key1), item2, strict, memo)) {
      set.delete(key1);
      memo.deleteFailures = saved;
      return true;
    }
  }
  memo.deleteFailures = saved;
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let pending = null;
  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (b.size === 1) {
          const { 0: key2, 1: item2 } = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memo) &&
            innerDeepEqual(item1, item2, strict, memo);
        }
        pending = new Set();
      }
      pending.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMayHaveLoosePrimitive(a, b, key, item1, memo)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memo)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
               !takeEqualEntry(pending, a, key, item, strict, memo)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, LOOSE);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, STRICT);
}

Object.assign(exports, { isDeepEqual, isDeepStrictEqual });
