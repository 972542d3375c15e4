'use strict';
// require('tls'): a TLSSocket is a net.Socket whose handle is a TLS
// connection run by Go's crypto/tls over the descriptor of a connected TCP
// socket (binding.wrap). A server is a net.Server that pauses each new
// connection and wraps it; a client connects a TCP socket and wraps it once
// connected. As in Node, the chain is checked during the handshake and
// the verdict applied after it: rejectUnauthorized destroys the socket
// with the verify error, or the host name error of checkServerIdentity.

const net = require('net');
const { isIP } = net;
const { nodeError, invalidArgType, validateObject, validateFunction } = require('internal/errors');

const kReinitializeHandle = Symbol.for('gocluster.net.reinitializeHandle');
const kOptions = Symbol('kTLSOptions');

const DEFAULT_MIN_VERSION = 'TLSv1.2';
const DEFAULT_MAX_VERSION = 'TLSv1.3';

// PEM text of a key/cert/ca option: a string, a Buffer, or an array of them.
function pemList(value, name) {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v === 'string') return v;
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
    if (v && typeof v === 'object' && v.pem !== undefined) return pemList(v.pem, name)[0];
    throw invalidArgType(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], v);
  });
}

class SecureContext {
  constructor(options) {
    this.context = {
      key: pemList(options.key, 'key'),
      cert: pemList(options.cert, 'cert'),
      ca: pemList(options.ca, 'ca'),
    };
    if (options.pfx !== undefined) {
      throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'The feature pfx is unavailable on the current platform, which is being used to run Node.js');
    }
    const { key, cert } = this.context;
    if (key && cert) {
      for (let i = 0; i < Math.min(key.length, cert.length); i++) binding.checkKeyPair(key[i], cert[i]);
    }
  }
}

function createSecureContext(options = {}) {
  validateObject(options, 'options');
  return new SecureContext(options);
}

function contextOf(options) {
  if (options.secureContext instanceof SecureContext) return options.secureContext.context;
  return new SecureContext(options).context;
}

function verifyErrorOf(pair) {
  if (!pair) return null;
  const err = new Error(pair[1]);
  err.code = pair[0];
  return err;
}

function splitHost(host) {
  return host.toLowerCase().replace(/\.$/, '').split('.');
}

