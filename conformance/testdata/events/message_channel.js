'use strict';
// MessageChannel, MessagePort, MessageEvent and BroadcastChannel, globals
// and worker_threads exports (undici checks `instanceof MessagePort` at
// load): structured clones delivered on a later turn, on() hearing the
// data and addEventListener the MessageEvent, receiveMessageOnPort, close
// events on both ports, and the process ending once every port is closed.
const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('worker_threads');
console.log(typeof MessagePort, MessagePort === globalThis.MessagePort, MessageChannel === globalThis.MessageChannel, BroadcastChannel === globalThis.BroadcastChannel);
try { new MessagePort(); } catch (e) { console.log(e.name, e.code, e.message); }
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, Object.getPrototypeOf(MessagePort.prototype) === EventTarget.prototype, typeof port1.on, typeof port1.emit);
const order = [];
port2.on('message', (v) => { order.push('on:' + JSON.stringify(v)); });
port2.addEventListener('message', (e) => { order.push('evt:' + e.constructor.name + ':' + JSON.stringify(e.data) + ':' + (e.target === port2) + ':' + e.ports.length); });
port1.postMessage({ a: 1, d: new Date(0), m: new Map([[1, 2]]) });
port1.postMessage('two');
const obj = { x: [1] };
port1.postMessage(obj); obj.x.push(2);
try { port1.postMessage({ f() {} }); } catch (e) { console.log('clone', e.name, e.message); }
process.nextTick(() => order.push('tick'));
setImmediate(() => order.push('immediate'));
setTimeout(() => {
  console.log(order.join(' | '));
  const ch = new MessageChannel();
  ch.port1.postMessage('sync');
  console.log(JSON.stringify(receiveMessageOnPort(ch.port2)), receiveMessageOnPort(ch.port2));
  ch.port2.onmessage = (e) => { console.log('onmessage', e.data); ch.port1.close(); };
  ch.port1.on('close', () => console.log('port1 close'));
  ch.port2.on('close', () => console.log('port2 close'));
  ch.port1.postMessage('via onmessage');
  const b1 = new BroadcastChannel('chan'), b2 = new BroadcastChannel('chan'), b3 = new BroadcastChannel('other');
  b2.onmessage = (e) => { console.log('b2', e.data, e.constructor.name); b1.close(); b2.close(); b3.close(); port1.close(); };
  b1.onmessage = () => console.log('b1 should not');
  b3.onmessage = () => console.log('b3 should not');
  b1.postMessage({ hi: 'there' });
  console.log(b1.name, String(b1));
}, 20);
process.on('exit', () => console.log('exit'));
