// Package ipc is the channel a Node.js parent and child talk over: one end of
// an AF_UNIX SOCK_STREAM socketpair on each side, the child's end handed down
// as fd 3 with NODE_CHANNEL_FD=3 and NODE_CHANNEL_SERIALIZATION_MODE=json in
// its environment.
//
// The wire format is Node's "json" serialization: every message is one JSON
// text followed by "\n". A message that carries a file descriptor (a
// NODE_HANDLE message) is written with the descriptor as SCM_RIGHTS ancillary
// data on the same sendmsg as the first byte of its line.
//
// The package only frames bytes. Encoding is JSON.stringify's (called from
// Go by the channel handle of modules/child_process), and decoding gives
// what JSON.parse gives (a parser there builds the JS values of a line in
// one pass, and hands JSON.parse whatever it does not handle alike), so the
// bytes on the wire are exactly what Node writes and reads; the message
// protocol (NODE_HANDLE, NODE_HANDLE_ACK, the handle queue) is JavaScript's.
//
//   - Decoder splits a byte stream into lines and pairs each received
//     descriptor with the line it arrived with.
//   - Channel owns one end of the socket: a reader goroutine that hands
//     decoded frames to a callback (Start), or a Reader that an event loop
//     calls when its poll finds the socket readable, and writes that are
//     tried at once and otherwise queued for a writer goroutine, so a slow
//     peer never blocks the caller.
//   - Pair makes the socketpair for a child process.
package ipc
