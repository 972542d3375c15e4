'use strict';
// The CommonJS loader: the body of function(internal, native, requireCore),
// returning the Module class. It is shaped like node's: lookup paths,
// extensions, the path cache and the module cache are here and patchable;
// the file-system walk of Module._findPath is Go's (runtime/module_resolve.go),
// and so is compilation (native.compile).

const dirname = native.pathDirname;
const parents = new WeakMap(); // module -> the module that first required it

function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  parents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
let modulePaths = [];
Module.globalPaths = [];
const coreNames = native.coreNames();
const coreSet = new Set(coreNames);
Module.builtinModules = coreNames.filter((n) => !n.startsWith('internal/'));
// Node's modules that exist only with the node: scheme.
const schemeOnly = ['test', 'test/reporters', 'sea'];
Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) {
    const n = moduleName.slice(5);
    return Module.builtinModules.includes(n) || schemeOnly.includes(n);
  }
  return Module.builtinModules.includes(moduleName);
};
const unknownBuiltin = (request) =>
  internal.nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${request}`);
// A core module a user may require without the node: scheme.
const exposeInternals = native.exposeInternals;
const isUserCore = (name) => coreSet.has(name) && (exposeInternals || !name.startsWith('internal/'));

// Module.wrap and Module.wrapper, once changed (either, or an element of
// the wrapper), are how a module's code is compiled, as in node.
let patched = false;
let wrap = function(script) { return Module.wrapper[0] + script + Module.wrapper[1]; };
let wrapper = new Proxy(['(function (exports, require, module, __filename, __dirname) { ', '\n});'], {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) { patched = true; wrap = value; },
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapper; },
  set(value) { patched = true; wrapper = value; },
});

// True while -r modules (or _preloadModules's) load.
let isPreloading = false;
Object.defineProperty(Module.prototype, 'isPreloading', { __proto__: null, get() { return isPreloading; } });

// module.parent: DEP0144, a pending deprecation.
const warned = new Set();
function deprecated(code, message) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}
const parentDeprecation = 'module.parent is deprecated due to accuracy issues. Please use ' +
  'require.main to find program entry point instead.';
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: function get() {
    if (native.pendingDeprecation) deprecated('DEP0144', parentDeprecation);
    return parents.get(this);
  },
  set: function set(value) {
    if (native.pendingDeprecation) deprecated('DEP0144', parentDeprecation);
    parents.set(this, value);
  },
  configurable: true,
});

// Module._stat: 0 a file, 1 a directory, a negative errno otherwise.
let stat = native.moduleStat;
Object.defineProperty(Module, '_stat', {
  __proto__: null,
  get() { return stat; },
  set(value) { stat = value; return true; },
  configurable: true,
});

Module._nodeModulePaths = function _nodeModulePaths(from) {
  return native.modulePaths(from.charAt(0) === '/' ? from : native.joinPath(native.cwd(), from));
};

Module._initPaths = function _initPaths() {
  const home = native.envGet('HOME');
  const nodePath = native.envGet('NODE_PATH');
  // process.execPath is $PREFIX/bin/node.
  const paths = [native.joinPath(process.execPath, '../../lib/node')];
  if (home) paths.unshift(native.joinPath(home, '.node_modules'), native.joinPath(home, '.node_libraries'));
  if (nodePath) paths.unshift(...nodePath.split(':').filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};
Module._initPaths();

// The folders a request is looked for in: for a package, the parent's
// node_modules chain then the global folders; for a relative path, the
// parent's directory; null for a core module.
// Not relative ("./", "../", ".", "..") nor absolute: a package's name.
const isBareRequest = (request) => request.charAt(0) !== '/' && (request.charAt(0) !== '.' ||
  (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/'));

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isUserCore(request.startsWith('node:') ? request.slice(5) : request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = modulePaths;
    if (parent && parent.paths && parent.paths.length) paths = parent.paths.concat(paths);
    return paths.length > 0 ? paths : null;
  }
  // No file to be relative to (the REPL's, or none): the current directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [dirname(parent.filename)];
};

Module._findPath = function _findPath(request, paths, isMain, esm) {
  const absolute = request.charAt(0) === '/';
  if (absolute) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const joined = paths.join('\x00');
  const cacheKey = request + '\x00' + joined;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  const result = native.findPath(request, joined, Object.keys(Module._extensions).join('\x00'), !!isMain, !!esm);
  if (result === false) return false;
  let filename = result;
  if (typeof result !== 'string') {
    filename = result[0];
    process.emitWarning(`Invalid 'main' field in '${result[1]}' of '${result[2]}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  Module._pathCache[cacheKey] = filename;
  return filename;
};

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m; m = parents.get(m)) {
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

// The file a module's own package resolves from (node's trySelfParentPath).
function selfParentPath(parent) {
  if (!parent) return '';
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') return native.cwd() + '/';
  return '';
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    throw internal.invalidArgType('id', 'string', request);
  }
  // An unknown node: name is looked for as a file (not found); _load
  // says it is no built-in module.
  if (isUserCore(request.startsWith('node:') ? request.slice(5) : request)) return request;
  const esm = !!(options && options.esm);
  let paths;
  if (typeof options === 'object' && options !== null && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) {
      throw internal.nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.paths' is invalid. Received ${requireCore('util').inspect(options.paths)}`);
    }
    if (request.startsWith('./') || request.startsWith('../')) {
      paths = options.paths;
    } else {
      const fakeParent = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fakeParent.paths = Module._nodeModulePaths(p);
        for (const lookup of Module._resolveLookupPaths(request, fakeParent)) {
          if (!paths.includes(lookup)) paths.push(lookup);
        }
      }
    }
  } else if (esm && parent && Array.isArray(parent.paths) && isBareRequest(request)) {
    // The ESM resolver looks in node_modules folders only: not in NODE_PATH
    // nor the global folders.
    paths = parent.paths;
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  // "#name": the imports of the parent's package.
  if (request.charAt(0) === '#' && parent && (parent.filename || parent.id === '<repl>')) {
    const imported = native.packageImport(parent.filename || native.cwd() + '/', request, esm);
    if (imported) return imported;
  }
  // A package's name starts with neither '.' nor '/'.
  const first = request.charAt(0);
  const selfResolved = first !== '.' && first !== '/' && native.trySelf(selfParentPath(parent), request, esm);
  if (selfResolved) {
    Module._pathCache[request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'))] = selfResolved;
    return selfResolved;
  }
  const filename = Module._findPath(request, paths, isMain, esm);
  if (filename) return filename;
  loaderThrow(notFound(request, parent));
};

// require() of a file's exports while it is still loading (a cycle) warns
// of the names it does not have yet, as node does.
function circularWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // Transpiled code asks for __esModule to tell an ES module.
    if (prop in target || prop === '__esModule') return target[prop];
    circularWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    circularWarning(prop);
    return undefined;
  },
});
const isProxy = (v) => requireCore('util').types.isProxy(v);

