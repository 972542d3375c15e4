'use strict';
// Seeded random mixes of stream operations (see _random_cases.js), run one
// after another; every event of every case is printed. Only ticks,
// microtasks and immediates are used, so node's order is fixed per seed.
// conformance: timeout=60s
const { pipes, shapes } = require('./_random_cases');

process.on('uncaughtException', (err) => console.log('uncaught', err.message));

const cases = [];
for (let seed = 1; seed <= 60; seed++) cases.push(['pipes', pipes, seed], ['shapes', shapes, seed]);

function settle(rounds, then) {
  if (rounds === 0) then();
  else setImmediate(() => settle(rounds - 1, then));
}

(function runNext() {
  const c = cases.shift();
  if (!c) return;
  const [name, fn, seed] = c;
  console.log(`=== ${name} ${seed}`);
  fn(seed, (...a) => console.log(a.join(' ')));
  settle(30, runNext);
})();
