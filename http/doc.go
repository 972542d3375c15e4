// Package http is gocluster's HTTP/1.1 message parser: an incremental
// request and response parser that behaves as llhttp does inside Node v20
// (strict mode, or with any of its lenient flags, as --insecure-http-parser
// and the insecureHTTPParser option set them), together with the
// bookkeeping Node's parser binding adds on top of it (the 16 KiB header
// limit, the chunk extension limit, header lines gathered into name/value
// pairs with trailing whitespace cut from values).
//
// Bytes are fed with Execute as they arrive, in chunks of any size. The
// parser calls its Handler once per event: a message begins, its head is
// complete (method, URL, version, status and the raw header lines are then
// readable from the Parser), a piece of body arrives (a sub-slice of the
// input, never copied), the message is complete (trailers readable). Errors
// carry llhttp's codes and reasons (HPE_INVALID_METHOD, ...) and the count
// of bytes parsed, as Node puts them on a clientError.
//
// The state machine follows llhttp's node for node where the difference is
// visible: which byte an error is reported at, when a callback fires
// relative to the end of the input, where a partly matched word stops.
// The tests replay inputs whose outcome was recorded from Node's own
// parser (testdata/oracle.js drives it).
package http
