'use strict';
// The CommonJS loader: the body of function(internal, native, requireCore),
// returning the Module class. Resolution and compilation are Go's
// (native.resolve, native.compile); caching, cycles and the module objects
// are here, shaped like Node's.

const path = { dirname: native.dirname };

function Module(id = '', parent) {
  this.id = id;
  this.path = native.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(this, 'parentModule', { value: parent, writable: true, enumerable: false, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = native.coreNames().filter((n) => !n.startsWith('internal/'));
Module.isBuiltin = (name) => {
  const n = typeof name === 'string' && name.startsWith('node:') ? name.slice(5) : name;
  return Module.builtinModules.includes(n);
};
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module._nodeModulePaths = (from) => native.nodeModulePaths(from);

Object.defineProperty(Module.prototype, 'parent', {
  get() { return this.parentModule; },
  set(v) { this.parentModule = v; },
  configurable: true,
});

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m; m = m.parentModule) {
    stack.push(m.filename || m.id);
  }
  return stack;
}

function notFound(request, parent) {
  const stack = requireStack(parent);
  let msg = `Cannot find module '${request}'`;
  if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  const err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    throw internal.invalidArgType('id', 'string', request);
  }
  if (request.startsWith('node:')) {
    if (native.hasCore(request.slice(5))) return request;
    throw internal.nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
  }
  if (native.hasCore(request) && (!request.startsWith('internal/') || native.exposeInternals)) return request;
  const base = parent && parent.filename ? native.dirname(parent.filename) : native.cwd();
  let found;
  if (options && Array.isArray(options.paths)) {
    for (const p of options.paths) {
      found = native.resolve(request, p, !!options.esm);
      if (found) break;
    }
  } else {
    found = native.resolve(request, base, !!(options && options.esm));
  }
  if (!found) loaderThrow(notFound(request, parent));
  return found;
};

Module._load = function _load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent, isMain);
  if (!filename.startsWith('/')) return requireCore(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    lastLoaded = cached;
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  lastLoaded = module;
  return module.exports;
};

let mainModule;
// The file module the last require (or import) returned, for import() to
// find the evaluation it waits for.
let lastLoaded;

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = native.nodeModulePaths(native.dirname(filename));
  const ext = native.extname(filename);
  const handler = Module._extensions[ext] || Module._extensions['.js'];
  handler(this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw internal.invalidArgType('id', 'string', id);
  if (id === '') {
    throw internal.nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this, false);
};

// An ES module's imports fail the way Node's ESM resolver fails.
function esmNotFound(request, module) {
  const from = module.filename;
  let err;
  if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/')) {
    const target = native.joinPath(native.dirname(from), request);
    err = internal.nodeError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find module '${target}' imported from ${from}`);
    err.url = native.fileURL(target);
    native.internalThrowSite(err, 'node:internal/modules/esm/resolve', '    throw new ERR_MODULE_NOT_FOUND(', 11);
  } else {
    const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
    err = internal.nodeError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find package '${name}' imported from ${from}`);
    native.internalThrowSite(err, 'node:internal/modules/esm/resolve',
      '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);', 9);
  }
  return err;
}

function makeESMRequire(module, require) {
  const importRequire = function importRequire(id) {
    let filename;
    try {
      filename = Module._resolveFilename(id, module, false, { esm: true });
    } catch (err) {
      if (err && err.code === 'MODULE_NOT_FOUND') throw esmNotFound(id, module);
      throw err;
    }
    if (!filename.startsWith('/')) return require(id);
    const exports = Module._load(filename, module, false);
    const evaluation = evaluations.get(lastLoaded);
    if (evaluation !== undefined && evaluation.state !== 'fulfilled') {
      const list = waitingFor.get(module);
      if (list === undefined) waitingFor.set(module, [evaluation.promise]);
      else list.push(evaluation.promise);
    }
    return exports;
  };
  // The hooks of a module converted as async (runtime/esm_async.go).
  importRequire._tla = (body) => evaluateAsync(module, body);
  importRequire._exports = (getters) => defineExports(module, getters);
  importRequire._import = dynamicImport;
  importRequire._metaResolve = (specifier) => metaResolve(specifier, module);
  importRequire._metaURL = () => native.fileURL(module.filename);
  importRequire._markESM = markESM;
  importRequire._namespace = namespaceOf;
  return importRequire;
}

// The exports objects of ES modules, known as such (so that importers get
// the module's namespace, with its own default) from the moment they exist.
// A set, not a mark on the object: an exports object may be a proxy that
// throws on names it does not know (node's test/common).
const esmExports = new WeakSet();
function markESM(exports) {
  if (exports !== null && typeof exports === 'object' && !esmExports.has(exports)) {
    esmExports.add(exports);
    if (!Object.prototype.hasOwnProperty.call(exports, '__esModule')) {
      Object.defineProperty(exports, '__esModule', { value: true });
    }
  }
  return exports;
}

