// An ES module has no __filename or __dirname, so it may declare its own,
// as many servers do (yargs' ESM shim too): this threw "Identifier
// '__filename' has already been declared". Referring to them undeclared is
// a ReferenceError, as in node.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import { check } from './fixtures/esm_no_dirname.mjs';

const require = createRequire(import.meta.url);
const __filename = fileURLToPath(import.meta.url);
const __dirname = path.dirname(__filename);
console.log(path.basename(__filename), path.basename(__dirname), typeof require('node:path').join);
console.log(path.basename(import.meta.filename || 'none'), typeof import.meta.url);
check();
