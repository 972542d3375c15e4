// Blob and File: construction from mixed parts, type normalisation, slice,
// async readers, inspect and errors.
'use strict';
const { Blob, File, resolveObjectURL } = require('buffer');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1), new Uint16Array([0x6665])], { type: 'Text/Plain' });
console.log(b, [b.size, b.type, String(b), Object.prototype.toString.call(b)]);
t('same global', () => [Blob === globalThis.Blob, File === globalThis.File]);
t('slice', () => [b.slice(1, -1, 'X'), b.slice(-2).size, b.slice(2, 1).size, b.slice('1').size, b.slice(undefined, 2).size]);
t('empty', () => new Blob());
t('iterable sources', () => new Blob(new Set(['a', 'bc'])).size);
t('string sources', () => new Blob('ab'));
t('null sources', () => new Blob(null));
t('coerced parts', () => new Blob([1, {}, null]).size);
t('bad type', () => [new Blob([], { type: '\u00e9' }).type, new Blob([], { type: 'a/b; C=D' }).type]);
t('options number', () => new Blob([], 5));
t('native endings', () => new Blob(['a\r\nb\nc'], { endings: 'native' }).size);
t('bad endings', () => new Blob([], { endings: 'x' }));
t('proto', () => [Object.keys(Blob.prototype), Object.getOwnPropertyNames(Blob.prototype)]);
t('getter this', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
t('file', () => new File(['abc'], 'a.txt', { lastModified: 5, type: 'text/x' }));
t('file no args', () => new File(['abc']));
t('file props', () => [new File([], 'x', { lastModified: 'zz' }).lastModified, new File([], 1).name, new File([], 'f') instanceof Blob,
  typeof new File([], 'n').lastModified]);
t('resolveObjectURL', () => [resolveObjectURL('blob:nodedata:x'), resolveObjectURL('nope')]);
t('inspect depth', () => [require('util').inspect(b, { depth: -1 }), require('util').inspect([[b]], { depth: 0 }), { a: b }]);
t('stream', () => typeof b.stream);

// Reads run one after another: when each resolves relative to other
// promises depends on Node's part-wise reader.
b.arrayBuffer().then((ab) => console.log('arrayBuffer', ab))
  .then(() => b.text()).then((s) => console.log('text', JSON.stringify(s)))
  .then(() => b.slice(0, 2).text()).then((s) => console.log('slice text', s))
  .then(() => new Blob(['\u00e9\ud800']).text()).then((s) => console.log('utf8 text', JSON.stringify(s)))
  .then(() => b.bytes()).then((u) => console.log('bytes', u))
  .then(() => Blob.prototype.text.call({})).catch((e) => console.log('text this', e.code, e.message));
console.log('sync end');
