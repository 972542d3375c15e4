'use strict';
// CallSites of V8's stack trace API for a user's Error.prepareStackTrace:
// the body of function(), returning callSite(frameText). errors.js loads it
// when a program first sets prepareStackTrace and an error's stack is read.

// A CallSite of V8's stack trace API, read back from a frame's text
// ("    at name (file:line:col)" or "    at file:line:col").
const framePattern = /^ {4}at (?:(new )?(.*?) \((.*)\)|(.*))$/;
const placePattern = /^(.*?):(\d+):(\d+)$/;
function callSite(line) {
  const m = framePattern.exec(line) || [];
  const where = m[3] !== undefined ? m[3] : (m[4] || '');
  let name = m[2] !== undefined ? m[2] : null;
  // A CommonJS module's own code: V8 knows it by its receiver alone.
  const moduleCode = name === 'Object.<anonymous>';
  if (moduleCode) name = null;
  const p = placePattern.exec(where);
  return new CallSite(line.slice(7), name, p ? p[1] : where, p ? Number(p[2]) : null, p ? Number(p[3]) : null, Boolean(m[1]), moduleCode);
}

class CallSite {
  #text; #name; #file; #line; #column; #isConstructor; #moduleCode;
  constructor(text, name, file, line, column, isConstructor, moduleCode) {
    this.#text = text;
    this.#name = name;
    this.#file = file;
    this.#line = line;
    this.#column = column;
    this.#isConstructor = isConstructor;
    this.#moduleCode = moduleCode;
  }
  getThis() { return undefined; }
  getTypeName() { return this.#moduleCode ? 'Object' : null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#name; }
  getMethodName() { return null; }
  getFileName() { return this.#file === 'native' ? undefined : this.#file; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getLineNumber() { return this.#line; }
  getColumnNumber() { return this.#column; }
  getEnclosingLineNumber() { return null; }
  getEnclosingColumnNumber() { return null; }
  getPosition() { return 0; }
  getEvalOrigin() { return undefined; }
  getPromiseIndex() { return null; }
  isToplevel() { return !this.#moduleCode; }
  isEval() { return false; }
  isNative() { return this.#file === 'native'; }
  isConstructor() { return this.#isConstructor; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() { return this.#text; }
}

return callSite;
