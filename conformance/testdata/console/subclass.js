// A Console subclass's own methods win over Console.prototype's, also when
// called unbound (the constructor binds what the instance sees).
const { Console } = require('console');
class MyConsole extends Console {
  log(...args) { return `overridden: ${args.join(' ')}`; }
}
const c = new MyConsole(process.stdout);
console.log(c.log('a', 'b'));
const { log, info } = c;
console.log(log('unbound'), log.name, typeof info);
info('info still writes');
