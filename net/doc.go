// Package net is gocluster's socket core: TCP and Unix domain socket (Pipe)
// handles that the JS net module drives, shaped like libuv's tcp_wrap,
// pipe_wrap and stream_wrap so the JS side can follow Node's net.js
// closely.
//
// A handle lives on the event loop, and so does its socket: a bare
// non-blocking descriptor, outside Go's netpoller, that the loop polls
// itself in its one epoll set (Loop.WatchFD, Loop.NewFDWatch), as libuv
// does. A listening socket accepts one connection at a time and delivers it
// before taking the next, so a handle that closes leaves the rest in the
// kernel's backlog for the processes sharing the socket; out of
// descriptors, it frees a spare one to accept and close the waiting
// connections, as libuv does (emfile.go). A reading socket
// is read on the loop goroutine when the poll reports it, so data that
// arrived while the loop was busy comes as one chunk. Writes are tried at
// once, as uv_try_write does; what the kernel did not take waits, in
// order, until the poll reports room, and its completion is reported on a
// later turn. UDP sockets work the same way. A connect starts at once and
// the poll reports its end (connect.go); only a connect to a host name
// goes through Go's dialer, on a goroutine that posts its outcome back.
//
// Listening is split as in libuv: Bind makes a bound socket (keeping
// EADDRINUSE for later, as libuv does), ListenBound makes it listen and
// accept. A connection between two handles of the same process is reported
// to the server before the client: one poll sees both, the listener first
// (it became ready during the connect call, before the client's socket
// was polled), as under libuv.
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
