'use strict';
// timers' legacy API over plain objects (item._idleTimeout,
// item._onTimeout): enroll, active, _unrefActive and unenroll, deprecated in
// node but still used by old packages. binding is what timers.js shares:
// kHandle, kRefed, TIMEOUT_MAX, linkTimer, unlinkTimer and newTimer.

const { kHandle, kRefed, TIMEOUT_MAX, linkTimer, unlinkTimer, newTimer } = binding;
const { invalidArgType, outOfRange } = require('internal/errors');

const deprecated = new Set();
function deprecate(name, code, instead) {
  if (deprecated.has(code)) return;
  deprecated.add(code);
  process.emitWarning(`timers.${name}() is deprecated. Please use ${instead} instead.`, 'DeprecationWarning', code);
}

function fireEnrolled() {
  unlinkTimer(this);
  try {
    if (typeof this._onTimeout === 'function') this._onTimeout();
  } finally {
    if (!this[kHandle].active()) this._destroyed = true;
  }
}

function enroll(item, msecs) {
  deprecate('enroll', 'DEP0095', 'setTimeout');
  if (typeof msecs !== 'number') throw invalidArgType('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw outOfRange('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (item._idleNext) unenrollItem(item);
  // Linked to itself until active() puts it in a list, as in node.
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

function unenrollItem(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHandle]) item[kHandle].stop();
  unlinkTimer(item);
  item._idleNext = item._idlePrev = null;
  item._idleTimeout = -1;
}

function unenroll(item) {
  deprecate('unenroll', 'DEP0096', 'clearTimeout');
  unenrollItem(item);
}

function activate(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  if (!item[kHandle]) {
    Object.defineProperty(item, kHandle, { value: newTimer(item, fireEnrolled), enumerable: false, configurable: true });
  }
  unlinkTimer(item);
  item._idleStart = item[kHandle].start(msecs);
  linkTimer(item);
  item._destroyed = false;
  item[kHandle].setRef(refed);
  item[kRefed] = refed;
}

function active(item) {
  deprecate('active', 'DEP0126', 'timeout.refresh()');
  activate(item, true);
}

function unrefActive(item) {
  deprecate('_unrefActive', 'DEP0127', 'timeout.refresh()');
  activate(item, false);
}

module.exports = { enroll, unenroll, active, unrefActive };