// An ES module's namespace, made once by esbuild's helper (make): every
// import of the module, static or import(), gets the same object.
const namespaces = new WeakMap(); // exports object -> namespace
function namespaceOf(mod, isNodeMode, make) {
  if (!esmExports.has(mod)) return make(mod, isNodeMode);
  return cachedNamespace(namespaces, mod, false);
}

// require() of an ES module gives its namespace, as node 20's; one with a
// default export gets, instead, a namespace of its own that also says
// __esModule, so that code compiled from ESM to CommonJS reads that default
// as its own.
const requiredNamespaces = new WeakMap(); // exports object -> namespace
function requiredNamespace(mod) {
  if (!Object.prototype.hasOwnProperty.call(mod, 'default')) return cachedNamespace(namespaces, mod, false);
  return cachedNamespace(requiredNamespaces, mod, true);
}

// As node's: no prototype, the exports in code unit order, live; made once
// per exports object and cache.
function cachedNamespace(cache, mod, esModule) {
  let ns = cache.get(mod);
  if (ns === undefined) {
    ns = Object.create(null);
    if (esModule) Object.defineProperty(ns, '__esModule', { value: true, writable: true, enumerable: true });
    for (const key of Object.keys(mod).sort()) addBinding(ns, mod, key);
    Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
    native.markNamespace(ns);
    cache.set(mod, ns);
  }
  return ns;
}

function addBinding(ns, mod, key) {
  Object.defineProperty(ns, key, { get: () => mod[key], enumerable: true, configurable: true });
}

// import.meta.resolve(specifier): a URL. As node's, a relative one is not
// looked for; a package is, and a core module is node:name.
function metaResolve(specifier, module) {
  specifier = `${specifier}`;
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (native.hasCore(name) && !name.startsWith('internal/')) return `node:${name}`;
  if (specifier.startsWith('file:')) return new (requireCore('url').URL)(specifier).href;
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
    return native.fileURL(native.joinPath(native.dirname(module.filename), specifier));
  }
  let filename;
  try {
    filename = Module._resolveFilename(specifier, module, false, { esm: true });
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND') throw esmNotFound(specifier, module);
    throw err;
  }
  return native.fileURL(filename);
}

// Top-level await. An async module's evaluation is a promise: its body
// (an async function) runs once the async modules it imports have
// evaluated; a module that imports it waits in turn, and import() resolves
// when it has evaluated.
const evaluations = new WeakMap(); // module -> { promise, state }
const entryModules = new WeakSet(); // an eval module, the main module's peer
const waitingFor = new WeakMap(); // module -> evaluations it imported
const kUnsettledTopLevelAwait = 13;

function evaluateAsync(module, body) {
  const deps = waitingFor.get(module);
  waitingFor.delete(module);
  const promise = body(deps === undefined ? undefined : deps.length === 1 ? deps[0] : Promise.all(deps));
  const evaluation = { promise, state: 'pending' };
  evaluations.set(module, evaluation);
  const isMain = module === mainModule || entryModules.has(module);
  // As node, a main module still waiting when the loop has nothing left
  // to do exits with 13 (unless an exit code was set).
  const unsettled = () => { process.exitCode ??= kUnsettledTopLevelAwait; };
  if (isMain) process.prependListener('exit', unsettled);
  promise.then(() => {
    evaluation.state = 'fulfilled';
    if (isMain) process.removeListener('exit', unsettled);
  }, (err) => {
    evaluation.state = 'rejected';
    if (!isMain) return; // its importers and import() callers get it
    process.removeListener('exit', unsettled);
    // The main module's failure is an uncaught exception, not a rejection.
    requireCore('internal/fast_paths').queueTick(native.reportModuleError, 1, err);
  });
}

// An async module's exports are getters of its body's own bindings, made
// as the body starts.
function defineExports(module, getters) {
  const target = markESM(module.exports);
  // A namespace made before (an import cycle) gets them too.
  const ns = namespaces.get(target);
  for (const name of Object.keys(getters)) {
    Object.defineProperty(target, name, { get: getters[name], enumerable: true, configurable: true });
    if (ns !== undefined) addBinding(ns, target, name);
  }
}

// import(), as esbuild lowers it: load at once (in a job), resolve once
// the module has evaluated.
function dynamicImport(load) {
  return Promise.resolve().then(() => {
    const outer = lastLoaded;
    lastLoaded = undefined;
    let ns, loaded;
    try {
      ns = load();
    } finally {
      loaded = lastLoaded;
      lastLoaded = outer;
    }
    const evaluation = loaded !== undefined ? evaluations.get(loaded) : undefined;
    return evaluation === undefined ? ns : evaluation.promise.then(() => ns);
  });
}

