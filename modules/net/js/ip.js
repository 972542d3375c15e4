'use strict';
// IP address tests and port validation.

const { markThrowSite } = require('internal/errors');
const { codes } = binding.load('errors');

// isIPv4 and isIPv6 take any value and test its string form.
function isIPv4(input) {
  return binding.isIPv4(`${input}`);
}

function isIPv6(input) {
  return binding.isIPv6(`${input}`);
}

function isIP(input) {
  const s = `${input}`;
  if (binding.isIPv4(s)) return 4;
  if (binding.isIPv6(s)) return 6;
  return 0;
}

// A port is an integer 0..65535, or a non-blank string of one. (Only the
// number 0 counts as zero for allowZero, as in Node.)
function validatePort(port, name = 'Port', allowZero = true) {
  let ok = false;
  if (typeof port === 'number' || (typeof port === 'string' && port.trim() !== '')) {
    const n = +port;
    ok = Number.isInteger(n) && n >= 0 && n <= 0xFFFF && (allowZero || port !== 0);
  }
  // Node's validators throw from one line of internal/errors.
  if (!ok) throw markThrowSite(codes.socketBadPort(name, port, allowZero), 'node:internal/errors', '      throw error;', 7);
  return port | 0;
}

module.exports = { isIP, isIPv4, isIPv6, validatePort };