const warningExports = new WeakSet(); // exports given the proxy prototype

function exportsForCircularRequire(module) {
  const exports = module.exports;
  // A proxy's traps are not run: they may throw.
  if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule && !esmExports.has(exports)) {
    // Unset once the module has loaded.
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
    warningExports.add(exports);
  }
  return exports;
}

// parent.path + request -> filename: a module required again from the same
// folder skips resolution while the file is in the cache.
const relativeResolveCache = { __proto__: null };
// Set while an import (not a require) loads a module.
let loadingForImport = false;

// Module._load for an import: the module it loads may be async.
function loadForImport(filename, parent, isMain) {
  loadingForImport = true;
  try {
    return Module._load(filename, parent, isMain);
  } finally {
    loadingForImport = false; // a patched _load may not have taken it
  }
}

Module._load = function _load(request, parent, isMain) {
  const forImport = loadingForImport;
  loadingForImport = false;
  let relativeKey;
  if (parent) {
    relativeKey = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relativeKey];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        return cachedExports(parent, cached);
      }
      delete relativeResolveCache[relativeKey];
    }
  }
  if (request.startsWith('node:')) {
    // The scheme skips require.cache.
    const id = request.slice(5);
    if (!isUserCore(id)) throw unknownBuiltin(request);
    return requireCore(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) return cachedExports(parent, cached);
  if (filename.charAt(0) !== '/') return requireCore(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    process.mainModule = module;
    mainModule = module;
  }
  if (forImport) importedModules.add(module);
  Module._cache[filename] = module;
  if (relativeKey !== undefined) relativeResolveCache[relativeKey] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relativeKey];
        const children = parent && parent.children;
        if (Array.isArray(children)) {
          const i = children.indexOf(module);
          if (i !== -1) children.splice(i, 1);
        }
      }
    } else if (warningExports.has(module.exports) &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  lastLoaded = module;
  return module.exports;
};

