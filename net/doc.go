// Package net is gocluster's socket core: TCP and Unix domain socket (Pipe)
// handles that the JS net module drives, shaped like libuv's tcp_wrap,
// pipe_wrap and stream_wrap so the JS side can follow Node's net.js
// closely.
//
// A handle lives on the event loop. A listening socket is polled by the
// loop itself (Loop.WatchFD), which accepts one connection at a time and
// delivers it before taking the next, as libuv does: a handle that closes
// leaves the rest in the kernel's backlog for the processes sharing the
// socket. Blocking work happens on goroutines that post results back with
// Loop.Post: one per reading socket that only waits (in Go's netpoller)
// until the socket is readable, and one per socket whose writes could not
// finish at once. Reads are made on the loop goroutine when the wait ends, so data
// that arrived while the loop was busy comes as one chunk, as with libuv.
// Writes are tried at once on the loop goroutine, without blocking, as
// uv_try_write does; only what the kernel did not take goes to the writer
// goroutine, and write completions report back in order.
//
// Listening is split as in libuv: Bind makes a bound socket (keeping
// EADDRINUSE for later, as libuv does), ListenBound makes it listen and
// accept. A connection between two handles of the same process is reported
// to the server before the client (pairing.go), as one libuv poll sees it.
//
// A handle keeps the process alive while it is active (listening, reading,
// connecting, writing, shutting down) and referenced, as a libuv handle
// does. Errors are libuv-style negative errno numbers; the JS side turns
// them into Node's errors (`listen EADDRINUSE: address already in use`).
//
// File descriptors can be taken out of a handle and put into a new one
// (DupFd, Open, OpenListener), which is how sockets and servers travel
// between cluster processes over the IPC channel.
package net
