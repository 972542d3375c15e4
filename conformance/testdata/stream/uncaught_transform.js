'use strict';
// A Transform without _transform: the error comes out of write().
const { Transform } = require('stream');

const t = new Transform();
t.on('error', () => console.log('not an error event: write() throws'));
t.write('x');
