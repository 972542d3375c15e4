// settings.uid, gid and windowsHide pass through to the fork (the ids here
// are the primary's own, which any user may set); a bad uid type is
// child_process's argument error, thrown by cluster.fork().
'use strict';
const cluster = require('cluster');

if (cluster.isPrimary) {
  cluster.setupPrimary({ uid: process.getuid(), gid: process.getgid(), windowsHide: true });
  const w = cluster.fork();
  w.on('message', (m) => {
    console.log('same ids', m.uid === process.getuid(), m.gid === process.getgid());
    w.disconnect();
  });
  w.on('exit', (code) => {
    console.log('exit', code);
    cluster.setupPrimary({ uid: 'root' });
    try {
      cluster.fork();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    console.log(Object.keys(cluster.workers));
  });
} else {
  process.send({ uid: process.getuid(), gid: process.getgid() });
}
