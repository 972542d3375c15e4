// A name imported from an ES module that does not export it is a
// SyntaxError at the import, before any module of the graph runs (here
// the bad import is one module down, behind an export *).
console.log('main: never runs');
import './fixtures/link/middle.mjs';
