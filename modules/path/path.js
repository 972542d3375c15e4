'use strict';
// Body of function(exports, require, module, binding): Node's path module,
// posix and win32 flavours. module.exports is the posix object.

const { invalidArgType } = require('internal/errors');

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'object', value);
  }
}

const isPosixSep = (c) => c === '/';
const isWinSep = (c) => c === '/' || c === '\\';
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

// Collapses '.', '..' and repeated separators in a path without a root.
// With allowAboveRoot, leading '..' segments are kept; otherwise dropped.
// (split does the scanning natively, which matters on goja.)
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const segs = path.split(isSep === isPosixSep ? '/' : /[\\/]/);
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

// The last path component's [start, end) after dropping trailing
// separators, searching no further left than `from`.
function lastComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path[end - 1])) end--;
  let start = end;
  while (start > from && !isSep(path[start - 1])) start--;
  return [start, end];
}

// Where the extension of a component starts, or -1: a leading dot does not
// start one, and '..' has none.
function extStart(name) {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return -1;
  return dot;
}

function basenameImpl(path, suffix, from, isSep) {
  const [start, end] = lastComponent(path, from, isSep);
  const base = path.slice(start, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
  if (suffix === path) return '';
  // Node matches the suffix right to left; when the component runs out
  // before the suffix does, the trailing separators stay in the result.
  if (base.length === 0 || (suffix.length > base.length && suffix.endsWith(base))) return path.slice(start);
  if (base.length > suffix.length && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

function extnameImpl(path, from, isSep) {
  const [start, end] = lastComponent(path, from, isSep);
  const base = path.slice(start, end);
  const dot = extStart(base);
  return dot === -1 ? '' : base.slice(dot);
}

// Fills ret's base, name and ext from the part of path after rootEnd, and
// returns the index where that last component starts.
function parseTail(path, rootEnd, isSep, ret) {
  const [start, end] = lastComponent(path, rootEnd, isSep);
  const base = path.slice(start, end);
  ret.base = base;
  const dot = extStart(base);
  if (dot === -1) {
    ret.name = base;
  } else {
    ret.name = base.slice(0, dot);
    ret.ext = base.slice(dot);
  }
  return end === rootEnd ? rootEnd : start;
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// glob.js loads on the first matchesGlob call.
let globMatch;
let globWarned = false;
function matchesGlobWith(windows, path, pattern) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (globMatch === undefined) globMatch = binding.loadPart('glob');
  return globMatch(path, pattern, windows);
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        validateString(p, `paths[${i}]`);
      } else {
        p = process.cwd();
      }
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[path.length - 1] === '/';
    let out = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from.split('/').filter(Boolean);
    const t = to.split('/').filter(Boolean);
    let common = 0;
    while (common < f.length && common < t.length && f[common] === t[common]) common++;
    const up = new Array(f.length - common).fill('..');
    return up.concat(t.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path[0] === '/';
    // Cut at the separator just before the last component; the character
    // at index 0 never counts, so '//a' keeps both slashes.
    let seen = false;
    let end = -1;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path[i] !== '/') {
        seen = true;
      } else if (seen) {
        end = i;
        break;
      }
    }
    if (end === -1) return rooted ? '/' : '.';
    if (rooted && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, 0, isPosixSep);
  },

  // Bound, as in Node, so inspect shows [Function: bound _format].
  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rooted = path[0] === '/';
    if (rooted) ret.root = '/';
    const start = parseTail(path, rooted ? 1 : 0, isPosixSep, ret);
    if (start > 0 && !(rooted && start === 1)) ret.dir = path.slice(0, start - 1);
    else if (rooted) ret.dir = '/';
    // Node does not see '..' right after the root as special here.
    if (rooted && start === 1 && ret.base === '..') {
      ret.ext = '.';
      ret.name = '.';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(false, path, pattern);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// path.win32: its methods load win32.js on first call, since a program on
// Linux seldom uses them. Names, lengths and key order are those of the
// methods in win32.js.
let win32Impl;
function impl() {
  if (win32Impl === undefined) {
    win32Impl = binding.loadPart('win32')({
      validateString, normalizeSegments, lastComponent, basenameImpl, extnameImpl,
      parseTail, _format, matchesGlobWith, isWinSep, isDriveLetter,
    }, win32);
  }
  return win32Impl;
}

const win32 = {
  resolve(...args) { return impl().resolve(...args); },
  normalize(path) { return impl().normalize(path); },
  isAbsolute(path) { return impl().isAbsolute(path); },
  join(...args) { return impl().join(...args); },
  relative(from, to) { return impl().relative(from, to); },
  toNamespacedPath(path) { return impl().toNamespacedPath(path); },
  dirname(path) { return impl().dirname(path); },
  basename(path, suffix) { return impl().basename(path, suffix); },
  extname(path) { return impl().extname(path); },
  format: _format.bind(null, '\\'),
  parse(path) { return impl().parse(path); },
  matchesGlob(path, pattern) {
    return matchesGlobWith(true, path, pattern);
  },
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
