// ESM: default and named imports of a core module, import.meta.url.
import os from 'node:os';
import { EOL } from 'node:os';
import * as osNs from 'os';

console.log(typeof os.platform, os.platform === osNs.platform, os.EOL === EOL);
console.log(JSON.stringify(EOL));
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/runtime/esm_os.mjs'));
console.log(typeof require, typeof module, typeof exports, typeof __filename);
console.log(this === undefined);
