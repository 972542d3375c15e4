// A property read on undefined, uncaught: V8's wording ("Cannot read
// properties of undefined (reading 'h')") and its caret on the property.
const f = { g: undefined };
setImmediate(() => {
  console.log('reading');
  f.g.h();
});
