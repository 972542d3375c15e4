'use strict';
// URLSearchParams: construction, methods, link with the owning URL.
const inits = ['a=1&b=2&a=3', '?x=%zz&y=%41+%20&z&=v&&w==', '', '?', { a: 1, b: [1, 2], c: undefined },
  [['k', 'v'], new Set(['s', 't'])], new Map([['m', 'n']]), new URLSearchParams('q=r'), '\uD800=\uDC00', 'a=b=c'];
for (const init of inits) {
  const p = new URLSearchParams(init);
  console.log(p.toString(), [...p], p.size);
}
const p = new URLSearchParams('z=1&a=2&\uD83D\uDE00=3&\uFFFD=4&a=0');
p.sort();
console.log(p.toString());
p.append('sp ace', 'é&=+');
p.set('a', 'one');
p.delete('z');
console.log(p.toString(), p.get('a'), p.get('none'), p.getAll('a'), p.has('a'), p.has('a', 'x'), p.has('a', 'one'));
p.append('d', '1');
p.append('d', '2');
p.delete('d', '1');
console.log(p.toString());
p.forEach(function (value, key, self) { console.log(key, value, self === p, this.t); }, { t: 'this' });
const it = p.entries();
console.log(it.next(), it, p.keys(), p.values(), Object.prototype.toString.call(it));
console.log([...p.keys()], [...p.values()], Object.keys(URLSearchParams.prototype));
console.log(p, new URLSearchParams());
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
console.log(long);

const url = new URL('http://h/p?a=1');
const sp = url.searchParams;
console.log(sp === url.searchParams, sp.get('a'));
sp.append('b', 'x y');
console.log(url.href, url.search);
url.search = '?c=3';
console.log([...sp], sp.get('a'));
url.href = 'http://other/?d=4';
console.log([...sp]);
sp.delete('d');
console.log(url.href, JSON.stringify(url.search));
const opaque = new URL('sc:path ?x=1');
opaque.searchParams.delete('x');
console.log(JSON.stringify(opaque.href));

for (const fn of [() => new URLSearchParams([[1]]), () => new URLSearchParams([1]), () => p.append('a'), () => p.get(),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => p.forEach(1), () => new URLSearchParams({ [Symbol('s')]: 1 }),
  () => it.next.call({})]) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
