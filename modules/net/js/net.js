'use strict';
// require('net'): TCP and Unix domain socket clients and servers, on the
// handles of internal/tcp_wrap and internal/pipe_wrap. The parts are in
// socket.js, args.js, connect.js (loaded when a socket first connects),
// server.js, stream_base.js, ip.js, errors.js and blocklist.js.

const { Socket } = binding.load('socket');
const argForms = binding.load('args');
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

// The connect side (connect.js) loads on first use.
function connect(...args) {
  return Reflect.apply(binding.load('connect').connect, this, args);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let blocklist;
module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: argForms.normalizeArgs,
  _setSimultaneousAccepts,
  get BlockList() {
    blocklist ??= binding.load('blocklist');
    return blocklist.BlockList;
  },
  get SocketAddress() {
    blocklist ??= binding.load('blocklist');
    return blocklist.SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: argForms.getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily: argForms.setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout: argForms.getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout: argForms.setDefaultAutoSelectFamilyAttemptTimeout,
};
