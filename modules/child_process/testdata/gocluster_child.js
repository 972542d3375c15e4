'use strict';
// Run by gocluster, forked by real node.
process.on('message', (m, handle) => {
  if (m.server) {
    process.send({ gotServer: handle instanceof require('net').Server, listening: handle.listening });
    handle.close();
    return;
  }
  if (m === 'bye') {
    process.exitCode = 4;
    process.disconnect();
    return;
  }
  if (m.big) {
    process.send({ bigLength: m.big.length, back: 'w'.repeat(400000) });
    return;
  }
  process.send({ echo: m });
});
process.on('internalMessage', (m) => {
  if (m.cmd === 'NODE_PING') process.send({ cmd: 'NODE_PONG', n: m.n + 1 });
});
process.send({
  argv: process.argv.slice(2),
  fromParent: process.env.FROM_PARENT,
  channelVars: ['NODE_CHANNEL_FD', 'NODE_CHANNEL_SERIALIZATION_MODE'].filter((k) => k in process.env),
  fd: process.channel.fd,
  connected: process.connected,
});
