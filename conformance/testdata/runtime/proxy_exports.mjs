// A CommonJS module whose exports are a strict proxy loads from require()
// and from import without being asked for names it does not have.
import { createRequire } from 'node:module';
import strict from './fixtures/strict_proxy.js';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/strict_proxy.js').greet(), strict.greet());
const again = await import('./fixtures/strict_proxy.js');
console.log(again.default.greet());
