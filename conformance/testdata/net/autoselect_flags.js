'use strict';
// The command-line flags that set net's autoSelectFamily defaults, as
// execArgv and as seen by a connect that is given no option.
const { execFileSync } = require('child_process');

const probe = `
const net = require('net');
console.log(JSON.stringify(process.execArgv.slice(0, -2)), net.getDefaultAutoSelectFamily(),
  net.getDefaultAutoSelectFamilyAttemptTimeout());
`;
for (const flags of [
  [],
  ['--no-network-family-autoselection'],
  ['--network-family-autoselection'],
  ['--no-network-family-autoselection', '--enable-network-family-autoselection'],
  ['--network-family-autoselection-attempt-timeout=500'],
  ['--network-family-autoselection-attempt-timeout', '20'],
]) {
  process.stdout.write(execFileSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8' }));
}

// With the flag, a connect tries only the first address it is given.
const child = `
const net = require('net');
const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
  const lookup = (host, opts, cb) => {
    console.log('lookup all:', opts.all === true);
    if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
    else cb(null, '127.0.0.1', 4);
  };
  const c = net.connect({ port: server.address().port, host: 'x.test', lookup }, () => {
    console.log('attempted:', c.autoSelectFamilyAttemptedAddresses === undefined ? 'none listed' : 'listed');
    c.destroy();
    server.close();
  });
});
`;
for (const flags of [[], ['--no-network-family-autoselection']]) {
  process.stdout.write(execFileSync(process.execPath, [...flags, '-e', child], { encoding: 'utf8' }));
}