function makeRequire(module) {
  const require = function require(id) {
    const exports = module.require(id);
    return esmExports.has(exports) ? requiredNamespace(exports) : exports;
  };
  Object.defineProperty(require, '_esm', { value: () => makeESMRequire(module, require) });
  Object.defineProperty(require, '_import', { value: dynamicImport });
  Object.defineProperty(require, '_namespace', { value: namespaceOf });
  Object.defineProperty(require, '_exports', { value: (id) => module.require(id) });
  function resolve(request, options) {
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = (request) => (native.hasCore(request) ? null : native.nodeModulePaths(module.path));
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function _compile(content, filename) {
  const fn = native.compile(filename, content);
  const require = makeRequire(this);
  return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, native.dirname(filename)]);
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(native.readSource(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.mjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function (module, filename) {
  const content = native.readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function (module, filename) {
  throw internal.nodeError(Error, 'ERR_DLOPEN_FAILED', `Native addons are not supported by gocluster: ${filename}`);
};

Module.createRequire = function createRequire(filename) {
  let f = filename;
  if (typeof f === 'object' && f !== null && typeof f.href === 'string') f = f.href;
  if (typeof f === 'string' && f.startsWith('file://')) f = native.fileURLToPath(f);
  if (typeof f !== 'string' || !f.startsWith('/')) {
    throw internal.nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${requireCore('util').inspect(filename)}`);
  }
  const m = new Module(f);
  m.filename = f;
  m.paths = native.nodeModulePaths(native.dirname(f));
  return makeRequire(m);
};

Module.runMain = function runMain(script) {
  let filename;
  try {
    filename = Module._resolveFilename(script, null, true);
  } catch (err) {
    loaderThrow(err);
  }
  if (!native.isESMFile(filename)) {
    Module._load(filename, null, true);
    return;
  }
  try {
    Module._load(filename, null, true);
  } catch (err) {
    native.reportModuleError(err);
  }
};

// Node's report of a module it cannot find quotes its loader's throw.
function loaderThrow(err) {
  native.internalThrowSite(err, 'node:internal/modules/cjs/loader', '  throw err;', 3);
  throw err;
}

Module._preload = function _preload(id) {
  const parent = new Module('internal/preload');
  parent.filename = native.cwd() + '/[preload]';
  parent.paths = native.nodeModulePaths(native.cwd());
  Module._load(id, parent, false);
};

// --import modules, resolved from the current directory as node's are.
Module._importPreloads = function _importPreloads(specifiers) {
  const base = new Module('internal/preload');
  base.filename = native.cwd() + '/';
  base.paths = native.nodeModulePaths(native.cwd());
  const importRequire = makeESMRequire(base, makeRequire(base));
  let chain = Promise.resolve();
  for (const specifier of specifiers) {
    chain = chain.then(() => dynamicImport(() => importRequire(specifier)));
  }
  return chain;
};

Module._evalMain = function _evalMain(code) {
  if (native.evalModule) return evalModule(code);
  const name = native.evalName; // [eval], or [stdin] for a script piped in
  const filename = native.cwd() + '/' + name;
  const m = new Module(name);
  m.filename = filename;
  m.paths = native.nodeModulePaths(native.cwd());
  // Eval code has no main module: require.main stays undefined, as in node.
  // Its module's names are globals, as node's -e makes them, and the code
  // runs as a script: this is globalThis and var declares globals.
  globalThis.__filename = name;
  globalThis.module = m;
  globalThis.exports = m.exports;
  globalThis.__dirname = '.';
  const req = makeRequire(m);
  globalThis.require = req;
  addBuiltinGlobals(req);
  return native.runScript(name, code);
};

// --input-type=module: the code is an ES module named [eval1] in the
// current directory, the entry of its import graph.
function evalModule(code) {
  if (native.evalPrints) {
    const err = internal.nodeError(Error, 'ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input');
    native.internalThrowSite(err, 'node:internal/process/execution', '    throw new ERR_EVAL_ESM_CANNOT_PRINT();', 5);
    throw err;
  }
  const filename = native.cwd() + '/[eval1]';
  const m = new Module(filename);
  m.filename = filename;
  m.paths = native.nodeModulePaths(native.cwd());
  entryModules.add(m);
  Module._cache[filename] = m;
  try {
    const fn = native.compile(filename, code, true);
    Reflect.apply(fn, m.exports, [m.exports, makeRequire(m), m, filename, native.cwd()]);
  } catch (err) {
    native.reportModuleError(err);
    return;
  }
  m.loaded = true;
}

// As in node's -e and -p, each public core module is a hidden global that
// loads it on first use (os.cpus(), http.STATUS_CODES...).
function addBuiltinGlobals(req) {
  for (const lib of Module.builtinModules) {
    if (lib.startsWith('_') || lib.includes('/') || Object.prototype.hasOwnProperty.call(globalThis, lib)) continue;
    const setReal = function setReal(value) {
      Object.defineProperty(globalThis, lib, { value, writable: true, enumerable: false, configurable: true });
    };
    Object.defineProperty(globalThis, lib, {
      get: function get() {
        const value = req(lib);
        setReal(value);
        return value;
      },
      set: setReal,
      enumerable: false,
      configurable: true,
    });
  }
}

Module.Module = Module;
return Module;
