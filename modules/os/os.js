'use strict';
// Body of function(exports, require, module, binding): the facts come from
// Go (binding), the shapes, names and errors follow Node's os module.

const { nodeError, invalidArgType, outOfRange, systemError: makeSystemError } = require('internal/errors');

// ERR_SYSTEM_ERROR: a libuv call failed; ctx is what the binding recorded.
function systemError(ctx) {
  return makeSystemError('ERR_SYSTEM_ERROR', 'A system error occurred', ctx);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

// Node's checked bindings are named wrappedFn and carry the unwrapped
// function as withoutStackTrace; inspect shows both.
function checked(fn) {
  function checkError() {
    const ctx = {};
    const ret = fn(ctx);
    if (ret === undefined) throw systemError(ctx);
    return ret;
  }
  function wrappedFn() {
    return checkError();
  }
  wrappedFn.withoutStackTrace = checkError;
  return wrappedFn;
}

const getHomeDirectory = checked(binding.getHomeDirectory);
const getHostname = checked(binding.getHostname);
const getUptime = checked(binding.getUptime);

const osInfo = binding.getOSInformation({});
const [osType, osVersion, osRelease, osMachine] = osInfo || ['', '', '', ''];

function getOSRelease() { return osRelease; }
function getOSType() { return osType; }
function getOSVersion() { return osVersion; }
function getMachine() { return osMachine; }
function getFreeMem() { return binding.getFreeMem(); }
function getTotalMem() { return binding.getTotalMem(); }
function getAvailableParallelism() { return binding.getAvailableParallelism(); }
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }

function tmpdir() {
  const env = process.env;
  let dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}

// String(os.hostname) and friends give the value, as in Node.
const primitives = [
  [arch, () => process.arch],
  [getAvailableParallelism, () => getAvailableParallelism()],
  [endianness, () => 'LE'],
  [getFreeMem, () => getFreeMem()],
  [getHomeDirectory, () => getHomeDirectory()],
  [getHostname, () => getHostname()],
  [platform, () => process.platform],
  [getOSRelease, () => getOSRelease()],
  [tmpdir, () => tmpdir()],
  [getTotalMem, () => getTotalMem()],
  [getOSType, () => getOSType()],
  [getUptime, () => getUptime()],
  [getOSVersion, () => getOSVersion()],
  [getMachine, () => getMachine()],
];
for (const [fn, prim] of primitives) fn[Symbol.toPrimitive] = prim;

function loadavg() {
  const avg = binding.getLoadAvg();
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i + 6 < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

// The prefix length of a netmask, or null when its bits are not contiguous.
function getCIDR(address, netmask, family) {
  const v6 = family === 'IPv6';
  let bits = '';
  for (const group of netmask.split(v6 ? ':' : '.')) {
    if (group !== '') bits += parseInt(group, v6 ? 16 : 10).toString(2).padStart(v6 ? 16 : 8, '0');
  }
  if (bits.includes('01')) return null;
  return `${address}/${bits.split('1').length - 1}`;
}

function networkInterfaces() {
  const data = binding.getInterfaceAddresses({});
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3]),
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) === undefined) throw systemError(ctx);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw systemError(ctx);
  return priority;
}

const encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'buffer', 'hex', 'base64', 'base64url', 'ascii'];

function encode(str, encoding) {
  if (encoding === 'buffer') return require('buffer').Buffer.from(str, 'utf8');
  if (encoding === 'utf8' || encoding === 'utf-8') return str;
  return require('buffer').Buffer.from(str, 'utf8').toString(encoding);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let encoding = 'utf8';
  if (options != null && typeof options.encoding === 'string') {
    const e = options.encoding.toLowerCase();
    if (encodings.includes(e)) encoding = e;
  }
  const ctx = {};
  const raw = binding.getUserInfo(ctx);
  if (raw === undefined) throw systemError(ctx);
  return {
    __proto__: null,
    uid: raw[0],
    gid: raw[1],
    username: encode(raw[2], encoding),
    homedir: encode(raw[3], encoding),
    shell: raw[4] === null ? null : encode(raw[4], encoding),
  };
}

// Node's constants; the binding makes the groups as null-prototype objects
// whose entries are read-only.
const constants = { __proto__: null };
constants.UV_UDP_REUSEADDR = 4;
constants.dlopen = binding.constants.dlopen;
constants.errno = binding.constants.errno;
constants.signals = binding.constants.signals;
constants.priority = binding.constants.priority;

Object.assign(exports, {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
});

Object.defineProperties(exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
