'use strict';
// internal/async_context: the current async context and the resources that
// carry it. A context is { stores, asyncId, triggerAsyncId, resource }:
// stores maps each AsyncLocalStorage to its value (null: none), and is
// never changed in place, so a context captured earlier keeps what it saw.
// Nothing is captured until activate() (the first AsyncLocalStorage,
// AsyncResource, hook or id query): until then state.active is false and
// timers, ticks, promises and fs run exactly as without this module.

const topResource = {};
const topContext = { stores: null, asyncId: 1, triggerAsyncId: 0, resource: topResource, destroyed: false };
const state = { active: false, current: topContext };
let lastId = 1;
// Enabled hook sets, each { init, before, after, destroy, promiseResolve }.
const hooks = [];

function activate() {
  if (state.active) return;
  state.active = true;
  binding.enable(state, wrapCallback);
  // Ticks keep the context of the nextTick() call: the runtime's queue
  // holds a TickObject resource for each, made here.
  require('internal/fast_paths').setTickContext(makeTick, runTick);
}

function makeTick(callback, args) {
  const resource = { callback, args, ctx: undefined };
  resource.ctx = newContext('TickObject', resource);
  return resource;
}

function runTick(resource) {
  const ctx = resource.ctx;
  runInContext(ctx, resource.callback, undefined, resource.args);
  destroyContext(ctx);
}

function newAsyncId() { return ++lastId; }

// newContext makes the context of a new resource of this type, created now:
// it inherits the current stores and fires the init hooks.
function newContext(type, resource, triggerAsyncId) {
  const cur = state.current;
  const ctx = {
    stores: cur.stores,
    asyncId: ++lastId,
    triggerAsyncId: triggerAsyncId === undefined ? cur.asyncId : triggerAsyncId,
    resource,
    destroyed: false,
  };
  if (hooks.length !== 0) emitHook('init', ctx.asyncId, type, ctx.triggerAsyncId, resource);
  return ctx;
}

// runInContext calls fn as ctx's resource's callback: the before and after
// hooks around it, and the context it found restored after it.
function runInContext(ctx, fn, thisArg, args) {
  const prev = state.current;
  state.current = ctx;
  try {
    if (hooks.length !== 0) emitHook('before', ctx.asyncId);
    const result = Reflect.apply(fn, thisArg, args);
    if (hooks.length !== 0) emitHook('after', ctx.asyncId);
    return result;
  } finally {
    state.current = prev;
  }
}

function destroyContext(ctx) {
  if (ctx.destroyed) return;
  ctx.destroyed = true;
  if (hooks.length !== 0) emitHook('destroy', ctx.asyncId);
}

// wrapCallback binds fn, called once later from Go, to a new resource.
function wrapCallback(type, fn) {
  const resource = { type };
  const ctx = newContext(type, resource);
  return function asyncCallback(...args) {
    try {
      return runInContext(ctx, fn, this, args);
    } finally {
      destroyContext(ctx);
    }
  };
}

function emitHook(name, asyncId, type, triggerAsyncId, resource) {
  // Hooks enabled or disabled by a hook take effect after this event.
  const list = hooks.slice();
  for (let i = 0; i < list.length; i++) {
    const fn = list[i][name];
    if (fn === undefined) continue;
    if (name === 'init') fn.call(list[i].owner, asyncId, type, triggerAsyncId, resource);
    else fn.call(list[i].owner, asyncId);
  }
}

// withStore is ctx with one storage's value changed (undefined removes it).
function withStore(ctx, storage, value, present) {
  const stores = new Map(ctx.stores === null ? undefined : ctx.stores);
  if (present) stores.set(storage, value);
  else stores.delete(storage);
  return { stores, asyncId: ctx.asyncId, triggerAsyncId: ctx.triggerAsyncId, resource: ctx.resource, destroyed: ctx.destroyed };
}

module.exports = {
  state,
  hooks,
  activate,
  newAsyncId,
  newContext,
  runInContext,
  destroyContext,
  withStore,
};
