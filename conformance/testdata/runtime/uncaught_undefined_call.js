// Calling a variable that holds undefined.
let callback;
process.nextTick(() => {
  callback(1);
});
