package child_process

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// errno is the libuv-style (negative) code of err, 0 for nil.
func errno(err error) int {
	if err == nil {
		return 0
	}
	var e syscall.Errno
	if errors.As(err, &e) {
		return -int(e)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return errno(pe.Err)
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return -int(syscall.ENOENT)
	case errors.Is(err, os.ErrPermission):
		return -int(syscall.EACCES)
	case errors.Is(err, os.ErrClosed):
		return -int(syscall.EBADF)
	}
	return -int(syscall.EIO)
}
