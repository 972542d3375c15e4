'use strict';
// Which globals are enumerable, in which order (Node's test/common compares
// the global object against a list of known names). fetch and crypto are
// left out: gocluster has neither yet.
const keys = Object.keys(globalThis).filter((k) => k !== 'fetch' && k !== 'crypto');
console.log(keys.join(' '));
console.log(typeof process, Object.keys(globalThis).includes('process'), Object.keys(globalThis).includes('Buffer'));
