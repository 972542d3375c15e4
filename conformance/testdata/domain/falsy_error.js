'use strict';
// An emitter in a domain that emits 'error' with no error (or a falsy one)
// gives the domain an ERR_UNHANDLED_ERROR; a truthy non-error is passed on.
const domain = require('domain');
const EventEmitter = require('events');

for (const args of [[], [undefined], [null], [false], [0], [''], ['text'], [42]]) {
  const d = domain.create();
  const e = new EventEmitter();
  d.add(e);
  d.on('error', (er) => {
    const shown = er instanceof Error ? `${er.name} ${er.code} ${er.message}` : JSON.stringify(er);
    console.log(JSON.stringify(args), '->', shown, er instanceof Error ? er.domainEmitter === e : '');
  });
  e.emit('error', ...args);
}
