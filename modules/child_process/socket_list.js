'use strict';
// Sockets of a net.Server that were sent to another process. The sender's
// server keeps a SocketListSend per receiver: closing the server waits until
// the receiver reports all of them closed, and getConnections() counts them.
// The receiver keeps a SocketListReceive per server key and answers. The
// messages (NODE_SOCKET_NOTIFY_CLOSE / NODE_SOCKET_CLOSED,
// NODE_SOCKET_GET_COUNT / NODE_SOCKET_COUNT) are Node's.

const EventEmitter = require('events');
const { nodeError } = require('internal/errors');

class SocketListSend extends EventEmitter {
  constructor(child, key) {
    super();
    this.key = key;
    this.child = child;
    child.once('exit', () => this.emit('exit', this));
  }

  // request sends msg and waits for the reply cmd with this list's key, or
  // for the channel to go.
  request(msg, cmd, swallowErrors, callback) {
    const child = this.child;
    const key = this.key;
    if (!child.connected) {
      callback(closedBeforeReply());
      return;
    }
    child._send(msg, undefined, swallowErrors);

    function onclose() {
      child.removeListener('internalMessage', onreply);
      callback(closedBeforeReply());
    }
    function onreply(reply) {
      if (!(reply.cmd === cmd && reply.key === key)) return;
      child.removeListener('internalMessage', onreply);
      child.removeListener('disconnect', onclose);
      callback(null, reply);
    }
    child.once('disconnect', onclose);
    child.on('internalMessage', onreply);
  }

  close(callback) {
    this.request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key },
      'NODE_SOCKET_CLOSED', true, callback);
  }

  getConnections(callback) {
    this.request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key },
      'NODE_SOCKET_COUNT', false, (err, reply) => {
        if (err) return callback(err);
        callback(null, reply.count);
      });
  }
}

function closedBeforeReply() {
  return nodeError(Error, 'ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received');
}

class SocketListReceive extends EventEmitter {
  constructor(child, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.child = child;

    const reply = (cmd, extra) => {
      if (!this.child.connected) return;
      this.child._send({ cmd, key: this.key, ...extra }, undefined, true);
    };

    this.child.on('internalMessage', (msg) => {
      if (msg.key !== this.key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (this.connections === 0) return reply('NODE_SOCKET_CLOSED');
        this.once('empty', () => reply('NODE_SOCKET_CLOSED'));
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
        reply('NODE_SOCKET_COUNT', { count: this.connections });
      }
    });
  }

  add(obj) {
    this.connections++;
    obj.socket.once('close', () => {
      this.connections--;
      if (this.connections === 0) this.emit('empty', this);
    });
  }
}

module.exports = { SocketListSend, SocketListReceive };
