// export * from another ES module (no top-level await anywhere).
import * as star from './fixtures/tla/star_sync.mjs';
import { name, own } from './fixtures/tla/star_sync.mjs';
console.log(Object.keys(star).sort(), name, own);
