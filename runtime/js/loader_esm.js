'use strict';
// The ES module half of the CommonJS loader (loader.js, which follows it in
// one program): the require an ES module converted to CommonJS imports
// with, namespaces, import.meta, top-level await and import().

// An ES module's imports fail the way Node's ESM resolver fails. file is
// the file a package.json named, when it is what is missing.
function esmNotFound(request, module, file) {
  const from = module.filename;
  let err;
  if (file !== undefined || request.startsWith('./') || request.startsWith('../') || request.startsWith('/')) {
    const target = file !== undefined ? file : native.joinPath(dirname(from), request);
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

// The file an import of specifier from module loads, with the ESM
// resolver's error when there is none.
function resolveForImport(specifier, module) {
  try {
    return Module._resolveFilename(specifier, module, false, { esm: true });
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND') {
      // A package's "exports" or "imports" named a file that is not there.
      const named = err.path !== undefined && /^Cannot find module '(.*)'$/.exec(err.message);
      throw esmNotFound(specifier, module, named ? named[1] : undefined);
    }
    throw err;
  }
}

function makeESMRequire(module, require) {
  const importRequire = function importRequire(id) {
    if (id.startsWith('node:') && !isUserCore(id.slice(5))) {
      const err = unknownBuiltin(id);
      native.internalThrowSiteAt(err, 'node:internal/modules/esm/translators', 391,
        '    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);', 11);
      throw err;
    }
    const filename = resolveForImport(id, module);
    if (!filename.startsWith('/')) return require(id);
    const exports = loadForImport(filename, module, false);
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
  // What the module says require() gives, as node's (export { x as 'module.exports' }).
  if (Object.prototype.hasOwnProperty.call(mod, 'module.exports')) return mod['module.exports'];
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
    return native.fileURL(native.joinPath(dirname(module.filename), specifier));
  }
  return native.fileURL(resolveForImport(specifier, module));
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

// require() of an ES module that awaits at its top level (or imports one
// that does) fails before it runs, as in node 20.
function requireAsyncModule(module, filename) {
  const parent = parents.get(module);
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parent && parent.filename) msg += `\n  From ${parent.filename} `;
  msg += `\n  Requiring ${filename} `;
  const err = internal.nodeError(Error, 'ERR_REQUIRE_ASYNC_MODULE', msg);
  native.internalThrowSiteAt(err, 'node:internal/modules/esm/module_job', 433,
    '      throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);', 7);
  return err;
}

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
