// V8's stack trace API as npm packages use it (depd, callsites): a user's
// Error.prepareStackTrace gets CallSite objects, through captureStackTrace
// and on the first read of a new error's stack; with none set, the text.
function prep(obj, stack) { return stack; }
function where() {
  const o = {};
  const old = Error.prepareStackTrace;
  Error.prepareStackTrace = prep;
  Error.captureStackTrace(o, where);
  const s = o.stack;
  Error.prepareStackTrace = old;
  return s;
}
function outer() { return where(); }
const st = outer();
console.log(Array.isArray(st), st.length > 2);
const top = st[0];
console.log(top.getFileName() === __filename, top.getLineNumber(), top.getColumnNumber());
console.log(top.getFunctionName(), top.isNative(), top.isEval(), top.isConstructor(), top.getEvalOrigin());
console.log(String(top) === 'outer (' + __filename + ':14:27)');
console.log(st[1].getFunctionName(), st[1].getTypeName(), st[1].isToplevel(), st[1].getLineNumber(), st[1].getColumnNumber());
// Module code is "Object.<anonymous>" in a stack's text, and calls are
// placed at the callee's name.
const lines = new Error('text').stack.split('\n');
console.log(lines[1].trim().replace(__filename, 'FILE'));
const obj = { method() { return new Error('m').stack.split('\n')[2]; } };
console.log(obj.method().trim().replace(__filename, 'FILE'));

Error.prepareStackTrace = (e, cs) => `${e.message} @ line ${cs[0].getLineNumber()}`;
const lazy = new Error('lazy');
console.log(lazy.stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
