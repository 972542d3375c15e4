'use strict';
// The message layer of an IPC channel, set up on a ChildProcess (parent
// side) or on process (child side): send/_send, the one-handle-in-flight
// queue (NODE_HANDLE / NODE_HANDLE_ACK / NODE_HANDLE_NACK), 'message' and
// 'internalMessage' delivery, disconnect. Behaviour follows Node's.

const EventEmitter = require('events');
const { nodeError, invalidArgType, markThrowSite } = require('internal/errors');
const serialization = require('internal/child_process/serialization');
// events (above) fills in emitWith.
const { queueTick, emitWith } = require('internal/fast_paths');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');
const MAX_HANDLE_RETRANSMISSIONS = 3;
const INTERNAL_PREFIX = 'NODE_';

const siteFile = 'node:internal/child_process';

function isInternal(message) {
  if (message === null || typeof message !== 'object') return false;
  const cmd = message.cmd;
  return typeof cmd === 'string' && cmd.length > INTERNAL_PREFIX.length && cmd.startsWith(INTERNAL_PREFIX);
}

// A descriptor that came over the channel with no better wrapper (or one
// made to be sent): fd, close(). net and dgram adopt such handles.
class NativeHandle {
  constructor(fd, type) {
    this.fd = fd;
    this.ipcType = type;
  }
  close(cb) {
    if (this.fd >= 0) binding.closeFd(this.fd);
    this.fd = -1;
    if (typeof cb === 'function') process.nextTick(cb);
  }
}

const wraps = { __proto__: null };
// internal/tcp_wrap and internal/pipe_wrap, when net has them.
function wrapModule(name) {
  if (!(name in wraps)) {
    try { wraps[name] = require(name); } catch { wraps[name] = null; }
  }
  return wraps[name];
}

function optionalModule(name) {
  try { return require(name); } catch { return null; }
}

// The descriptor to send for a native handle: [fd, owned]. A handle that
// can duplicate its socket (tcp_wrap, pipe_wrap) gives a copy that is
// closed once sent; a NativeHandle lends its own.
function handleFd(handle) {
  if (handle && typeof handle.dupFd === 'function') {
    const fd = handle.dupFd();
    return fd >= 0 ? [fd, true] : [-1, false];
  }
  if (handle && typeof handle.fd === 'number' && handle.fd >= 0) return [handle.fd, false];
  return [-1, false];
}

// Turn a received descriptor into the handle Node would give: a TCP (or
// Pipe) handle opened on it when net has them, else a NativeHandle.
function wrapReceived(fd, type) {
  const kind = binding.socketKind(fd);
  const mod = kind.startsWith('tcp') ? wrapModule('internal/tcp_wrap') :
    kind.startsWith('pipe') ? wrapModule('internal/pipe_wrap') :
    kind === 'udp' ? wrapModule('internal/udp_wrap') : null;
  const Ctor = mod && (mod.TCP || mod.Pipe || mod.UDP);
  if (Ctor) {
    const h = new Ctor(mod.constants ? mod.constants.SOCKET : 0);
    // A TCP handle takes the descriptor over, even when opening fails:
    // then there is no handle, and the sender is asked again (NACK).
    if (typeof h.openOwned === 'function') return h.openOwned(fd) === 0 ? h : undefined;
    // open() gets a copy to keep or close as it likes (even when it fails);
    // ours is closed here once it took.
    const copy = binding.dupFd(fd);
    if (copy >= 0 && h.open(copy) === 0) {
      binding.closeFd(fd);
      return h;
    }
  }
  return new NativeHandle(fd, type);
}

function isNativeHandle(h) {
  if (h instanceof NativeHandle) return true;
  const tw = wrapModule('internal/tcp_wrap');
  const pw = wrapModule('internal/pipe_wrap');
  return !!((tw && h instanceof tw.TCP) || (pw && h instanceof pw.Pipe) || isUDPHandle(h));
}

// A UDP handle of internal/udp_wrap (dgram's and cluster's).
function isUDPHandle(h) {
  const uw = wrapModule('internal/udp_wrap');
  return !!(uw && h instanceof uw.UDP);
}

