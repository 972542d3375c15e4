// Names found through export * and in CommonJS are fine.
import { present, deep } from './fixtures/link/star.mjs';
import { y } from './fixtures/tla/cjs.cjs';
import { readFileSync } from 'node:fs';
console.log(present, deep, y, typeof readFileSync);
