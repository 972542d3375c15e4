package runtime

import (
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

// UVError names errno as libuv does: ("EEXIST", "file already exists").
// Errnos libuv has no entry for are ("UNKNOWN", "unknown error"), as Node
// reports them.
func UVError(errno syscall.Errno) (name, desc string) {
	if e, ok := uvErrnos[int(errno)]; ok {
		return e.name, e.desc
	}
	return "UNKNOWN", "unknown error"
}

// Errno is the system error number behind err (EIO when err carries none).
func Errno(err error) syscall.Errno { return errnoOf(err) }

// UVException makes the error Node throws for a failed libuv request, in
// libuv's words: `EEXIST: file already exists, mkdir '/x'`, with
// `-> '/y'` and a dest property for two-path calls (rename, link, copyfile).
// Properties come in Node's order: errno, code, syscall, path, dest.
func (rt *Runtime) UVException(err error, syscallName, path, dest string) *goja.Object {
	msg := UVMessage(err, syscallName, path, dest)
	e, _ := rt.VM.New(rt.VM.Get("Error"), rt.VM.ToValue(msg))
	SetUVProps(e, err, syscallName, path, dest)
	return e
}

// UVMessage is the message of UVException.
func UVMessage(err error, syscallName, path, dest string) string {
	code, desc := UVError(errnoOf(err))
	var b strings.Builder
	b.WriteString(code)
	b.WriteString(": ")
	b.WriteString(desc)
	b.WriteString(", ")
	b.WriteString(syscallName)
	if path != "" {
		b.WriteString(" '" + path + "'")
	}
	if dest != "" {
		b.WriteString(" -> '" + dest + "'")
	}
	return b.String()
}

// SetUVProps gives e the properties of UVException, in Node's order.
func SetUVProps(e *goja.Object, err error, syscallName, path, dest string) {
	errno := errnoOf(err)
	code, _ := UVError(errno)
	_ = e.Set("errno", -int(errno))
	_ = e.Set("code", code)
	_ = e.Set("syscall", syscallName)
	if path != "" {
		_ = e.Set("path", path)
	}
	if dest != "" {
		_ = e.Set("dest", dest)
	}
}
