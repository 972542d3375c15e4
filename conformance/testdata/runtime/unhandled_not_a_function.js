// Calling a missing method in an async function: the unhandled rejection's
// report names the callee as V8 does ("os.nope is not a function").
const os = require('os');
async function main() {
  await null;
  os.nope();
}
main();
