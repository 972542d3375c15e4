// --- TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream -----

function encodingInspect(self, fields, depth, options) {
  return inspectFields(self, fields, depth, options);
}

class TextEncoderStream {
  constructor() {
    brand(this, 'TextEncoderStream');
    const { TextEncoder } = require('internal/web');
    const encoder = new TextEncoder();
    let pendingHigh;
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = `${chunk}`;
        if (pendingHigh !== undefined) {
          text = pendingHigh + text;
          pendingHigh = undefined;
        }
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHigh = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHigh !== undefined) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
    this[kState] = { transform };
  }

  get encoding() {
    checkBrand(this, 'TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    checkBrand(this, 'TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkBrand(this, 'TextEncoderStream');
    return this[kState].transform.writable;
  }

  [inspectSymbol](depth, options) {
    return encodingInspect(this, {
      encoding: 'utf-8', readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, {
  value: 'TextEncoderStream', configurable: true,
});

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const { TextDecoder } = require('internal/web');
    const decoder = new TextDecoder(encoding, options);
    brand(this, 'TextDecoderStream');
    const transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
    this[kState] = { transform, decoder };
  }

  get encoding() {
    checkBrand(this, 'TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    checkBrand(this, 'TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    checkBrand(this, 'TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    checkBrand(this, 'TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    checkBrand(this, 'TextDecoderStream');
    return this[kState].transform.writable;
  }

  [inspectSymbol](depth, options) {
    return encodingInspect(this, {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, {
  value: 'TextDecoderStream', configurable: true,
});

// A TransformStream over a zlib stream: each written chunk goes through
// zlib; what zlib gives back is enqueued as Uint8Arrays.
function zlibTransform(zstream) {
  let controllerRef;
  let failure;
  zstream.on('data', (buf) => {
    controllerRef.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  });
  zstream.on('error', (err) => {
    failure = err;
    try {
      controllerRef.error(err);
    } catch {
      // already errored or closed
    }
  });
  return new TransformStream({
    start(controller) {
      controllerRef = controller;
    },
    transform(chunk) {
      // zlib takes strings too, as Node's adapter passes chunks through.
      let input = chunk;
      if (isAnyArrayBuffer(chunk)) input = Buffer.from(new Uint8Array(chunk));
      else if (isArrayBufferView(chunk)) input = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else if (typeof chunk !== 'string') {
        throw invalidArgType('chunk', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      return new Promise((resolve, reject) => {
        zstream.write(input, () => (failure ? reject(failure) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        zstream.once('end', resolve);
        zstream.once('error', reject);
        zstream.end();
      });
    },
  });
}

function compressionClass(name, makers) {
  const Class = class {
    constructor(format) {
      const make = Object.prototype.hasOwnProperty.call(makers, format) ? makers[format] : undefined;
      if (make === undefined) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue('format', format).message);
      brand(this, name);
      this[kState] = { transform: zlibTransform(make(require('zlib'))) };
    }

    get readable() {
      checkBrand(this, name);
      return this[kState].transform.readable;
    }

    get writable() {
      checkBrand(this, name);
      return this[kState].transform.writable;
    }

    [inspectSymbol](depth, options) {
      return encodingInspect(this, { readable: this.readable, writable: this.writable }, depth, options);
    }
  };
  Object.defineProperty(Class, 'name', { value: name });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return Class;
}

const CompressionStream = compressionClass('CompressionStream', {
  'deflate': (zlib) => zlib.createDeflate(),
  'deflate-raw': (zlib) => zlib.createDeflateRaw(),
  'gzip': (zlib) => zlib.createGzip(),
});

const DecompressionStream = compressionClass('DecompressionStream', {
  'deflate': (zlib) => zlib.createInflate(),
  'deflate-raw': (zlib) => zlib.createInflateRaw(),
  'gzip': (zlib) => zlib.createGunzip(),
});

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};

// WebIDL members are enumerable, as Node's are.
for (const Class of Object.values(module.exports)) {
  for (const name of Object.getOwnPropertyNames(Class.prototype)) {
    if (name !== 'constructor') Object.defineProperty(Class.prototype, name, { enumerable: true });
  }
}
Object.defineProperty(ReadableStream, 'from', { enumerable: true });

// For other core modules (stream adapters, fetch): not part of stream/web.
Object.defineProperty(module.exports, 'internals', {
  enumerable: false,
  value: {
    kState,
    isReadableStream: (v) => isBrand(v, 'ReadableStream'),
    isWritableStream: (v) => isBrand(v, 'WritableStream'),
    isReadableStreamLocked,
    isDisturbed: (v) => v[kState].disturbed,
    readableStreamCancel,
    whenSettled,
  },
});
