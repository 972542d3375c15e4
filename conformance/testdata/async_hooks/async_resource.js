'use strict';
// AsyncResource and the execution ids.
const ah = require('async_hooks');
const { AsyncResource, executionAsyncId, triggerAsyncId, executionAsyncResource } = ah;

console.log('top level ids', executionAsyncId(), triggerAsyncId());
console.log('top level resource', typeof executionAsyncResource());
const res = new AsyncResource('MyResource');
const outer = executionAsyncId();
console.log('new resource id above top', res.asyncId() > outer, 'trigger', res.triggerAsyncId() === outer);
const res2 = new AsyncResource('Other', { triggerAsyncId: 42 });
console.log('explicit trigger', res2.triggerAsyncId(), 'ids increase', res2.asyncId() > res.asyncId());
res.runInAsyncScope(function(x, y) {
  console.log('in scope', executionAsyncId() === res.asyncId(), triggerAsyncId() === res.triggerAsyncId(),
    executionAsyncResource() === res, this.tag, x, y);
}, { tag: 'this' }, 1, 2);
console.log('after scope', executionAsyncId(), triggerAsyncId());
const fn = res.bind(function() { return [executionAsyncId() === res.asyncId(), this]; }, 'thisArg');
console.log('bind', fn(), fn.asyncResource === res, fn.length);
const sfn = AsyncResource.bind((a, b) => executionAsyncResource().constructor.name + a + b);
console.log('static bind', sfn(1, 2), sfn.length);
console.log('emitDestroy returns this', res.emitDestroy() === res);

setTimeout(() => {
  const id = executionAsyncId();
  console.log('timer ids distinct', id !== 1, triggerAsyncId() === 1,
    executionAsyncResource().constructor.name);
  setImmediate(() => {
    console.log('immediate triggered by timer', triggerAsyncId() === id,
      executionAsyncResource().constructor.name);
  });
  process.nextTick(() => console.log('tick triggered by timer', triggerAsyncId() === id));
}, 1);

for (const bad of [undefined, 1, {}]) {
  try { new AsyncResource(bad); } catch (e) { console.log(e.code, e.message); }
}
try { new AsyncResource('X', { triggerAsyncId: -2 }); } catch (e) { console.log(e.code, e.name, e.message); }
try { ah.createHook({ init: 1 }); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(Object.keys(ah).sort().join());
