'use strict';
// The shape of process.resourceUsage(), memoryUsage() and cpuUsage() (key
// order included: console.log shows it), and process.chdir's error text,
// which quotes both directories.
const path = require('path');
const types = (o) => Object.entries(o).map(([k, v]) => `${k}:${typeof v}`).join(' ');
console.log(types(process.resourceUsage()));
console.log(types(process.memoryUsage()));
console.log(types(process.cpuUsage()));
console.log(types(process.cpuUsage(process.cpuUsage())));

for (const dest of ['does-not-exist', path.basename(__filename)]) {
  try {
    process.chdir(dest);
  } catch (e) {
    console.log(e.message.replace(__dirname, '<dir>'), e.code, e.syscall, e.path === __dirname, e.dest);
  }
}
