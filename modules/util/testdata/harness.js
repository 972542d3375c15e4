'use strict';
// Development harness: loads this module's JS under real Node with a binding
// built from Node's own internals, so that its output can be diffed against
// Node's util before (and besides) running it on gocluster.
// Run with: node --expose-internals modules/util/testdata/harness.js

const fs = require('fs');
const path = require('path');
const { internalBinding } = require('internal/test/binding');

const dir = path.join(__dirname, '..');
const nodeUtil = require('util');
const utilBinding = internalBinding('util');

const types = { ...nodeUtil.types };

function makeBinding() {
  const cache = Object.create(null);
  const binding = {
    types,
    getProxyDetails: utilBinding.getProxyDetails,
    getPromiseDetails: utilBinding.getPromiseDetails,
    previewEntries: utilBinding.previewEntries,
    getConstructorName: utilBinding.getConstructorName,
    stringWidth: (s) => require('internal/util/inspect').getStringWidth(s, false),
    nodeDebug: () => process.env.NODE_DEBUG || '',
    uvErrorName: (code) => {
      const e = nodeUtil.getSystemErrorMap().get(code);
      return e ? e[0] : undefined;
    },
    uvErrorMap: () => [...nodeUtil.getSystemErrorMap()],
    load(name) {
      if (cache[name]) return cache[name].exports;
      const module = { exports: {} };
      cache[name] = module;
      const src = fs.readFileSync(path.join(dir, 'internal', `${name}.js`), 'utf8');
      const fn = new Function('exports', 'require', 'module', 'binding', src);
      fn(module.exports, require, module, binding);
      return module.exports;
    },
  };
  return binding;
}

function loadUtil() {
  const binding = makeBinding();
  const module = { exports: {} };
  const src = fs.readFileSync(path.join(dir, 'util.js'), 'utf8');
  new Function('exports', 'require', 'module', 'binding', src)(module.exports, require, module, binding);
  return { util: module.exports, binding };
}

module.exports = { loadUtil };

if (require.main === module) {
  // Compare every case of the case files: ours vs Node's.
  const { util: ours } = loadUtil();
  const { readCases } = require('./cases');
  let failed = 0;
  let total = 0;
  for (const file of process.argv.slice(2).length ? process.argv.slice(2) : ['inspect', 'format', 'misc']) {
    for (const c of readCases(file)) {
      total++;
      let want;
      let got;
      try { want = c.run(nodeUtil); } catch (e) { want = `THROWS ${e && e.message}`; }
      try { got = c.run(ours); } catch (e) { got = `THROWS ${e && e.stack}`; }
      if (want !== got) {
        failed++;
        console.log(`--- ${file}:${c.line}: ${c.expr}\nwant: ${JSON.stringify(want)}\ngot:  ${JSON.stringify(got)}`);
      }
    }
  }
  console.log(`${total - failed}/${total} cases match`);
  process.exitCode = failed ? 1 : 0;
}
