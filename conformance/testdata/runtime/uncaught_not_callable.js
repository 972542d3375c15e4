// Calling what is not a function, reported in V8's words: the callee as
// written, at V8's column.
const handlers = { onData: 1 };
function dispatch() {
  handlers.onData('x');
}
setTimeout(dispatch, 1);