// A cached module's exports; one still loading is in a cycle.
function cachedExports(parent, cached) {
  updateChildren(parent, cached, true);
  lastLoaded = cached;
  if (!cached.loaded) return exportsForCircularRequire(cached);
  return cached.exports;
}

let mainModule;
// The file module the last require (or import) returned, for import() to
// find the evaluation it waits for.
let lastLoaded;
// Modules loaded by an import: they may be async (top-level await).
const importedModules = new WeakSet();

// The longest extension of filename's that has a handler: a.foo.bar is
// .foo.bar's if there is one; a dotfile's leading dot does not count.
function registeredExtension(filename) {
  const name = filename.slice(filename.lastIndexOf('/') + 1);
  for (let i = name.indexOf('.', 1); i !== -1; i = name.indexOf('.', i + 1)) {
    const ext = name.slice(i);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirname(filename));
  Module._extensions[registeredExtension(filename)](this, filename);
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

function makeRequire(module) {
  const require = function require(id) {
    const exports = module.require(id);
    return esmExports.has(exports) ? requiredNamespace(exports) : exports;
  };
  Object.defineProperty(require, '_esm', { value: () => makeESMRequire(module, require) });
  Object.defineProperty(require, '_import', { value: dynamicImport });
  Object.defineProperty(require, '_namespace', { value: namespaceOf });
  // import() in CommonJS: resolved and failing as an import.
  Object.defineProperty(require, '_exports', {
    value: (id) => {
      if (id.startsWith('node:') && !isUserCore(id.slice(5))) throw unknownBuiltin(id);
      const filename = resolveForImport(id, module);
      if (filename.charAt(0) !== '/') return module.require(id);
      return loadForImport(filename, module, false);
    },
  });
  function resolve(request, options) {
    if (typeof request !== 'string') throw internal.invalidArgType('request', 'string', request);
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') throw internal.invalidArgType('request', 'string', request);
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  // Defined, not set: a setter on Object.prototype must not see it.
  Object.defineProperty(require, 'main', { value: mainModule, writable: true, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function _compile(content, filename) {
  let fn;
  if (patched && !native.isESMFile(filename)) {
    fn = native.runScript(filename, Module.wrap(content));
  } else {
    fn = native.compile(filename, content);
    if (!importedModules.has(this) && native.asyncESM(filename)) throw requireAsyncModule(this, filename);
  }
  const require = makeRequire(this);
  return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, dirname(filename)]);
};

// .cjs and .mjs files have no handler of their own: .js's loads them, as
// an ES module or not by their name.
Module._extensions['.js'] = function (module, filename) {
  module._compile(native.readSource(filename), filename);
};
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
  return process.dlopen(module, filename);
};

Module.createRequire = function createRequire(filename) {
  let f = filename;
  if (typeof f === 'object' && f !== null && typeof f.href === 'string') f = f.href;
  if (typeof f === 'string' && f.startsWith('file://')) f = native.fileURLToPath(f);
  if (typeof f !== 'string' || !f.startsWith('/')) {
    throw internal.nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received ${requireCore('util').inspect(filename)}`);
  }
  // A directory (a trailing slash) stands for a file in it.
  if (f.endsWith('/')) f += 'noop.js';
  const m = new Module(f);
  m.filename = f;
  m.paths = Module._nodeModulePaths(m.path);
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
    loadForImport(filename, null, true); // a main ES module is the root of an import graph
  } catch (err) {
    native.reportModuleError(err);
  }
};

// Node's report of a module it cannot find quotes its loader's throw.
function loaderThrow(err) {
  native.internalThrowSiteAt(err, 'node:internal/modules/cjs/loader', 1210, '  throw err;', 3);
  throw err;
}

// Start-up's entry points, not enumerable: node's Module has none of them.
function hidden(name, fn) {
  Object.defineProperty(Module, name, { value: fn, writable: true, configurable: true });
}
hidden('_preload', function _preload(id) {
  const parent = new Module('internal/preload', null);
  parent.filename = native.cwd() + '/[preload]';
  parent.paths = native.nodeModulePaths(native.cwd());
  isPreloading = true;
  try {
    Module._load(id, parent, false);
  } finally {
    isPreloading = false;
  }
});

// Node's public twin of -r: each request required from a module deemed to
// be in the current directory.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(native.cwd());
  isPreloading = true;
  try {
    for (const request of requests) parent.require(request);
  } finally {
    isPreloading = false;
  }
};

// An ES module's named imports of a core module read its exports object at
// each use (esbuild's import_x.name), so they are always in sync with it:
// there is nothing to copy.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

// DEP0077, a pending deprecation.
Module._debug = function _debug(...args) {
  if (native.pendingDeprecation) deprecated('DEP0077', 'Module._debug is deprecated.');
  return requireCore('util').debuglog('module')(...args);
};

// import() in code made by new Function: goja cannot parse it there, so a
// body that fails to compile and has 'import(' compiles again with those
// calls going to an import from the current directory (the base node gives
// code with no module of its own). Programs still see Function itself: a
// bound function, which goja prints as native, with Function's prototype.
{
  const OriginalFunction = Function;
  const kImport = Symbol.for('gocluster.functionImport');
  let req;
  const importFromCwd = function importFromCwd(specifier) {
    if (req === undefined) {
      const base = new Module('internal/function-import');
      base.filename = native.cwd() + '/';
      base.paths = native.nodeModulePaths(native.cwd());
      req = makeRequire(base);
    }
    let request = `${specifier}`;
    if (request.startsWith('file:')) request = native.fileURLToPath(request);
    return dynamicImport(() => req._namespace(req._exports(request), true, cjsNamespace));
  };
  const construct = function Function(...args) {
    // A subclass's super() keeps its new.target (class X extends Function).
    const target = new.target === undefined || new.target === construct ? OriginalFunction : new.target;
    try {
      return Reflect.construct(OriginalFunction, args, target);
    } catch (err) {
      const body = args.length > 0 ? `${args[args.length - 1]}` : '';
      if (!(err instanceof SyntaxError) || !/\bimport\s*\(/.test(body)) throw err;
      args[args.length - 1] = body.replace(/\bimport(\s*\()/g, '(0, Function[Symbol.for(\'gocluster.functionImport\')])$1');
      return Reflect.construct(OriginalFunction, args, target);
    }
  };
  // instanceof asks a bound function's target for the prototype.
  Object.defineProperty(construct, 'prototype', { value: OriginalFunction.prototype });
  const PatchedFunction = construct.bind(undefined);
  Object.defineProperty(PatchedFunction, 'name', { value: 'Function' });
  Object.defineProperty(PatchedFunction, 'length', { value: 1 });
  Object.defineProperty(PatchedFunction, 'prototype', { value: OriginalFunction.prototype });
  Object.defineProperty(OriginalFunction.prototype, 'constructor', { value: PatchedFunction, writable: true, configurable: true });
  Object.defineProperty(PatchedFunction, kImport, { value: importFromCwd });
  globalThis.Function = PatchedFunction;
}

// A CommonJS module's namespace for import(): its exports by name, and
// default.
function cjsNamespace(mod) {
  const ns = Object.create(null);
  if (mod !== null && (typeof mod === 'object' || typeof mod === 'function')) {
    for (const key of Object.keys(mod).sort()) {
      if (key !== 'default') Object.defineProperty(ns, key, { enumerable: true, get: () => mod[key] });
    }
  }
  Object.defineProperty(ns, 'default', { enumerable: true, value: mod });
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  return ns;
}

// --import modules, resolved from the current directory as node's are.
hidden('_importPreloads', function _importPreloads(specifiers) {
  const base = new Module('internal/preload');
  base.filename = native.cwd() + '/';
  base.paths = native.nodeModulePaths(native.cwd());
  const importRequire = makeESMRequire(base, makeRequire(base));
  let chain = Promise.resolve();
  for (const specifier of specifiers) {
    chain = chain.then(() => dynamicImport(() => importRequire(specifier)));
  }
  return chain;
});

hidden('_evalMain', function _evalMain(code) {
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
});

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
