'use strict';
// The send queue of a UDP socket: sends are tried at once, so the queue is
// empty after them; with node's --test-udp-no-try-send every send waits
// for the poll, and getSendQueueCount/Size count them until their
// callbacks have run.
const dgram = require('dgram');
const { spawnSync } = require('child_process');

function run(label) {
  const server = dgram.createSocket('udp4');
  const client = dgram.createSocket('udp4');
  let got = 0;
  server.on('message', (m) => {
    if (++got === 3) {
      console.log(label, 'server got 3, queue', client.getSendQueueCount(), client.getSendQueueSize());
      client.close();
      server.close();
    }
  });
  server.bind(0, '127.0.0.1', () => {
    client.connect(server.address().port, '127.0.0.1', () => {
      for (const data of ['a', 'bb', 'ccc']) {
        client.send(data, (err, sent) => {
          console.log(label, 'sent', data, err, sent, 'queue', client.getSendQueueCount(), client.getSendQueueSize());
        });
      }
      console.log(label, 'after send, queue', client.getSendQueueCount(), client.getSendQueueSize());
    });
  });
}

if (process.argv[2] === 'child') {
  run('no-try-send');
} else {
  run('default');
  const child = spawnSync(process.execPath, ['--test-udp-no-try-send', __filename, 'child'], { encoding: 'utf8' });
  process.stdout.write(child.stdout);
  process.stderr.write(child.stderr);
}
