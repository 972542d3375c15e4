'use strict';
// fastify 5 requires node:http2 at load: the module, its constants and the
// SETTINGS codec must be there even where no HTTP/2 server is started.
const http2 = require('node:http2');
const same = require('http2') === http2;
console.log('same module', same, require('module').builtinModules.includes('http2'));
console.log(http2.constants.HTTP2_HEADER_STATUS, http2.constants.NGHTTP2_CANCEL,
  http2.constants.HTTP_STATUS_IM_A_TEAPOT, Object.keys(http2.constants).length);
console.log(http2.getDefaultSettings());
console.log(http2.getPackedSettings(http2.getDefaultSettings()).toString('hex'));
console.log(http2.getPackedSettings().length, http2.getPackedSettings({ enablePush: false, maxHeaderListSize: 100 }));
console.log(http2.getPackedSettings({ enableConnectProtocol: true, maxHeaderSize: 5 }).toString('hex'));
console.log(http2.getUnpackedSettings(http2.getPackedSettings(http2.getDefaultSettings())));
console.log(http2.getUnpackedSettings(Buffer.from('0009000000ff0001000000010002000000000008000000010005000000ff', 'hex')));
for (const bad of [{ headerTableSize: -1 }, { enablePush: 1 }, { maxFrameSize: 100 }, { initialWindowSize: 2 ** 31 }, { maxConcurrentStreams: 'x' }]) {
  try { http2.getPackedSettings(bad); } catch (e) { console.log(e.code, e.name, e.message, e.actual, e.min, e.max); }
}
for (const [buf, opts] of [['x'], [Buffer.alloc(5)], [Buffer.from('0005000000ff', 'hex'), { validate: true }]]) {
  try { http2.getUnpackedSettings(buf, opts); } catch (e) { console.log(e.code, e.name, e.message); }
}
try { http2.getPackedSettings(5); } catch (e) { console.log(e.code, e.message); }
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
console.log(http2.Http2ServerRequest.name, http2.Http2ServerRequest.length, http2.Http2ServerResponse.name, http2.Http2ServerResponse.length);
