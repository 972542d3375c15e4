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

// inspect(value, opts) or the legacy inspect(value, showHidden, depth, colors).
function inspect(value, opts, legacyDepth, legacyColors) {
  // Primitives with default options need only what formatPrimitive reads;
  // a full context is costly to build on goja.
  if (opts === undefined && legacyDepth === undefined && legacyColors === undefined &&
      typeof value !== 'object' && typeof value !== 'function') {
    const ctx = primitiveCtx;
    ctx.compact = defaultOptions.compact;
    ctx.breakLength = defaultOptions.breakLength;
    ctx.maxStringLength = defaultOptions.maxStringLength === null ? Infinity : defaultOptions.maxStringLength;
    ctx.numericSeparator = defaultOptions.numericSeparator;
    if (base === undefined) base = binding.load('inspect_base');
    return base.formatPrimitive(base.stylizeNoColor, value, ctx);
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
    for (const key of Object.keys(opts)) {
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
