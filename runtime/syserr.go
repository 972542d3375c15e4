package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// SystemError makes the JS error Node gives for a failed system call:
// `ENOENT: no such file or directory, open '/x'` with errno (negative, as
// libuv reports it), code, syscall and path.
func (rt *Runtime) SystemError(err error, syscallName, path string) *goja.Object {
	errno := errnoOf(err)
	code := unix.ErrnoName(errno)
	if code == "" {
		code = "UNKNOWN"
	}
	desc := errno.Error()
	msg := fmt.Sprintf("%s: %s, %s", code, desc, syscallName)
	if path != "" {
		msg += fmt.Sprintf(" '%s'", path)
	}
	e, _ := rt.VM.New(rt.VM.Get("Error"), rt.VM.ToValue(msg))
	_ = e.Set("errno", -int(errno))
	_ = e.Set("code", code)
	_ = e.Set("syscall", syscallName)
	if path != "" {
		_ = e.Set("path", path)
	}
	return e
}

// ErrnoName is the libuv-style code for err ("ENOENT"), or "" if err is not
// a system error.
func ErrnoName(err error) string {
	if e := errnoOf(err); e != 0 {
		return unix.ErrnoName(e)
	}
	return ""
}

func errnoOf(err error) syscall.Errno {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return errnoOf(pe.Err)
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return syscall.ENOENT
	case errors.Is(err, os.ErrPermission):
		return syscall.EACCES
	case errors.Is(err, os.ErrExist):
		return syscall.EEXIST
	}
	return syscall.EIO
}
