// A dependency that fails after its await fails its importer: reported once.
import { never } from './fixtures/tla/fails.mjs';
console.log('not reached', never);
