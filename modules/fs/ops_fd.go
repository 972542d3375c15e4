package fs

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// fdOps are the calls on open file descriptors.
func (b *binding) fdOps() {
	vm := b.vm
	b.set("open", func(c goja.FunctionCall) goja.Value {
		path := b.pathArg(c.Argument(0))
		flags, mode := int(c.Argument(1).ToInteger()), uint32(c.Argument(2).ToInteger())
		return b.run(c.Argument(3), func() (result, error) {
			fd, err := openFile(path, flags, mode)
			if err != nil {
				return nil, fail(err, "open", path)
			}
			return func() goja.Value { return vm.ToValue(fd) }, nil
		})
	})
	b.set("close", func(c goja.FunctionCall) goja.Value {
		fd := int(c.Argument(0).ToInteger())
		return b.run(c.Argument(1), func() (result, error) {
			// close is not retried on EINTR: the descriptor is gone either way.
			if err := unix.Close(fd); err != nil && err != unix.EINTR {
				return nil, fail(err, "close")
			}
			return nil, nil
		})
	})
	b.set("read", func(c goja.FunctionCall) goja.Value {
		fd := int(c.Argument(0).ToInteger())
		p := b.bytesArg(c.Argument(1))
		off, n := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		pos := positionArg(c.Argument(4))
		p = p[off : off+n]
		return b.run(c.Argument(5), func() (result, error) {
			got, err := readAt(fd, p, pos)
			if err != nil {
				return nil, fail(err, "read")
			}
			return func() goja.Value { return vm.ToValue(got) }, nil
		})
	})
	b.set("write", func(c goja.FunctionCall) goja.Value {
		fd := int(c.Argument(0).ToInteger())
		p := b.bytesArg(c.Argument(1))
		off, n := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		pos := positionArg(c.Argument(4))
		p = p[off : off+n]
		return b.run(c.Argument(5), func() (result, error) {
			got, err := writeAt(fd, p, pos)
			if err != nil {
				return nil, fail(err, "write")
			}
			return func() goja.Value { return vm.ToValue(got) }, nil
		})
	})
	vectored := func(name string, write bool) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			fd := int(c.Argument(0).ToInteger())
			list := c.Argument(1).ToObject(vm)
			bufs := make([][]byte, list.Get("length").ToInteger())
			for i := range bufs {
				bufs[i] = b.bytesArg(list.Get(strconv.Itoa(i)))
			}
			pos := positionArg(c.Argument(2))
			return b.run(c.Argument(3), func() (result, error) {
				var got int
				var err error
				if write {
					got, err = writev(fd, bufs, pos)
				} else {
					got, err = readv(fd, bufs, pos)
				}
				if err != nil {
					return nil, fail(err, map[bool]string{true: "write", false: "read"}[write])
				}
				return func() goja.Value { return vm.ToValue(got) }, nil
			})
		})
	}
	vectored("writeBuffers", true)
	vectored("readBuffers", false)
	b.set("fstat", func(c goja.FunctionCall) goja.Value {
		fd, bigint, req := int(c.Argument(0).ToInteger()), c.Argument(1).ToBoolean(), c.Argument(2)
		sync := goja.IsUndefined(req)
		return b.run(req, func() (result, error) {
			st, err := statFd(fd)
			if err != nil {
				return nil, fail(err, "fstat")
			}
			return func() goja.Value { return b.statsValue(st, bigint, sync) }, nil
		})
	})
	simple := func(name, syscallName string, nargs int, op func(fd int, args []int64) error) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			fd := int(c.Argument(0).ToInteger())
			args := make([]int64, nargs)
			for i := range args {
				args[i] = intArg(c.Argument(1 + i))
			}
			return b.run(c.Argument(1+nargs), func() (result, error) {
				if err := retry(func() error { return op(fd, args) }); err != nil {
					return nil, fail(err, syscallName)
				}
				return nil, nil
			})
		})
	}
	simple("fsync", "fsync", 0, func(fd int, _ []int64) error { return unix.Fsync(fd) })
	simple("fdatasync", "fdatasync", 0, func(fd int, _ []int64) error { return unix.Fdatasync(fd) })
	simple("ftruncate", "ftruncate", 1, func(fd int, a []int64) error { return unix.Ftruncate(fd, a[0]) })
	simple("fchmod", "fchmod", 1, func(fd int, a []int64) error { return unix.Fchmod(fd, uint32(a[0])) })
	simple("fchown", "fchown", 2, func(fd int, a []int64) error { return unix.Fchown(fd, int(int32(a[0])), int(int32(a[1]))) })
	b.set("futimes", func(c goja.FunctionCall) goja.Value {
		fd := int(c.Argument(0).ToInteger())
		ts := []unix.Timespec{timespec(c.Argument(1).ToFloat()), timespec(c.Argument(2).ToFloat())}
		return b.run(c.Argument(3), func() (result, error) {
			if err := retry(func() error { return futimens(fd, ts) }); err != nil {
				return nil, fail(err, "futime")
			}
			return nil, nil
		})
	})
}

// openFile opens as libuv does: always close-on-exec.
func openFile(path string, flags int, mode uint32) (int, error) {
	var fd int
	err := retry(func() error {
		var err error
		fd, err = unix.Open(path, flags|unix.O_CLOEXEC, mode)
		return err
	})
	return fd, err
}

// positioned runs one read or write at the file position (seq, for a
// negative pos, as Node's null position) or at pos, retrying EINTR.
func positioned[T any](fd int, data T, pos int64, seq func(int, T) (int, error), at func(int, T, int64) (int, error)) (int, error) {
	var n int
	err := retry(func() error {
		var err error
		if pos < 0 {
			n, err = seq(fd, data)
		} else {
			n, err = at(fd, data, pos)
		}
		return err
	})
	return max(n, 0), err
}

func readAt(fd int, p []byte, pos int64) (int, error) {
	return positioned(fd, p, pos, unix.Read, unix.Pread)
}

func writeAt(fd int, p []byte, pos int64) (int, error) {
	return positioned(fd, p, pos, unix.Write, unix.Pwrite)
}

func readv(fd int, bufs [][]byte, pos int64) (int, error) {
	return positioned(fd, bufs, pos, unix.Readv, unix.Preadv)
}

func writev(fd int, bufs [][]byte, pos int64) (int, error) {
	return positioned(fd, bufs, pos, unix.Writev, unix.Pwritev)
}

// timespec converts seconds (fractional, as Node passes times) the way
// libuv does: whole seconds toward zero, the fraction as microseconds.
func timespec(t float64) unix.Timespec {
	if math.IsNaN(t) || math.IsInf(t, 0) {
		return unix.Timespec{Sec: 0, Nsec: unix.UTIME_NOW}
	}
	sec := math.Trunc(t)
	nsec := int64((t - sec) * 1e9)
	// libuv keeps microseconds only, for the same result on every platform.
	nsec -= nsec % 1000
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return unix.Timespec{Sec: int64(sec), Nsec: nsec}
}

// futimens sets the times of an open descriptor: utimensat(fd, NULL, ...),
// which x/sys does not wrap.
func futimens(fd int, ts []unix.Timespec) error {
	_, _, e := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}
