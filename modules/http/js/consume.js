'use strict';
// A server connection's parser reads the socket's handle directly, as
// Node's parser.consume(handle) does: data skips the socket's stream (no
// 'data' events) and goes to the parser in Go (consumeHandle), which calls
// the parser's onExecute when JS has something to do after a read. A
// handle Go cannot read hands its data to parser.onRead here instead. End
// of input and errors still reach the socket.

const kConsumer = Symbol('kConsumer');
const kStreamOnread = Symbol('kStreamOnread');
const kConsumedHandle = Symbol('kConsumedHandle');

function onConsumedRead(nread, buf) {
  if (nread > 0) {
    this[kConsumer].onRead(buf);
    return;
  }
  this[kStreamOnread](nread, buf);
}

function consume(parser, handle) {
  handle[kStreamOnread] = handle.onread;
  handle[kConsumer] = parser;
  handle.onread = onConsumedRead;
  parser[kConsumedHandle] = handle;
  parser.consumeHandle(handle);
}

function unconsume(parser) {
  const handle = parser[kConsumedHandle];
  if (!handle) return;
  parser[kConsumedHandle] = null;
  parser.unconsumeHandle();
  if (handle.onread === onConsumedRead) handle.onread = handle[kStreamOnread];
  handle[kConsumer] = null;
}

// Node's methods: freeParser and the server call parser.unconsume().
binding.HTTPParser.prototype.consume = function(handle) { consume(this, handle); };
binding.HTTPParser.prototype.unconsume = function() { unconsume(this); };

module.exports = { consume, unconsume };
