'use strict';
// A core module's error caught by the program (as debug, winston and
// others do while probing), then an uncaught error: the fatal report is
// node's, for an error that carries no throw-site mark of its own.
try {
  require('fs').readFileSync('/nonexistent/gocluster-conformance');
} catch (err) {
  console.log('caught', err.code);
}
try {
  require('assert')(false);
} catch (err) {
  console.log('caught', err.code);
}
throw new Error('after the probes');
