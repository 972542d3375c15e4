// An error out of an ES module's evaluation is reported where it was made
// (node's ESM loader), not at the throw.
const err = new RangeError('made on line 3');
console.log('before');
throw err;
