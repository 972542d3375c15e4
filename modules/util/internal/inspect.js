'use strict';
// util.inspect itself: options handling and the properties it carries. The
// formatting code (inspect_base.js, and the walk in inspect_walk.js with the
// files it uses) loads on the first call that needs it, so that requiring
// util, or console, costs little.

const { defaultOptions, colors, styles } = binding.load('inspect_options');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

let base;
let walk;

const primitiveCtx = {
  indentationLvl: 0, compact: 3, breakLength: 80, maxStringLength: 10000, numericSeparator: false,
};
// The options a primitive's text depends on.
const primitiveKeys = ['compact', 'breakLength', 'maxStringLength', 'numericSeparator', 'colors', 'stylize'];

// A primitive (or null) needs only what formatPrimitive reads: the walk
// and the files it uses (most of inspect) load when an object is first
// inspected. console.log('port', 8080) inspects a number.
function inspectPrimitive(value, opts, legacyColors) {
  if (base === undefined) base = binding.load('inspect_base');
  // Options may carry a stylize that inspects again: a context of its own.
  const withOptions = opts !== null && typeof opts === 'object';
  const ctx = withOptions ? { indentationLvl: 0 } : primitiveCtx;
  ctx.compact = defaultOptions.compact;
  ctx.breakLength = defaultOptions.breakLength;
  ctx.maxStringLength = defaultOptions.maxStringLength;
  ctx.numericSeparator = defaultOptions.numericSeparator;
  ctx.colors = legacyColors !== undefined ? legacyColors : defaultOptions.colors;
  ctx.stylize = base.stylizeNoColor;
  if (withOptions) {
    const keys = binding.keys(opts);
    for (let i = 0; i < keys.length; i++) {
      if (primitiveKeys.includes(keys[i])) ctx[keys[i]] = opts[keys[i]];
    }
  }
  if (ctx.colors) ctx.stylize = base.stylizeWithColor;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return value === null ? ctx.stylize('null', 'null') : base.formatPrimitive(ctx.stylize, value, ctx);
}

// inspect(value, opts) or the legacy inspect(value, showHidden, depth, colors).
function inspect(value, opts, legacyDepth, legacyColors) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return inspectPrimitive(value, opts, legacyColors);
  }
  // The walk first: loading it starts compiling the files it uses.
  if (walk === undefined) walk = binding.load('inspect_walk');
  if (base === undefined) base = binding.load('inspect_base');
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: base.stylizeNoColor,
    showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth,
    colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect,
    showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength,
    maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength,
    compact: defaultOptions.compact,
    sorted: defaultOptions.sorted,
    getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator,
  };
  // Named parameters rather than `arguments`, which is costly on goja.
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts) {
    for (const key of binding.keys(opts)) {
      if (hasOwn(defaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        // Unknown keys are passed on to custom inspectors untouched.
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = base.stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return walk.formatValue(ctx, value, 0);
}

Object.defineProperty(inspect, 'length', { value: 2 });
inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return defaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw binding.load('errors').invalidArgType('options', 'object', options);
    }
    return Object.assign(defaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

Object.assign(exports, { inspect, customInspectSymbol });
