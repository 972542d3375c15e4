// What reaches the worker from settings and fork(env): exec, args,
// execArgv (a preload that already sees the worker side of cluster), cwd,
// env merged over the primary's (values as strings, undefined dropped,
// NODE_UNIQUE_ID not overridable and removed before user code), and the
// inspectPort: null error, whose id is used up all the same.
'use strict';
const cluster = require('cluster');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures');
cluster.setupPrimary({
  exec: path.join(fixtures, 'report.js'),
  args: ['--flag', 'two words'],
  execArgv: ['--require', path.join(fixtures, 'preload.js')],
  cwd: fixtures,
});
process.env.FROM_PRIMARY = 'inherited';
cluster.on('setup', (s) => console.log('setup', path.basename(s.exec), s.args, s.cwd === fixtures));
const w = cluster.fork({ A: 1, B: undefined, C: null, D: 'd', FROM_PRIMARY: 'overridden', NODE_UNIQUE_ID: 99 });
console.log('id', w.id, w.process.spawnargs.slice(1).map((a) => path.relative(__dirname, a)));
w.on('message', (m) => {
  console.log(JSON.stringify(m, null, 1));
  w.disconnect();
});
w.on('exit', (code) => {
  console.log('exit', code);
  cluster.setupPrimary({ inspectPort: null });
  try {
    cluster.fork();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  delete cluster.settings.inspectPort;
  cluster.setupPrimary({ exec: path.join(fixtures, 'hello.js'), execArgv: [] });
  const w3 = cluster.fork();
  console.log('next id', w3.id, Object.keys(cluster.workers));
  w3.on('message', (m) => console.log(m));
});
