// A fatal TextDecoder meeting invalid UTF-8, uncaught: the error comes from
// node's native decoder (code set, no [CODE] in the message line).
'use strict';
new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61, 0xff]));
