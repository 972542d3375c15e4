'use strict';
// A PerformanceObserver of type 'net' gets one 'connect' entry per TCP
// connect that succeeds (detail: the address and port connected to);
// none for a refused connect or a Unix socket, none once disconnected,
// and the entries are not in performance's own timeline.
const net = require('net');
const os = require('os');
const path = require('path');
const { PerformanceObserver, performance } = require('perf_hooks');

let port;
const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    seen.push(e);
    const proto = Object.getPrototypeOf(e);
    console.log('entry', proto.constructor.name, Object.getPrototypeOf(proto).constructor.name,
      e.name, e.entryType, e.detail.host, e.detail.port === port ? 'PORT' : e.detail.port,
      typeof e.startTime, e.duration >= 0, Object.keys(e.toJSON()).join());
  }
});
obs.observe({ type: 'net' });

const sock = path.join(os.tmpdir(), `gocluster-perf-${process.pid}.sock`);
const unix = net.createServer((c) => c.end()).listen(sock);
const server = net.createServer((c) => c.end()).listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => console.log('connected'));
  c.on('close', refused);
});

function refused() {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const closedPort = probe.address().port;
    probe.close(() => {
      net.connect(closedPort, '127.0.0.1').on('error', (e) => {
        console.log('refused', e.code);
        overUnix();
      });
    });
  });
}

function overUnix() {
  net.connect(sock, () => console.log('unix connected')).on('close', () => {
    setImmediate(() => {
      obs.disconnect();
      net.connect(port, '127.0.0.1').on('close', () => {
        setImmediate(() => {
          console.log('entries', seen.length, 'timeline', performance.getEntries().length);
          server.close();
          unix.close();
        });
      });
    });
  });
}
