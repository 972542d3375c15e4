'use strict';
// require.resolve and the loader's lookup: packages ("main", "exports",
// scopes, a package's own name), the paths option, require.resolve.paths,
// Module._resolveLookupPaths, Module._findPath and the path cache, and the
// errors node gives.
const Module = require('module');
const path = require('path');

const rel = (p) => (typeof p === 'string' && p.startsWith('/') ? path.relative(__dirname, p) : p);
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(rel(f())));
  } catch (err) {
    console.log(label, 'throws', err.code, JSON.stringify(err.message.split(__dirname).join('<DIR>')));
  }
};

const x = require('./fixtures/app/lib/x.js');
const req = x.req;
show('main field', () => req.resolve('pkg-main'));
show('exports .', () => req.resolve('pkg-exports'));
show('exports ./sub', () => req.resolve('pkg-exports/sub'));
show('not exported', () => req.resolve('pkg-exports/hidden'));
show('exported, not there', () => req.resolve('pkg-exports/gone'));
show('pattern', () => req('pkg-exports/feat/x'));
show('longest pattern', () => req('pkg-exports/feat/deep/x'));
show('relative dir, exports only', () => require('./fixtures/app/node_modules/pkg-exports').sub);
const self = require('./fixtures/selfpkg/lib/index.js');
show('self reference', () => [self.util, rel(self.path)]);
show('scoped', () => req('@scope/thing'));
show('missing', () => req.resolve('no-such-pkg'));
show('relative', () => req.resolve('./x'));
show('dot dot', () => req.resolve('../node_modules/pkg-main/lib/entry'));
show('core', () => req.resolve('fs'));
show('node: core', () => req.resolve('node:fs'));
show('unknown node:', () => req.resolve('node:nope'));
show('not a string', () => req.resolve(42));

// paths: a bare name is looked for in each path's node_modules chain, a
// relative one from each path itself.
show('paths bare', () => req.resolve('only-here', { paths: [path.join(__dirname, 'fixtures/other')] }));
show('paths bare missing', () => req.resolve('only-here', { paths: [path.join(__dirname, 'fixtures/app')] }));
show('paths relative', () => req.resolve('./lib/x', { paths: [path.join(__dirname, 'fixtures/app')] }));
show('paths empty', () => req.resolve('pkg-main', { paths: [] }));
show('paths not array', () => req.resolve('pkg-main', { paths: 'nope' }));
show('paths undefined', () => req.resolve('pkg-main', { paths: undefined }));

show('resolve.paths core', () => req.resolve.paths('http'));
show('resolve.paths node:', () => req.resolve.paths('node:http'));
show('resolve.paths relative', () => req.resolve.paths('./y'));
const bare = req.resolve.paths('some-pkg');
console.log('resolve.paths bare', bare.slice(0, 4).map(rel), bare.includes('/node_modules'));

show('lookup relative, no parent', () => Module._resolveLookupPaths('./a'));
show('lookup relative, module', () => Module._resolveLookupPaths('./a', x.mod));
show('lookup core', () => Module._resolveLookupPaths('os', x.mod));

// _findPath caches by request and paths; the cache can be replaced.
const appNM = path.join(__dirname, 'fixtures/app/node_modules');
show('findPath', () => Module._findPath('pkg-main', [appNM]));
show('findPath none', () => Module._findPath('pkg-main', []));
show('findPath absent', () => Module._findPath('nope', [appNM]));
console.log('cached', Object.keys(Module._pathCache).some((k) => k.startsWith('pkg-main\x00')));
Module._pathCache = { __proto__: null };
show('findPath again', () => Module._findPath('pkg-main', [appNM]));

show('stat dir', () => Module._stat(__dirname));
show('stat file', () => Module._stat(__filename));
show('stat missing', () => Module._stat(path.join(__dirname, 'nope')));

// An invalid "main" falls back to index.js with DEP0128.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message.split(__dirname).join('<DIR>')));
show('bad main', () => req('pkg-badmain'));
setImmediate(() => console.log('done'));
