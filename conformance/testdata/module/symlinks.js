'use strict';
// Symlinked files and packages resolve to their real path (one module for
// both names) unless --preserve-symlinks keeps the link's path; NODE_PATH
// and $HOME/.node_modules are looked in after node_modules; module.parent
// warns (DEP0144) under --pending-deprecation.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gc-module-symlinks-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
  fs.writeFileSync(path.join(tmp, rel), text);
};
// app/node_modules/dep is a link to store/dep, which requires peer: found
// from the real path only in store/node_modules, from the link's only in
// app/node_modules.
write('store/dep/index.js', "exports.peer = require('peer'); exports.file = __filename;");
write('store/node_modules/peer/index.js', "module.exports = 'peer beside the store';");
write('app/node_modules/peer/index.js', "module.exports = 'peer beside the app';");
fs.symlinkSync(path.join(tmp, 'store/dep'), path.join(tmp, 'app/node_modules/dep'), 'dir');
write('app/real.js', "module.exports = { id: Math.random() };");
fs.symlinkSync(path.join(tmp, 'app/real.js'), path.join(tmp, 'app/alias.js'));
write('app/main.js', `
const path = require('path');
const rel = (p) => path.relative(${JSON.stringify(tmp)}, p);
const dep = require('dep');
console.log('dep', dep.peer, rel(dep.file));
console.log('same module', require('./real.js') === require('./alias.js'));
console.log('resolve alias', rel(require.resolve('./alias.js')));
try { console.log('global', require('global-mod')); } catch (e) { console.log('global', e.code); }
`);
write('np/global-mod.js', "module.exports = 'from NODE_PATH';");
write('home/.node_modules/global-mod.js', "module.exports = 'from HOME/.node_modules';");
write('parent.js', "require('./child.js');");
write('child.js', "console.log('parent is', require('path').basename(module.parent.filename));");

const run = (args, env = {}) => {
  const out = execFileSync(process.execPath, args, {
    cwd: tmp, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stdout.write(out);
};
const main = path.join(tmp, 'app/main.js');
console.log('-- default');
run([main]);
console.log('-- --preserve-symlinks');
run(['--preserve-symlinks', main]);
console.log('-- NODE_PATH');
run([main], { NODE_PATH: path.join(tmp, 'np') });
// An import does not look in NODE_PATH.
write('app/esm.mjs', "import('global-mod').then((m) => console.log('import', m.default), (e) => console.log('import', e.code));");
run([path.join(tmp, 'app/esm.mjs')], { NODE_PATH: path.join(tmp, 'np') });
console.log('-- HOME');
run([main], { HOME: path.join(tmp, 'home') });
// The main module's link is resolved unless --preserve-symlinks-main.
write('app/entry-real.js', "console.log('main is', require('path').basename(__filename));");
fs.symlinkSync(path.join(tmp, 'app/entry-real.js'), path.join(tmp, 'app/entry-link.js'));
console.log('-- main link');
run([path.join(tmp, 'app/entry-link.js')]);
run(['--preserve-symlinks', path.join(tmp, 'app/entry-link.js')]);
run(['--preserve-symlinks-main', path.join(tmp, 'app/entry-link.js')]);
console.log('-- --pending-deprecation');
const child = require('child_process').spawnSync(process.execPath, ['--pending-deprecation', 'parent.js'],
  { cwd: tmp, encoding: 'utf8' });
process.stdout.write(child.stdout);
console.log(child.stderr.replace(/\(node:\d+\)/, '(node:PID)'));
