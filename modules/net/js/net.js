'use strict';
// require('net'): TCP and Unix domain socket clients and servers, on the
// handles of internal/tcp_wrap and internal/pipe_wrap. The parts are in
// socket.js, connect.js, server.js, stream_base.js, ip.js, errors.js and
// blocklist.js.

const { Socket } = binding.load('socket');
const connectPart = binding.load('connect');
const { Server, createServerHandle } = binding.load('server');
const { isIP, isIPv4, isIPv6 } = binding.load('ip');

let warnSimultaneousAccepts = true;
function _setSimultaneousAccepts() {
  if (warnSimultaneousAccepts) {
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
      'DeprecationWarning', 'DEP0121');
    warnSimultaneousAccepts = false;
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let blocklist;
module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: connectPart.normalizeArgs,
  _setSimultaneousAccepts,
  get BlockList() {
    blocklist ??= binding.load('blocklist');
    return blocklist.BlockList;
  },
  get SocketAddress() {
    blocklist ??= binding.load('blocklist');
    return blocklist.SocketAddress;
  },
  connect: connectPart.connect,
  createConnection: connectPart.connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: connectPart.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: connectPart.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: connectPart.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: connectPart.setDefaultAutoSelectFamilyAttemptTimeout,
};
