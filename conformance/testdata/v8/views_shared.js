'use strict';
// v8.Serializer: views of one ArrayBuffer (a buffer is numbered before its
// views, as V8 does, so references match node's bytes), and a
// SharedArrayBuffer given an id by _getSharedArrayBufferId (node's public
// Deserializer cannot read it back either); without the hook it cannot be
// cloned.
const v8 = require('v8');
{
  const ab = new ArrayBuffer(8);
  const v = { a: ab, b: new Uint8Array(ab, 2, 3), c: new Int16Array(ab), d: [new Uint8Array(4)] };
  v.e = v.b;
  v.f = v.d[0];
  const buf = v8.serialize(v);
  console.log(buf.toString('hex'));
  const o = v8.deserialize(buf);
  console.log(o.b.buffer === o.a, o.c.buffer === o.a, o.e === o.b, o.f === o.d[0], o.b.byteOffset, o.c.length);
}
{
  const sab = new SharedArrayBuffer(8);
  const ser = new v8.Serializer();
  ser._getSharedArrayBufferId = () => 0;
  ser.writeHeader();
  ser.writeValue({ s: sab, v: new Int32Array(sab, 4, 1), again: sab });
  const buf = ser.releaseBuffer();
  console.log(buf.toString('hex'));
  const de = new v8.Deserializer(buf);
  de.readHeader();
  try { de.readValue(); } catch (e) { console.log(e.message); }
  try { v8.serialize(sab); } catch (e) { console.log(e.name, e.message); }
}
