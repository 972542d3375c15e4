// Package net is gocluster's socket core: TCP (and later Unix) handles that
// the JS net module drives, shaped like libuv's tcp_wrap/stream_wrap so the
// JS side can follow Node's net.js closely.
//
// A handle lives on the event loop. Blocking work happens on goroutines that
// post results back with Loop.Post: one goroutine per listening socket
// (accept), one per reading socket (read, parked in Go's netpoller while
// idle). Writes are tried at once on the loop goroutine, without blocking,
// as uv_try_write does; only what the kernel did not take goes to a writer
// goroutine, and write completions report back in order.
//
// A handle keeps the process alive while it is active (listening, reading,
// connecting, writing, shutting down) and referenced, as a libuv handle
// does. Errors are libuv-style negative errno numbers; the JS side turns
// them into Node's errors (`listen EADDRINUSE: address already in use`).
//
// File descriptors can be taken out of a handle and put into a new one
// (Fd, Open), which is how sockets and servers travel between cluster
// processes over the IPC channel.
package net
