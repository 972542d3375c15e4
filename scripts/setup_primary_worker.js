// The worker file of setup_primary.js (not a program on its own: run
// setup_primary.js). It sees the arguments the primary gave in setupPrimary.
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');

const port = Number(process.env.PORT) || 8000;

console.log(`worker ${cluster.worker.id} runs ${require('node:path').basename(__filename)} with ${process.argv.slice(2).join(' ')}`);

http.createServer((req, res) => {
  res.end(`worker ${cluster.worker.id} of ${cluster.isWorker ? 'a cluster' : 'nothing'}, args ${process.argv.slice(2).join(' ')}\n`);
}).listen(port);
