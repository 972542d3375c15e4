'use strict';
// util.parseEnv: the .env dialect of Node's --env-file. Lines are KEY=value;
// values may be quoted with ', " or ` (only "..." expands \n and may span
// lines); '#' starts a comment outside quotes; "export " before a key is
// ignored. Keys come out sorted, as Node keeps them in an ordered map.

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

function withoutComment(value) {
  const hash = value.indexOf('#');
  return hash === -1 ? value : value.slice(0, hash);
}

function parseEnv(input) {
  const store = new Map();
  let rest = input.split('\r').join('');
  while (rest.length > 0) {
    rest = trimSpaces(rest);
    if (rest.length === 0) break;
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) {
        rest = rest.slice(nl + 1);
        continue;
      }
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(rest.slice(0, eq));
    rest = trimSpaces(rest.slice(eq + 1));
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest.length === 0) {
      store.set(key, '');
      break;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = rest.indexOf(quote, 1);
      if (close === -1) {
        // Unterminated: the rest of the line, quote included, is the value.
        const nl = rest.indexOf('\n');
        if (nl === -1) break;
        store.set(key, rest.slice(0, nl));
        rest = rest.slice(nl);
        continue;
      }
      let value = rest.slice(1, close);
      if (quote === '"') value = value.split('\\n').join('\n');
      store.set(key, value);
      const nl = rest.indexOf('\n', close + 1);
      rest = nl === -1 ? '' : rest.slice(nl + 1);
      continue;
    }
    const nl = rest.indexOf('\n');
    const line = nl === -1 ? rest : rest.slice(0, nl);
    rest = nl === -1 ? '' : rest.slice(nl + 1);
    store.set(key, trimSpaces(withoutComment(line)));
  }
  const out = {};
  for (const key of [...store.keys()].sort()) out[key] = store.get(key);
  return out;
}

Object.assign(exports, { parseEnv });
