'use strict';
// fs calls in flight are listed by process._getActiveRequests() (as
// FSReqCallback objects) and getActiveResourcesInfo() (before handles and
// timers), each until its callback has returned.
const fs = require('fs');

// (Stdio handles are left out: node lists the pipes of a console it wrote
// to, which gocluster writes to without making them.)
const kinds = () => process.getActiveResourcesInfo().filter((k) => k !== 'PipeWrap' && k !== 'TTYWrap').join();
const names = () => process._getActiveRequests().map((r) => `${r.constructor.name}:${typeof r.oncomplete}`).join();

let pending = 3;
for (let i = 0; i < 3; i++) {
  fs.open(__filename, 'r', (err, fd) => {
    console.log('open callback', err, process._getActiveRequests().length <= pending);
    fs.closeSync(fd);
    if (--pending === 0) {
      const t = setTimeout(() => {}, 1000);
      console.log('all opened:', kinds() || '(none)', process._getActiveRequests().length);
      fs.stat(__filename, () => {
        console.log('in stat callback:', kinds());
        clearTimeout(t);
        setImmediate(() => console.log('after:', kinds() || '(none)', process._getActiveRequests().length));
      });
    }
  });
}
console.log(kinds());
console.log(names());
