'use strict';
// The JSON object's own shape (node 20 has no JSON.rawJSON), tabs as
// indentation, reviver holder of the root, errors thrown by a reviver.
console.log(Object.getOwnPropertyNames(JSON).join(), String(JSON[Symbol.toStringTag]), typeof JSON.rawJSON);
console.log(Object.getOwnPropertyDescriptor(JSON, 'parse'), JSON.parse.toString());
console.log(JSON.stringify({a:[{}, []]}, null, '\t'));
console.log(JSON.parse('{"a":1}', function (k, v) { return k === '' ? Object.keys(this) : v; }));
try { JSON.parse('{"a":1}', function (k, v) { if (k === 'a') throw new TypeError('r'); return v; }); } catch (e) { console.log(e.message); }
console.log(JSON.stringify({ date: new Date(Date.UTC(2020, 0, 1)) }));
console.log(new Error('x') instanceof Error, JSON.stringify(new Error('x')));
try { JSON.parse('{"a":1,}'); } catch (e) { console.log(e instanceof SyntaxError, Object.keys(e), e.stack.split('\n')[0]); }
