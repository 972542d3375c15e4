// new of what is not a constructor, reported in V8's words.
const registry = {};
const Widget = registry.Widget;
console.log('before');
const w = new Widget('x');
console.log('never', w);
