
// --- bodies ---------------------------------------------------------------

const kBody = Symbol('body');
const { isReadableStream, isReadableStreamLocked, isDisturbed } = streamInternals;
const encoder = new TextEncoder();

function toUint8(bytes) {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// extractBody gives { stream, source, length, type }: source is the bytes
// (or Blob) when known up front, so the body can be re-sent on a redirect.
function extractBody(object, keepalive) {
  let source = null;
  let type = null;
  if (typeof object === 'string') {
    source = encoder.encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (object instanceof URLSearchParams) {
    source = encoder.encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    source = new Uint8Array(object.slice(0));
  } else if (ArrayBuffer.isView(object)) {
    source = new Uint8Array(toUint8(object));
    source = source.slice(0);
  } else if (object instanceof Blob) {
    source = object;
    if (object.type) type = object.type;
  } else if (object instanceof FormData) {
    const form = encodeFormData(object);
    source = form.blob;
    type = form.type;
  } else if (isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (isDisturbed(object) || isReadableStreamLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { stream: object, source: null, length: null, type: null };
  } else {
    source = encoder.encode(String(object));
    type = 'text/plain;charset=UTF-8';
  }
  const length = source instanceof Blob ? source.size : source.byteLength;
  return { stream: streamOf(source), source, length, type };
}

function streamOf(source) {
  if (source instanceof Blob) return source.stream();
  let sent = false;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (!sent && source.byteLength) controller.enqueue(new Uint8Array(source));
      sent = true;
      controller.close();
      if (controller.byobRequest) controller.byobRequest.respond(0);
    },
  });
}

function cloneBody(body) {
  if (body === null) return null;
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { stream: b, source: body.source, length: body.length, type: body.type };
}

function bodyUnusable(owner) {
  const body = owner[kBody];
  return body != null && (isDisturbed(body.stream) || isReadableStreamLocked(body.stream));
}

async function consumeBody(owner) {
  if (bodyUnusable(owner)) throw new TypeError('Body is unusable: Body has already been read');
  const body = owner[kBody];
  if (body === null) return new Uint8Array(0);
  const reader = body.stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.byteLength; }
  return out;
}

function bodyMimeType(owner) {
  const ct = owner[kHeadersObject][kHeaders].get('content-type');
  return ct === null ? '' : ct;
}

// The Body mixin, shared by Request and Response.
const bodyMixin = {
  get body() { return this[kBody] === null ? null : this[kBody].stream; },
  get bodyUsed() { return this[kBody] !== null && isDisturbed(this[kBody].stream); },
  async arrayBuffer() {
    const bytes = await consumeBody(this);
    return bytes.buffer;
  },
  async blob() {
    const bytes = await consumeBody(this);
    return new Blob([bytes], { type: bodyMimeType(this) });
  },
  async text() {
    return new TextDecoder().decode(await consumeBody(this));
  },
  async json() {
    return JSON.parse(new TextDecoder().decode(await consumeBody(this)));
  },
  async formData() {
    return parseFormData(await consumeBody(this), bodyMimeType(this));
  },
};

function installBody(Class) {
  for (const name of Object.getOwnPropertyNames(bodyMixin)) {
    const desc = Object.getOwnPropertyDescriptor(bodyMixin, name);
    desc.enumerable = true;
    const isBranded = (self) => self != null && typeof self === 'object' && kBody in self && self instanceof Class;
    if (desc.get) {
      const get = desc.get;
      desc.get = function () {
        if (!isBranded(this)) throw illegalInvocation();
        return get.call(this);
      };
    } else {
      // The consumers are async: a wrong this rejects, it does not throw.
      const consume = desc.value;
      desc.value = function (...args) {
        if (!isBranded(this)) return Promise.reject(illegalInvocation());
        return consume.apply(this, args);
      };
    }
    Object.defineProperty(Class.prototype, name, desc);
  }
}
