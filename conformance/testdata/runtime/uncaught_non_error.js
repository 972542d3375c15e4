'use strict';
// Throwing a value that is not an Error: node prints "Uncaught" and the value.
setTimeout(() => {
  throw { answer: 42, nested: { list: [1, 'two'] } };
}, 1);
