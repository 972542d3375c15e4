'use strict';
// A MessagePort is node's NodeEventTarget: emit() hands on()-listeners the
// value and addEventListener-listeners an event made for it, once() and
// off() work on the same records as the DOM methods, 'close' reaches
// on('close'), inspect shows the port as node does (in the leak warning
// too), and with --expose-internals internal/event_target has
// NodeEventTarget and kEvents.
const { MessageChannel } = require('worker_threads');
const { setMaxListeners } = require('events');
const util = require('util');

if (process.argv[2] === 'internals') {
  const { NodeEventTarget, kEvents } = require('internal/event_target');
  const t = new NodeEventTarget();
  t.on('x', (v, extra) => console.log('node-style', v, extra));
  t.addEventListener('x', (e) => console.log('dom-style', e.constructor.name, e.type, e.detail));
  console.log(t.emit('x', 1, 2), t.emit('y'), t.listenerCount('x'), t.eventNames(), t[kEvents].size);
  t.once('y', (v) => console.log('once', v.constructor.name, v.type));
  t.dispatchEvent(new Event('y'));
  console.log(t.listenerCount('y'), t.getMaxListeners(), NodeEventTarget.defaultMaxListeners);
  try { t.emit(); } catch (e) { console.log(e.code); }
  try { NodeEventTarget.prototype.on.call(new EventTarget(), 'x', () => {}); } catch (e) { console.log(e.code, e.message); }
  console.log(t.removeAllListeners() === t, t.eventNames(), util.inspect(t));
  return;
}

process.on('warning', (w) => console.log('warning:', w.message));
const { port1, port2 } = new MessageChannel();
console.log(util.inspect(port1, { depth: -1 }));
const onMessage = (v) => console.log('on', JSON.stringify(v));
port1.on('message', onMessage);
port1.addEventListener('message', (e) => console.log('event', e.constructor.name, JSON.stringify(e.data)));
port1.once('ping', (v) => console.log('once ping', v));
console.log(port1.listenerCount('message'), port1.listenerCount('ping'));
console.log(port1.emit('ping', 'a', 'b'), port1.emit('ping', 'c'), port1.listenerCount('ping'));
port1.emit('message', { direct: true });
port2.postMessage({ posted: 1 });
setMaxListeners(1, port2);
port2.on('foo', () => {});
port2.on('foo', () => {});
setTimeout(() => {
  port1.off('message', onMessage);
  console.log(port1.listenerCount('message'));
  port1.on('close', (...args) => console.log('close', args.length));
  port1.close();
  setTimeout(() => {
    console.log(util.inspect(port1, { depth: -1 }));
    const { spawnSync } = require('child_process');
    const r = spawnSync(process.execPath, ['--expose-internals', __filename, 'internals'], { encoding: 'utf8' });
    process.stdout.write(r.stdout);
    console.log(r.stderr.split('\n')[0], r.status);
  }, 10);
}, 10);
