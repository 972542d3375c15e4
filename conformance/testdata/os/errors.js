'use strict';
// Argument checks and system errors of getPriority/setPriority.
const os = require('os');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('get', () => Number.isInteger(os.getPriority()));
attempt('get 0', () => os.getPriority(0) === os.getPriority());
attempt('get self', () => os.getPriority(process.pid) === os.getPriority());
attempt('get str', () => os.getPriority('1'));
attempt('get float', () => os.getPriority(1.5));
attempt('get big', () => os.getPriority(2 ** 31));
attempt('get huge', () => os.getPriority(2 ** 40));
attempt('get null', () => os.getPriority(null));
attempt('set range', () => os.setPriority(0, 20));
attempt('set range low', () => os.setPriority(-21));
attempt('set nan', () => os.setPriority(0, NaN));
attempt('set str', () => os.setPriority('0', 1));
attempt('set same', () => os.setPriority(os.getPriority()));
attempt('set same pid', () => os.setPriority(0, os.getPriority()));

try {
  os.getPriority(2147483646);
} catch (err) {
  console.log(err);
  console.log(String(err));
  console.log(err.info, err.errno, err.syscall, err.code);
  err.errno = -1;
  console.log(err.info.errno);
  console.log(Object.keys(err), err instanceof Error, err.name);
}
