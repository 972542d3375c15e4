'use strict';
// Unicode property escapes in regexp literals (\p{...}, \P{...} with the u
// flag). express 5's router (path-to-regexp 8) reads route parameter names
// with /^[$_\p{ID_Start}]$/u and /^[$\u200c\u200d\p{ID_Continue}]$/u: read
// as a plain "p", every "/users/:id" route threw "Missing parameter name".
// Only code points whose properties are old enough to be the same in every
// Unicode version are checked.
const ID_START = /^[$_\p{ID_Start}]$/u;
const ID_CONTINUE = /^[$\u200c\u200d\p{ID_Continue}]$/u;
console.log([...'az_$éΩж1-: ·٣'].map((c) => `${c}:${ID_START.test(c) ? 'S' : ''}${ID_CONTINUE.test(c) ? 'C' : ''}`).join(' '));

function parseParam(path) {
  const i = path.indexOf(':');
  let j = i + 1;
  if (!ID_START.test(path[j])) throw new TypeError(`Missing parameter name at index ${j}: ${path}`);
  while (j < path.length && ID_CONTINUE.test(path[j])) j++;
  return path.slice(i + 1, j);
}
console.log(parseParam('/users/:id'), parseParam('/a/:user_Name9/x'), parseParam('/ñ/:ñandú.json'));
try { parseParam('/users/:1'); } catch (e) { console.log(e.message); }

const samples = ['a', 'Z', 'é', 'Ω', 'ж', 'ß', '中', '1', '٣', '_', '-', ' ', '\u00a0', '€', '+', '\n', '!', '\u0301'];
const props = {
  L: /\p{L}/u, Lu: /\p{Lu}/u, Ll: /\p{Lowercase_Letter}/u, N: /\p{N}/u, Nd: /\p{Nd}/u, P: /\p{P}/u,
  S: /\p{S}/u, Sc: /\p{Currency_Symbol}/u, Z: /\p{Z}/u, Cc: /\p{Cc}/u, Mn: /\p{Mn}/u, LC: /\p{LC}/u,
  gc: /\p{gc=Decimal_Number}/u, Greek: /\p{Script=Greek}/u, Han: /\p{sc=Han}/u, Cyrillic: /\p{Script=Cyrillic}/u,
  Alpha: /\p{Alphabetic}/u, Lower: /\p{Lowercase}/u, Upper: /\p{Uppercase}/u, WS: /\p{White_Space}/u,
  ASCII: /\p{ASCII}/u, Any: /\p{Any}/u, notL: /\P{L}/u, mix: /[\p{Lu}\d_]/u, neg: /[^\p{L}\p{N}]/u, inNeg: /[\P{L}]/u,
};
for (const [name, re] of Object.entries(props)) {
  console.log(name.padEnd(8), samples.map((c) => (re.test(c) ? 1 : 0)).join(''));
}
console.log('ÀbC ÿ Ωmega'.replace(/\p{Lu}/gu, '_'), /\p{L}+/u.exec('12héllo3')[0], /\p{L}/iu.test('K'));
console.log('caf\u00e9 na\u0308ive'.match(/[\p{L}\p{M}]+/gu));
// Without the u flag \p is a plain "p", as in node.
console.log(/\p{L}/.test('p{L}'), /\p{L}/.test('a'));
