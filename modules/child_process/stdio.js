'use strict';
// A child's stdio pipes are net.Sockets over a Pipe handle, as in Node:
// stdin is made not readable; stdout, stderr and the extra pipes read from
// the moment they exist. A child that failed to spawn has sockets with no
// handle.

function createSocket(pipe, readable) {
  return require('net').Socket({ handle: pipe, readable });
}

module.exports = { createSocket };
