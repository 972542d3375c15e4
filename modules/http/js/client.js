'use strict';
// _http_client: ClientRequest, an OutgoingMessage sent over a socket from
// an Agent (or one of its own), whose answer is an IncomingMessage.
//
// The class is here, with its methods in Node's order; what they do is in
// client_request.js, loaded when a program first makes a request: a server
// never does, and need not compile the client.

const { OutgoingMessage } = binding.load('outgoing');

let impl;
const work = () => (impl ??= binding.load('client_request'));

function ClientRequest(input, options, cb) {
  Reflect.apply(work().init, this, arguments);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function _finish() {
  return Reflect.apply(work()._finish, this, arguments);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  return Reflect.apply(work()._implicitHeader, this, arguments);
};

ClientRequest.prototype.abort = function abort() {
  return Reflect.apply(work().abort, this, arguments);
};

ClientRequest.prototype.destroy = function destroy(err) {
  return Reflect.apply(work().destroy, this, arguments);
};

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  return Reflect.apply(work().onSocket, this, arguments);
};

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  return Reflect.apply(work()._deferToConnect, this, arguments);
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  return Reflect.apply(work().setTimeout, this, arguments);
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  return Reflect.apply(work().setNoDelay, this, arguments);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  return Reflect.apply(work().setSocketKeepAlive, this, arguments);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  return Reflect.apply(work().clearTimeout, this, arguments);
};

module.exports = { ClientRequest };
