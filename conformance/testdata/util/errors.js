// util.inspect of errors: messages, codes, causes, extra properties.
const util = require('util');

function show(err) {
  console.log(util.inspect(err));
}
show(new Error('plain'));
const withCode = new TypeError('typed');
withCode.code = 'E_CODE';
withCode.details = { retry: false };
show(withCode);
show(new Error('outer', { cause: new RangeError('inner') }));
show(new Error('string cause', { cause: 'because' }));
class ValidationError extends Error {}
show(new ValidationError('custom class'));
show(new AggregateError([new Error('one'), new Error('two')], 'several'));
console.log({ nested: { err: new Error('in object') } });
console.log([new Error('in array')]);
try {
  util.promisify(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
  show(e);
}
try {
  util.inherits(function () {}, null);
} catch (e) {
  console.log(String(e));
}
const noStack = new Error('no stack');
noStack.stack = undefined;
show(noStack);
const emptyMessage = new Error('');
show(emptyMessage);
