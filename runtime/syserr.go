package runtime

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"github.com/dop251/goja"
)

// SystemError makes the JS error Node gives for a failed system call, in
// libuv's words: `ENOENT: no such file or directory, open '/x'` with errno
// (negative, as libuv reports it), code, syscall and path.
func (rt *Runtime) SystemError(err error, syscallName, path string) *goja.Object {
	return rt.UVException(err, syscallName, path, "")
}

// ErrnoName is the libuv-style code for err ("ENOENT"), or "" if err is not
// a system error.
func ErrnoName(err error) string {
	if e := errnoOf(err); e != 0 {
		name, _ := UVError(e)
		return name
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
