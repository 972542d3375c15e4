// type 'json' on a module that is not JSON is refused.
import sync from './fixtures/tla/sync.mjs' with { type: "json" };
console.log('never', sync);