function matchName(hostParts, pattern) {
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const first = patternParts[0];
  if (first === hostParts[0]) return true;
  // A wildcard stands for one whole label, not for an IDN one.
  if (first === '*' && patternParts.length > 2 && !hostParts[0].startsWith('xn--')) return true;
  return false;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = hostname.replace(/\.$/, '');
  if (isIP(hostname)) {
    valid = ips.includes(hostname);
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    if (dnsNames.length > 0) {
      valid = dnsNames.some((p) => matchName(hostParts, p));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((p) => matchName(hostParts, p)) : matchName(hostParts, cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = nodeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID',
    `Hostname/IP does not match certificate's altnames: ${reason}`);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// TLSSocket(socket, options): over a connected or connecting TCP socket.
function TLSSocket(socket, options = {}) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  this[kOptions] = options;
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = false;
  this.servername = null;
  this._secureEstablished = false;
  this._rejectUnauthorized = options.rejectUnauthorized !== false;
  net.Socket.call(this, { allowHalfOpen: socket ? socket.allowHalfOpen : options.allowHalfOpen });
  this.connecting = true;
  if (socket && socket._handle && !socket.connecting) {
    wrapSocket(this, socket);
  } else if (socket) {
    socket.once('connect', () => wrapSocket(this, socket));
    socket.once('error', (err) => this.destroy(err));
  }
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// wrapSocket moves raw's connection into a TLS handle for tlsSocket.
function wrapSocket(tlsSocket, raw) {
  const rawHandle = raw._handle;
  if (rawHandle.reading) rawHandle.readStop();
  const fd = rawHandle.dupFd();
  raw.removeAllListeners('error');
  raw.on('error', () => {});
  raw.destroy();
  if (fd < 0) {
    const err = new Error(`dup: ${fd}`);
    err.errno = fd;
    tlsSocket.destroy(err);
    return;
  }
  const opts = tlsSocket[kOptions];
  const ctx = contextOf(opts);
  const handle = binding.wrap(fd, {
    isServer: !!opts.isServer,
    key: ctx.key,
    cert: ctx.cert,
    ca: ctx.ca,
    servername: opts.servername,
    ALPNProtocols: opts.ALPNProtocols,
    requestCert: !!opts.requestCert,
    minVersion: opts.minVersion || DEFAULT_MIN_VERSION,
    maxVersion: opts.maxVersion || DEFAULT_MAX_VERSION,
  });
  handle.onhandshake = (failure) => onHandshake(tlsSocket, failure);
  tlsSocket[kReinitializeHandle](handle);
  tlsSocket.connecting = false;
  tlsSocket.emit('connect');
}

function onHandshake(socket, failure) {
  const opts = socket[kOptions];
  if (failure) {
    const err = new Error(failure[1]);
    err.code = failure[0];
    if (opts.isServer && opts.server) {
      opts.server.emit('tlsClientError', err, socket);
      socket.destroy();
    } else {
      socket.destroy(err);
    }
    return;
  }
  const handle = socket._handle;
  socket.alpnProtocol = handle.getALPN();
  if (opts.isServer) {
    if (opts.requestCert) {
      const verifyError = verifyErrorOf(handle.verifyError());
      socket.authorized = !verifyError;
      if (verifyError) socket.authorizationError = verifyError.code;
      if (verifyError && opts.rejectUnauthorized) {
        socket.destroy(verifyError);
        return;
      }
    }
    socket._secureEstablished = true;
    if (opts.server) opts.server.emit('secureConnection', socket);
    socket.emit('secure');
    return;
  }
  let verifyError = verifyErrorOf(handle.verifyError());
  if (!verifyError) {
    const hostname = opts.servername || opts.host || 'localhost';
    verifyError = (opts.checkServerIdentity || checkServerIdentity)(hostname, socket.getPeerCertificate());
  }
  if (verifyError) {
    socket.authorized = false;
    socket.authorizationError = verifyError.code || verifyError.message;
    if (socket._rejectUnauthorized) {
      socket.destroy(verifyError);
      return;
    }
  } else {
    socket.authorized = true;
  }
  socket._secureEstablished = true;
  socket.emit('secureConnect');
}

for (const [name, fallback] of [['getProtocol', null], ['getCipher', undefined], ['isSessionReused', false]]) {
  TLSSocket.prototype[name] = function() {
    return this._handle && this._handle[name] ? this._handle[name]() : fallback;
  };
}
TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  return this._handle ? this._handle.getPeerCertificate(!!detailed) : null;
};
TLSSocket.prototype.setServername = function setServername(name) {
  this[kOptions].servername = name;
};

// Server(options, secureConnectionListener): connections are paused as
// they arrive (the TLS handle reads the socket itself) and wrapped.
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  this._contextOptions = options;
  this._sharedContext = createSecureContext(options);
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  net.Server.call(this, { ...options, pauseOnConnect: true });
  this.on('connection', tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function tlsConnectionListener(raw) {
  const o = this._contextOptions;
  const socket = new TLSSocket(raw, {
    isServer: true,
    server: this,
    secureContext: this._sharedContext,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: o.ALPNProtocols,
    minVersion: o.minVersion,
    maxVersion: o.maxVersion,
  });
  socket.server = this;
  socket.on('error', (err) => this.emit('tlsClientError', err, socket));
}

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._contextOptions = { ...this._contextOptions, ...options };
  this._sharedContext = createSecureContext(this._contextOptions);
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// connect(options[, cb]), connect(port[, host][, options][, cb]).
function normalizeConnectArgs(args) {
  let options = {};
  let cb;
  const rest = [...args];
  if (typeof rest[rest.length - 1] === 'function') cb = rest.pop();
  if (rest[0] !== null && typeof rest[0] === 'object') {
    options = { ...rest[0] };
  } else {
    if (rest[0] !== undefined) options.port = rest[0];
    if (typeof rest[1] === 'string') options.host = rest[1];
    const more = rest.find((a, i) => i > 0 && a !== null && typeof a === 'object');
    if (more) options = { ...more, ...options };
  }
  return [options, cb];
}

function connect(...args) {
  const [options, cb] = normalizeConnectArgs(args);
  if (options.checkServerIdentity !== undefined) validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const host = options.host || 'localhost';
  const opts = {
    rejectUnauthorized: process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
    ...options,
    host,
    servername: options.servername !== undefined ? options.servername : (isIP(host) ? undefined : host),
  };
  createSecureContext(opts); // key, cert and ca problems throw here, as in Node
  const raw = options.socket || net.connect({ ...options, host });
  const socket = new TLSSocket(raw, opts);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (cb) socket.once('secureConnect', cb);
  return socket;
}

function getCiphers() {
  return binding.ciphers();
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION,
  getCiphers,
  convertALPNProtocols(protocols, out) {
    out.ALPNProtocols = Buffer.concat(protocols.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)])));
  },
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
};
