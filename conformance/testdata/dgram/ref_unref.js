'use strict';
// A bound socket keeps the process alive until closed; unref() lets it
// exit, ref() holds it again; unref before bind carries over.
const dgram = require('dgram');

const kept = dgram.createSocket('udp4');
kept.bind(0, '127.0.0.1', () => {
  console.log('kept bound');
  setTimeout(() => {
    console.log('closing kept');
    kept.close();
  }, 50);
});

const early = dgram.createSocket('udp4');
console.log('unref returns this', early.unref() === early);
early.bind(0, '127.0.0.1', () => console.log('early bound (unref)'));

const toggled = dgram.createSocket('udp4');
toggled.bind(0, '127.0.0.1', () => {
  toggled.unref();
  toggled.ref();
  toggled.unref();
  console.log('toggled bound and unref');
});

process.on('exit', () => console.log('exit'));
