'use strict';
// When a handle's close callback runs: libuv runs close callbacks in a
// closing phase after the check phase (immediates) and before the next
// turn's timers, the last closed first. So a destroyed socket's 'close'
// comes after setImmediate callbacks but before a setTimeout(0), sockets
// destroyed in one tick close in reverse order, and a shutdown requested
// in a close callback completes before the next poll delivers data.
const net = require('net');

const server = net.createServer((c) => {
  c.on('data', (d) => console.log('server data', String(d)));
  c.on('end', () => c.end());
});

const stages = [
  function destroyVersusTimers(next) {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.on('close', () => console.log('close'));
      setTimeout(() => {
        console.log('timeout 0');
        next();
      }, 0);
      setImmediate(() => console.log('immediate'));
      c.destroy();
      process.nextTick(() => console.log('tick'));
    });
  },
  function reverseOrder(next) {
    const port = server.address().port;
    const a = net.connect(port, '127.0.0.1', () => {
      const b = net.connect(port, '127.0.0.1', () => {
        const c = net.connect(port, '127.0.0.1', () => {
          let left = 3;
          for (const [name, s] of [['a', a], ['b', b], ['c', c]]) {
            s.on('close', () => {
              console.log(name, 'close');
              if (--left === 0) next();
            });
          }
          a.destroy();
          c.destroy();
          b.destroy();
        });
      });
    });
  },
  function endAfterClose(next) {
    const port = server.address().port;
    const a = net.connect(port, '127.0.0.1', () => {
      const b = net.connect(port, '127.0.0.1', () => {
        b.on('close', () => {
          console.log('b close');
          a.write('hello');
          a.end();
        });
        a.on('finish', () => console.log('a finish'));
        a.on('close', () => {
          console.log('a close');
          next();
        });
        b.destroy();
      });
    });
  },
  function closeInCloseCallback(next) {
    const port = server.address().port;
    const a = net.connect(port, '127.0.0.1', () => {
      const b = net.connect(port, '127.0.0.1', () => {
        a.on('close', () => {
          console.log('a close');
          b.destroy();
          setImmediate(() => console.log('immediate after a close'));
        });
        b.on('close', () => {
          console.log('b close');
          setImmediate(next);
        });
        a.destroy();
      });
    });
  },
];

server.listen(0, '127.0.0.1', () => {
  (function run(i) {
    if (i === stages.length) return server.close(() => console.log('server closed'));
    console.log(`-- ${stages[i].name}`);
    stages[i](() => run(i + 1));
  })(0);
});
