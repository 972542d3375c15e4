'use strict';
// path.win32's implementation, built from the helpers path.js shares. It
// loads on the first call of a path.win32 method: path.js exports a shell
// object whose methods call these. Cross-calls go through that public
// object, as they would if these were its own methods.

// Device names Windows reserves; "CON:" at the front of a relative path
// names the console, not a file, so normalize keeps it relative.
const reservedDeviceNames = [
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
];

module.exports = function makeWin32(h, pub) {
  const { validateString, normalizeSegments, basenameImpl, extnameImpl, parseTail, _format, matchesGlobWith, isWinSep, isDriveLetter } = h;

  const hasDrive = (p) => p.length >= 2 && p[1] === ':' && isDriveLetter(p[0]);

  // \\server\share at the front of path (both leading characters are
  // separators): null unless both parts are there.
  function scanUnc(path) {
    const len = path.length;
    let j = 2;
    while (j < len && !isWinSep(path[j])) j++;
    if (j === 2 || j === len) return null;
    const server = path.slice(2, j);
    while (j < len && isWinSep(path[j])) j++;
    if (j === len) return null;
    const shareStart = j;
    while (j < len && !isWinSep(path[j])) j++;
    return { server, share: path.slice(shareStart, j), shareStart, end: j };
  }

  // The root of a path for resolve and normalize. \\?\ and \\.\ prefixes
  // are their own device there, so what follows is the path proper.
  function rootOf(path) {
    const len = path.length;
    if (len === 0) return { device: '', rootEnd: 0, absolute: false };
    if (isWinSep(path[0])) {
      const unc = len > 1 && isWinSep(path[1]) ? scanUnc(path) : null;
      if (unc === null) return { device: '', rootEnd: 1, absolute: true };
      if (unc.server === '?' || unc.server === '.') {
        return { device: `\\\\${unc.server}`, rootEnd: unc.shareStart, absolute: true };
      }
      return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.end, absolute: true };
    }
    if (hasDrive(path)) {
      if (len > 2 && isWinSep(path[2])) return { device: path.slice(0, 2), rootEnd: 3, absolute: true };
      return { device: path.slice(0, 2), rootEnd: 2, absolute: false };
    }
    return { device: '', rootEnd: 0, absolute: false };
  }

  // A relative path whose first colon follows a reserved name, or (a quirk
  // kept for fidelity) with no colon, whose last character follows one.
  function reservedPrefix(path) {
    const colon = path.indexOf(':');
    return reservedDeviceNames.includes(path.slice(0, colon).toUpperCase()) ? colon + 1 : -1;
  }

  // Would Windows read this relative result as a drive or stream path?
  function colonIsAmbiguous(path, tail) {
    if (hasDrive(tail)) return true;
    for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
      if (i === path.length - 1 || isWinSep(path[i + 1])) return true;
    }
    return false;
  }

  const win32 = {
    resolve(...args) {
      let device = '';
      let tail = '';
      let absolute = false;
      for (let i = args.length - 1; i >= -1; i--) {
        let p;
        if (i >= 0) {
          p = args[i];
          validateString(p, `paths[${i}]`);
          if (p.length === 0) continue;
        } else if (device.length === 0) {
          p = process.cwd();
        } else {
          // Each drive has its own cwd, kept in the =X: variables.
          p = process.env[`=${device}`] || process.cwd();
          if (p === undefined || (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p[2] === '\\')) {
            p = `${device}\\`;
          }
        }
        const r = rootOf(p);
        if (r.device.length > 0) {
          if (device.length === 0) device = r.device;
          else if (r.device.toLowerCase() !== device.toLowerCase()) continue;
        }
        if (absolute) {
          if (device.length > 0) break;
        } else {
          tail = `${p.slice(r.rootEnd)}\\${tail}`;
          absolute = r.absolute;
          if (absolute && device.length > 0) break;
        }
      }
      tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
      if (absolute) return `${device}\\${tail}`;
      return `${device}${tail}` || '.';
    },

    normalize(path) {
      validateString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      if (len === 1) return path === '/' ? '\\' : path;
      let { device, rootEnd, absolute } = rootOf(path);
      let reserved = false;
      if (device === '' && !absolute) {
        const end = reservedPrefix(path);
        if (end !== -1) {
          reserved = true;
          device = path.slice(0, end);
          rootEnd = end;
        }
      }
      let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
      if (tail.length === 0 && !absolute) tail = '.';
      if (tail.length > 0 && isWinSep(path[len - 1])) tail += '\\';
      if (reserved) return `.\\${device}${tail}`;
      if (device === '' && !absolute && path.includes(':') && colonIsAmbiguous(path, tail)) return `.\\${tail}`;
      return absolute ? `${device}\\${tail}` : `${device}${tail}`;
    },

    isAbsolute(path) {
      validateString(path, 'path');
      if (path.length === 0) return false;
      return isWinSep(path[0]) || (path.length > 2 && hasDrive(path) && isWinSep(path[2]));
    },

    join(...args) {
      if (args.length === 0) return '.';
      const parts = [];
      for (const arg of args) {
        validateString(arg, 'path');
        if (arg.length > 0) parts.push(arg);
      }
      if (parts.length === 0) return '.';
      let joined = parts.join('\\');
      // Only a first part that is plainly \\server keeps a UNC start; any
      // other run of leading separators becomes one.
      const first = parts[0];
      const looksUnc = first.length > 2 && isWinSep(first[0]) && isWinSep(first[1]) && !isWinSep(first[2]);
      if (!looksUnc) {
        let n = 0;
        while (n < joined.length && isWinSep(joined[n])) n++;
        if (n >= 2) joined = `\\${joined.slice(n)}`;
      }
      return pub.normalize(joined);
    },

    relative(from, to) {
      validateString(from, 'from');
      validateString(to, 'to');
      if (from === to) return '';
      const fromOrig = pub.resolve(from);
      const toOrig = pub.resolve(to);
      if (fromOrig === toOrig) return '';
      const f = fromOrig.toLowerCase();
      const t = toOrig.toLowerCase();
      if (f === t) return '';
      // Compared character by character (as Node does, quirks included),
      // ignoring leading and trailing backslashes.
      let fs = 0;
      while (fs < f.length && f[fs] === '\\') fs++;
      let fe = f.length;
      while (fe - 1 > fs && f[fe - 1] === '\\') fe--;
      let ts = 0;
      while (ts < t.length && t[ts] === '\\') ts++;
      let te = t.length;
      while (te - 1 > ts && t[te - 1] === '\\') te--;
      const fLen = fe - fs;
      const tLen = te - ts;
      const n = Math.min(fLen, tLen);
      let lastSep = -1;
      let i = 0;
      for (; i < n; i++) {
        const c = f[fs + i];
        if (c !== t[ts + i]) break;
        if (c === '\\') lastSep = i;
      }
      if (i !== n) {
        // Nothing in common, not even the drive.
        if (lastSep === -1) return toOrig;
      } else {
        if (tLen > n) {
          if (t[ts + i] === '\\') return toOrig.slice(ts + i + 1);
          if (i === 2) return toOrig.slice(ts + i);
        }
        if (fLen > n) {
          if (f[fs + i] === '\\') lastSep = i;
          else if (i === 2) lastSep = 3;
        }
        if (lastSep === -1) lastSep = 0;
      }
      let out = '';
      for (let k = fs + lastSep + 1; k <= fe; k++) {
        if (k === fe || f[k] === '\\') out += out.length === 0 ? '..' : '\\..';
      }
      ts += lastSep;
      if (out.length > 0) return `${out}${toOrig.slice(ts, te)}`;
      if (toOrig[ts] === '\\') ts++;
      return toOrig.slice(ts, te);
    },

    toNamespacedPath(path) {
      if (typeof path !== 'string' || path.length === 0) return path;
      const resolved = pub.resolve(path);
      if (resolved.length <= 2) return path;
      if (resolved[0] === '\\') {
        if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') {
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      } else if (hasDrive(resolved) && resolved[2] === '\\') {
        return `\\\\?\\${resolved}`;
      }
      return resolved;
    },

    dirname(path) {
      validateString(path, 'path');
      const len = path.length;
      if (len === 0) return '.';
      if (len === 1) return isWinSep(path[0]) ? path : '.';
      let rootEnd = -1;
      if (isWinSep(path[0])) {
        rootEnd = 1;
        const unc = isWinSep(path[1]) ? scanUnc(path) : null;
        if (unc !== null) {
          if (unc.end === len) return path;
          rootEnd = unc.end + 1;
        }
      } else if (hasDrive(path)) {
        rootEnd = len > 2 && isWinSep(path[2]) ? 3 : 2;
      }
      const from = Math.max(rootEnd, 0);
      let seen = false;
      let end = -1;
      for (let i = len - 1; i >= from; i--) {
        if (!isWinSep(path[i])) {
          seen = true;
        } else if (seen) {
          end = i;
          break;
        }
      }
      if (end === -1) {
        if (rootEnd === -1) return '.';
        end = rootEnd;
      }
      return path.slice(0, end);
    },

    basename(path, suffix) {
      if (suffix !== undefined) validateString(suffix, 'suffix');
      validateString(path, 'path');
      return basenameImpl(path, suffix, hasDrive(path) ? 2 : 0, isWinSep);
    },

    extname(path) {
      validateString(path, 'path');
      return extnameImpl(path, hasDrive(path) ? 2 : 0, isWinSep);
    },

    format: _format.bind(null, '\\'),

    parse(path) {
      validateString(path, 'path');
      const ret = { root: '', dir: '', base: '', ext: '', name: '' };
      const len = path.length;
      if (len === 0) return ret;
      if (len === 1) {
        if (isWinSep(path[0])) ret.root = ret.dir = path;
        else ret.base = ret.name = path;
        return ret;
      }
      let rootEnd = 0;
      if (isWinSep(path[0])) {
        rootEnd = 1;
        const unc = isWinSep(path[1]) ? scanUnc(path) : null;
        if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
      } else if (hasDrive(path)) {
        if (len <= 2 || (len === 3 && isWinSep(path[2]))) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = isWinSep(path[2]) ? 3 : 2;
      }
      if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
      const start = parseTail(path, rootEnd, isWinSep, ret);
      ret.dir = start > 0 && start !== rootEnd ? path.slice(0, start - 1) : ret.root;
      return ret;
    },

    matchesGlob(path, pattern) {
      return matchesGlobWith(true, path, pattern);
    },

    sep: '\\',
    delimiter: ';',
    win32: null,
    posix: null,
  };
  return win32;
};
