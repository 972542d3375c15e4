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
console.log(top.getFileName() === __filename, top.getLineNumber(), typeof top.getColumnNumber());
console.log(top.getFunctionName(), top.isNative(), top.isEval(), top.isConstructor(), top.getEvalOrigin());
console.log(String(top).startsWith('outer (' + __filename + ':14:'));
console.log(st[1].getFunctionName(), st[1].getLineNumber());

Error.prepareStackTrace = (e, cs) => `${e.message} @ line ${cs[0].getLineNumber()}`;
const lazy = new Error('lazy');
console.log(lazy.stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
const o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