// Handle conversions by wire type: send gives the native handle to put on
// the wire, got turns a received one into what 'message' listeners get.
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    simultaneousAccepts: true,
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const net = require('net');
      const server = new net.Server();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      // A server's connection: the server counts it until the receiver
      // reports it closed, and no longer here.
      if (socket.server) {
        message.key = socket.server._connectionKey;
        const firstTime = !this[kChannelHandle].sockets.send[message.key];
        const socketList = socketListOf('send', this, message.key);
        if (firstTime) socket.server._setupWorker(socketList);
        if (!options.keepOpen) socket.server._connections--;
      }
      const handle = socket._handle;
      if (!options.keepOpen) {
        handle.onread = () => {};
        socket._handle = null;
        if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      // Closed once the other side acknowledges it; at once if sending failed.
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const net = require('net');
      const socket = new net.Socket({ handle, readable: true, writable: true });
      if (message.key) socketListOf('got', this, message.key).add({ socket });
      emit(socket);
    },
  },
  'dgram.Native': {
    simultaneousAccepts: false,
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'dgram.Socket': {
    simultaneousAccepts: false,
    send(message, socket) {
      message.dgramType = socket.type;
      return socket[require('internal/dgram').kStateSymbol].handle;
    },
    got(message, handle, emit) {
      const dgram = require('dgram');
      const socket = new dgram.Socket(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

// The SocketListSend (or SocketListReceive) of a server key on target's
// channel, made on first use.
function socketListOf(type, target, key) {
  const lists = target[kChannelHandle].sockets[type];
  if (!lists[key]) {
    const { SocketListSend, SocketListReceive } = require('internal/socket_list');
    lists[key] = type === 'send' ? new SocketListSend(target, key) : new SocketListReceive(target, key);
  }
  return lists[key];
}

// net, once loaded (null when it cannot be).
let netModule;

function handleType(handle) {
  // A TCP handle (a connection the round-robin primary hands out) first:
  // it is none of the kinds below.
  const tw = wrapModule('internal/tcp_wrap');
  if (tw && handle instanceof tw.TCP) return 'net.Native';
  if (netModule === undefined) netModule = optionalModule('net');
  const net = netModule;
  if (net && typeof net.Socket === 'function' && handle instanceof net.Socket) return 'net.Socket';
  if (net && typeof net.Server === 'function' && handle instanceof net.Server) return 'net.Server';
  if (handle instanceof NativeHandle) return handle.ipcType || 'net.Native';
  if (isUDPHandle(handle)) return 'dgram.Native';
  if (isNativeHandle(handle)) return 'net.Native';
  const dgram = optionalModule('dgram');
  if (dgram && typeof dgram.Socket === 'function' && handle instanceof dgram.Socket) return 'dgram.Socket';
  return null;
}

class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  // Listener counting and writes in flight ref the channel, until the user
  // says otherwise with ref()/unref().
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function invalidMessageType(message) {
  return markThrowSite(invalidArgType('message', ['string', 'object', 'number', 'boolean'], message),
    siteFile, '      throw new ERR_INVALID_ARG_TYPE(', 7);
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function errnoException(err, syscall) {
  return require('util')._errnoException(err, syscall);
}

const nop = () => {};
// send()'s options when none are given: only read, never changed.
const kDefaultSendOptions = Object.freeze({ swallowErrors: false });

// _channel warns (DEP0129) through util.deprecate, made on first use: util
// is a large load that a worker's start-up otherwise does without.
let deprecatedChannel;
function deprecatedChannelAccessors() {
  if (deprecatedChannel === undefined) {
    const { deprecate } = require('util');
    const msg = '_channel is deprecated. Use ChildProcess.channel instead.';
    deprecatedChannel = {
      get: deprecate(function() { return this.channel; }, msg, 'DEP0129'),
      set: deprecate(function(val) { this.channel = val; }, msg, 'DEP0129'),
    };
  }
  return deprecatedChannel;
}
function channelGetter() {
  return Reflect.apply(deprecatedChannelAccessors().get, this, []);
}
function channelSetter(val) {
  Reflect.apply(deprecatedChannelAccessors().set, this, [val]);
}

// setupChannel gives target (a ChildProcess, or process in a child) the
// channel API over channel, a Go channel handle, and starts reading.
function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;

  Object.defineProperty(target, '_channel', {
    __proto__: null,
    get: channelGetter,
    set: channelSetter,
    configurable: true,
    enumerable: false,
  });

  target._handleQueue = null;
  target._pendingMessage = null;

  const { parse, write } = serialization[serializationMode] || serialization.json;

  // Go keeps channel.buffering (part of a message read) up to date.
  channel.buffering = false;
  // Go parses JSON lines as they come: messages[i] is the message, unless
  // undecoded[i] is set, the frame parse() must decode (or throw for).
  channel.onread = function onread(messages, fds, undecoded) {
    if (messages === null) {
      // The other side is gone.
      channel.buffering = false;
      target.disconnect();
      channel.onread = nop;
      channel.close();
      target.channel = null;
      maybeClose(target);
      return;
    }
    for (let i = 0; i < messages.length; i++) {
      let message = messages[i];
      if (undecoded !== undefined && undecoded[i] !== undefined) {
        try {
          message = parse(undecoded[i]);
        } catch (err) {
          for (let k = i; k < fds.length; k++) if (fds[k] >= 0) binding.closeFd(fds[k]);
          throw err;
        }
      }
      received(message, fds[i]);
    }
  };

  // onread for a read of one frame (most are): no arrays.
  channel.onreadone = function onreadone(message, fd, undecoded) {
    if (undecoded !== undefined) {
      try {
        message = parse(undecoded);
      } catch (err) {
        if (fd >= 0) binding.closeFd(fd);
        throw err;
      }
    }
    received(message, fd);
  };

  function received(message, fd) {
    const internal = isInternal(message);
    if (internal && message.cmd === 'NODE_HANDLE') {
      handleMessage(message, fd >= 0 ? wrapReceived(fd, message.type) : undefined, true);
      return;
    }
    // A descriptor that came with any other message has no owner.
    if (fd >= 0) binding.closeFd(fd);
    handleMessage(message, undefined, internal);
  }

  // Callbacks of writes the socket did not take at once, in write order.
  // Go calls onwritecomplete(n) when n more of them have finished: it
  // completes them in order up to the first that has a callback, calls it,
  // and returns how many are still owed; Go calls again (n 0) until none
  // are, so that each callback runs as a callback of its own (its ticks
  // before the next), and the rest go in one call.
  const writeCallbacks = [];
  let writeHead = 0;
  let writesOwed = 0;
  channel.onwritecomplete = function onwritecomplete(n) {
    writesOwed += n;
    while (writesOwed > 0) {
      writesOwed--;
      const callback = writeCallbacks[writeHead];
      writeCallbacks[writeHead++] = undefined;
      if (writeHead === writeCallbacks.length) {
        writeCallbacks.length = 0;
        writeHead = 0;
      }
      control.unrefCounted();
      if (typeof callback === 'function') {
        callback(null);
        break;
      }
    }
    return writesOwed;
  };

  channel.sockets = { got: {}, send: {} };

  target.on('internalMessage', function(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
      if (target._pendingMessage) {
        if (message.cmd === 'NODE_HANDLE_ACK') {
          closePendingHandle(target);
        } else if (target._pendingMessage.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
          closePendingHandle(target);
          process.emitWarning('Handle did not reach the receiving process correctly',
            'SentHandleNotReceivedWarning');
        }
      }
      const queue = target._handleQueue || [];
      target._handleQueue = null;
      if (target._pendingMessage) {
        const p = target._pendingMessage;
        target._send(p.message, p.handle, p.options, p.callback);
      }
      for (let i = 0; i < queue.length; i++) {
        const args = queue[i];
        target._send(args.message, args.handle, args.options, args.callback);
      }
      // A disconnect() that waited for the queue.
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }

    if (message.cmd !== 'NODE_HANDLE') return;

    // No descriptor arrived with it (the kernel cut it off): ask again.
    if (!handle) return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);

    // Not the user's send: failing to acknowledge must not be fatal.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);

    const obj = handleConversion[message.type] || handleConversion['net.Native'];
    obj.got.call(this, message, handle, (converted) => {
      handleMessage(message.msg, converted, isInternal(message.msg));
    });
  });

  // Messages that came while nobody listened wait for a 'message' listener.
  target.on('newListener', function() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) Reflect.apply(target.emit, target, messages[i]);
      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw markThrowSite(invalidArgType('options', 'Object', options), 'node:internal/validators',
        "        throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);", 15);
    }
    options = options === undefined ? kDefaultSendOptions : { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = nodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) {
      throw markThrowSite(nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified'),
        siteFile, "      throw new ERR_MISSING_ARGS('message');", 7);
    }
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw invalidMessageType(message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };

    let obj;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: null, msg: message };
      message.type = handleType(handle);
      if (message.type === null) {
        throw markThrowSite(nodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent'),
          siteFile, '        throw new ERR_INVALID_HANDLE_TYPE();', 9);
      }
      // One handle in flight: later sends wait for its acknowledgement.
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      obj = handleConversion[message.type];
      handle = Reflect.apply(obj.send, target, [message, handle, options]);
      // Nothing left to send (a closed socket): the message goes alone.
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      // Keep the order behind a handle waiting for its acknowledgement.
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    // No destructuring here: goja runs it through the iterator protocol.
    let fd = -1;
    let owned = false;
    if (handle) {
      const got = handleFd(handle);
      fd = got[0];
      owned = got[1];
    }
    // 0: written; 1: queued, onwritecomplete follows; else an errno. A
    // write whose errors are swallowed may go out with the next one.
    const err = write(channel, message, fd, owned, options.swallowErrors === true && fd < 0);

    if (err >= 0) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (obj && obj.postSend) obj.postSend(message, handle, options, callback, target);
      }
      if (err === 1) {
        writeCallbacks.push(callback);
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
      // Written at once: nothing is queued.
      if (err === 0) return true;
    } else {
      if (obj && obj.postSend) obj.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        const ex = errnoException(err, 'write');
        if (typeof callback === 'function') {
          process.nextTick(callback, ex);
        } else {
          process.nextTick(() => this.emit('error', ex));
        }
      }
    }
    // Ask the caller to hold back once two reads' worth is queued.
    return channel.writeQueueSize < 65536 * 2;
  };

  // connected turns false at disconnect(); channel turns null once the
  // channel is really closed (queued handles may delay that).
  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', nodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function() {
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    // A message half read finishes first.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      emitWith(target, event, 2, message, handle);
      return;
    }
    if (target.channel) target.channel[kPendingMessages].push([event, message, handle]);
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel) {
      // Nobody can take it any more.
      if (handle && typeof handle.close === 'function') handle.close();
      return;
    }
    queueTick(emit, 3, internal ? 'internalMessage' : 'message', message, handle);
  }

  channel.readStart(serializationMode === 'advanced');
  return control;
}

// forkChild gives process the channel of fd (NODE_CHANNEL_FD). It lives here,
// not in child_process, so that a worker's start-up loads only the channel
// and not spawn, stdio and the streams under them.
function forkChild(fd, serializationMode) {
  if (serializationMode !== 'json' && serializationMode !== 'advanced') {
    throw new Error(`unknown IPC serialization '${serializationMode}'`);
  }
  const p = binding.openChannel(fd);
  // The channel alone does not keep a child alive: its listeners do.
  p.unref();
  const control = setupChannel(process, p, serializationMode);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = {
  Control, NativeHandle, handleConversion, handleType, isInternal, isNativeHandle,
  kChannelHandle, kPendingMessages, setupChannel, maybeClose, wrapReceived, forkChild,
  openChannel: (fd) => binding.openChannel(fd),
};
