'use strict';
// Receiver and argument checks node makes: addEventListener's
// options.signal must be an AbortSignal, MessageEvent's fields are
// prototype getters that refuse other receivers, EventEmitterAsyncResource's
// members refuse other receivers, and a BroadcastChannel inspects as
// node's (name, active; closed; depth -1).
const util = require('util');
const { EventEmitterAsyncResource } = require('events');
const { BroadcastChannel } = require('worker_threads');

const et = new EventTarget();
for (const signal of [1, null, {}, 'x', undefined, new AbortController().signal]) {
  try {
    et.addEventListener('foo', () => {}, { signal });
    console.log('accepted', util.inspect(signal, { depth: 0 }));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const ev = new MessageEvent('message', { data: { a: 1 }, origin: 5, ports: [] });
console.log(ev.data, JSON.stringify(ev.origin), ev.lastEventId, ev.source, ev.ports, Object.keys(ev));
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  const d = Object.getOwnPropertyDescriptor(MessageEvent.prototype, name);
  try { d.get.call({}); } catch (e) { console.log(name, d.enumerable, e.code, e.message); }
}

for (const name of ['emit', 'emitDestroy']) {
  try { EventEmitterAsyncResource.prototype[name](); } catch (e) { console.log(name, e.code, e.message); }
}
for (const name of ['asyncId', 'triggerAsyncId', 'asyncResource']) {
  try { Reflect.get(EventEmitterAsyncResource.prototype, name, {}); } catch (e) { console.log(name, e.code, e.message); }
}

const bc = new BroadcastChannel('chan');
console.log(util.inspect(bc), util.inspect({ bc }, { depth: 0 }), util.inspect(bc, { depth: -1 }));
try { bc[util.inspect.custom].call({}); } catch (e) { console.log(e.code, e.message); }
bc.close();
console.log(util.inspect(bc));
