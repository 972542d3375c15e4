'use strict';
// path.matchesGlob: glob matching with the options Node gives it
// (backslashes are separators, never escapes; no negation or comments;
// dotfiles only match patterns that name the dot; case-sensitive on Linux).
// Loads on the first path.matchesGlob call.

// Brace expansion: a{b,c}d -> abd, acd; {1..3} and {a..c} are ranges.
function expandBraces(str, top) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth !== 0) continue;
      const body = str.slice(open + 1, i);
      const pre = str.slice(0, open);
      const posts = expandBraces(str.slice(i + 1), false);
      const seq = braceSequence(body);
      let items = seq;
      if (items === null) {
        const parts = splitTopLevel(body);
        if (parts.length < 2) {
          // Not a brace set ({a}, {}): keep it literally, expand what follows.
          return expandBraces(str.slice(i + 1), false).map((p) => `${pre}{${body}}${p}`);
        }
        items = parts.flatMap((p) => expandBraces(p, false));
      }
      const out = [];
      for (const item of items) {
        for (const post of posts) {
          const s = pre + item + post;
          if (!top || seq !== null || s !== '') out.push(s);
        }
      }
      return out;
    }
  }
  return [str];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function braceSequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const step = Math.abs(Number(m[3] || 1)) || 1;
    const padded = /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]);
    const width = Math.max(m[1].length, m[2].length);
    const out = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) {
      let s = String(Math.abs(n));
      if (padded) s = s.padStart(width - (n < 0 ? 1 : 0), '0');
      out.push(n < 0 ? `-${s}` : s);
    }
    return out;
  }
  m = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const step = Math.abs(Number(m[3] || 1)) || 1;
    const out = [];
    for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) out.push(String.fromCharCode(n));
    return out;
  }
  return null;
}

// Drops '.' and empty inner segments and folds 'x/..', as the matcher
// does to both the path and the pattern before comparing.
function tidySegments(parts, isPattern) {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (i === 1 && parts[0] === '' && parts[1] === '') continue;
      if (parts[i] === '.' || parts[i] === '') {
        parts.splice(i--, 1);
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let i = 1; i < parts.length; i++) {
      const prev = parts[i - 1];
      if (parts[i] === '..' && prev && prev !== '.' && prev !== '..' && prev !== '**') {
        parts.splice(i - 1, 2);
        i -= 2;
        changed = true;
      }
    }
    if (isPattern) {
      for (let i = 1; i < parts.length; i++) {
        if (parts[i] === '**' && parts[i - 1] === '**') {
          parts.splice(i--, 1);
          changed = true;
        }
      }
    }
  }
  return parts.length === 0 ? [''] : parts;
}

const posixClasses = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};

const reEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

// A bracket expression starting at pattern[i] ('['): [regex, next index],
// or null when it never closes (then '[' is literal).
function bracket(pattern, i) {
  let j = i + 1;
  let negate = false;
  if (pattern[j] === '!' || pattern[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  for (; j < pattern.length; j++) {
    const c = pattern[j];
    if (c === ']' && !first) {
      if (body === '') return ['$.', j + 1];
      return [`[${negate ? '^' : ''}${body}]`, j + 1];
    }
    first = false;
    if (c === '[' && pattern[j + 1] === ':') {
      const end = pattern.indexOf(':]', j + 2);
      const cls = end === -1 ? undefined : posixClasses[pattern.slice(j + 2, end)];
      if (cls !== undefined) {
        body += cls;
        j = end + 1;
        continue;
      }
    }
    if (pattern[j + 1] === '-' && pattern[j + 2] !== undefined && pattern[j + 2] !== ']') {
      const lo = c;
      const hi = pattern[j + 2];
      if (hi >= lo) body += `${reEscape(lo)}-${reEscape(hi)}`;
      j += 2;
      continue;
    }
    body += reEscape(c);
  }
  return null;
}

// Compiles one path segment of a pattern to a regex source.
function segmentRegex(pattern, i, stop) {
  let out = '';
  while (i < pattern.length) {
    const c = pattern[i];
    if (stop !== undefined && (c === '|' || c === ')')) break;
    if ('?*+@!'.includes(c) && pattern[i + 1] === '(') {
      const alts = [];
      let j = i + 2;
      for (;;) {
        const [src, next] = segmentRegex(pattern, j, true);
        alts.push(src);
        j = next;
        if (pattern[j] !== '|') break;
        j++;
      }
      if (pattern[j] === ')') {
        const group = alts.join('|');
        if (c === '!') {
          const [rest] = segmentRegex(pattern, j + 1, stop);
          out += `(?:(?!(?:${group})${rest}$)[^/]*?)`;
        } else {
          out += `(?:${group})${{ '?': '?', '*': '*', '+': '+', '@': '' }[c]}`;
        }
        i = j + 1;
        continue;
      }
    }
    if (c === '*') {
      while (pattern[i + 1] === '*') i++;
      out += '[^/]*?';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const b = bracket(pattern, i);
      if (b !== null) {
        out += b[0];
        i = b[1];
        continue;
      }
      out += '\\[';
    } else {
      out += reEscape(c);
    }
    i++;
  }
  return [out, i];
}

const GLOBSTAR = {};

function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (!/[*?[]|[?*+@!]\(/.test(seg)) return seg;
  const [src] = segmentRegex(seg, 0, undefined);
  // Wildcards never match a leading dot unless the pattern starts with
  // one (or with a pattern group that may), and never '.' or '..' at all;
  // a segment of stars alone needs at least one character.
  let guard = '(?!\\.)';
  if (seg[0] === '.') guard = '(?!\\.\\.?$)';
  else if (/^[?*+@]\(/.test(seg)) guard = '';
  if (/^\*+$/.test(seg)) guard += '(?=.)';
  return new RegExp(`^${guard}(?:${src})$`);
}

function matchParts(file, pat, fi, pi) {
  for (; fi < file.length && pi < pat.length; fi++, pi++) {
    const p = pat[pi];
    if (p === GLOBSTAR) {
      // ** swallows any number of segments, but no dotfiles and never
      // '.' or '..'.
      for (let k = fi; k <= file.length; k++) {
        if (matchParts(file, pat, k, pi + 1)) return true;
        if (k < file.length && file[k].startsWith('.')) return false;
      }
      return false;
    }
    const f = file[fi];
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (pi === pat.length) {
    // A trailing slash on the path (one empty segment) still matches.
    return fi === file.length || (fi === file.length - 1 && file[fi] === '');
  }
  return false;
}

function globMatch(path, pattern, windows) {
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  const file = tidySegments(path.split('/'), false);
  for (const expanded of expandBraces(pattern, true)) {
    const parts = tidySegments(expanded.split('/'), true);
    if (matchParts(file, parts.map(compileSegment), 0, 0)) return true;
  }
  return false;
}

module.exports = globMatch;
