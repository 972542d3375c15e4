'use strict';
// Facts read from the machine: only their shapes and relations are
// printed, so the script means the same everywhere.
const os = require('os');

const cpus = os.cpus();
console.log(cpus.length > 0, cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed)));
console.log(Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(cpus.every((c) => Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
const par = os.availableParallelism();
console.log(Number.isInteger(par) && par >= 1 && par <= cpus.length);

const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), free > 0, free <= total);
const up = os.uptime();
console.log(typeof up, up > 0);

console.log(typeof os.hostname(), os.hostname().length > 0);
console.log(/^\d+\.\d+/.test(os.release()), typeof os.version(), os.version().length > 0);
const archOf = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7l: 'arm', s390x: 's390x', ppc64le: 'ppc64', riscv64: 'riscv64' };
console.log(archOf[os.machine()] === os.arch(), os.arch() === process.arch);

console.log(os.homedir() === process.env.HOME);
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u));
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
if (typeof process.getuid === 'function') console.log(u.uid === process.geteuid(), u.gid === process.getgid());
const ub = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(ub.username), ub.username.toString() === u.username, ub.uid === u.uid);
console.log(os.userInfo({ encoding: 'nonsense' }).username === u.username, os.userInfo('buffer').username === u.username);

const ifaces = os.networkInterfaces();
console.log(Object.getPrototypeOf(ifaces) === Object.prototype);
console.log(ifaces.lo && ifaces.lo.find((e) => e.family === 'IPv4'));
for (const [name, list] of Object.entries(ifaces)) {
  for (const e of list) {
    const keys = Object.keys(e).join();
    const expect = e.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr';
    if (keys !== expect) console.log('bad keys', name, keys);
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac)) console.log('bad mac', name, e.mac);
    if (e.cidr !== null && !e.cidr.startsWith(`${e.address}/`)) console.log('bad cidr', name, e.cidr);
    if (e.internal !== (name === 'lo')) console.log('internal?', name);
  }
}
console.log('interfaces checked');
