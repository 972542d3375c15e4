package process

import (
	_ "embed"
	"io"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// StdioModuleName is the internal module that makes process.stdin, stdout
// and stderr (process.js requires it on first use of one of them).
const StdioModuleName = "internal/process/stdio"

//go:embed stdio.js
var stdioSource string

// RequireStdio fills module.exports for internal/process/stdio.
func RequireStdio(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	_ = b.Set("guessHandleType", gcnet.GuessHandleType)
	// A worker thread's stdin is its parent's worker.stdin (worker_threads).
	_ = b.Set("isWorker", rt.IsWorker)
	// setBlocking(fd, on) returns 0 or a negative errno, as libuv's
	// uv_stream_set_blocking. The flag belongs to the open file, so it
	// holds for every descriptor of it.
	_ = b.Set("setBlocking", func(fd int, on bool) int {
		if err := unix.SetNonblock(fd, !on); err != nil {
			if errno, ok := err.(syscall.Errno); ok {
				return -int(errno)
			}
			return -int(syscall.EINVAL)
		}
		return 0
	})
	// handleFd(fd) is the fd to give a pipe or TCP handle's open(): for a
	// socket, a duplicate, since opening a connected socket closes the fd
	// it is given (net's fileConn), and stdio's fds must stay open.
	_ = b.Set("handleFd", func(fd int) int {
		var st unix.Stat_t
		if unix.Fstat(fd, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFSOCK {
			return fd
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return fd
		}
		return nfd
	})
	// writeAll(fd, bytes) writes bytes to fd (a file's) and returns how
	// many it wrote: fewer after an error, which the caller then reports.
	_ = b.Set("writeAll", func(fd int, chunk goja.Value) int {
		data, ok := chunk.Export().([]byte)
		if !ok {
			return 0
		}
		written := 0
		for written < len(data) {
			n, err := unix.Write(fd, data[written:])
			if n > 0 {
				written += n
			}
			if err != nil && err != unix.EINTR {
				return written
			}
			if n <= 0 && err == nil {
				return written
			}
		}
		return written
	})
	// redirected(fd): the embedding program gave the runtime a writer of
	// its own for stdout (1) or stderr (2), not the process's fd.
	_ = b.Set("redirected", func(fd int) bool {
		switch fd {
		case 1:
			return rt.Opts.Stdout != io.Writer(os.Stdout)
		case 2:
			return rt.Opts.Stderr != io.Writer(os.Stderr)
		}
		return false
	})
	rt.RunCoreJS(StdioModuleName, stdioSource, module, b)
}
