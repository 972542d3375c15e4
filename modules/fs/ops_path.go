package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// pathOps are the calls that name a file by path.
func (b *binding) pathOps() {
	vm := b.vm
	statOp := func(name string, get func(string) (statData, error)) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			path, bigint := b.pathArg(c.Argument(0)), c.Argument(1).ToBoolean()
			req := c.Argument(2)
			// throwIfNoEntry: false makes a missing file undefined (sync only).
			quietMissing := c.Argument(3).StrictEquals(vm.ToValue(false))
			if goja.IsUndefined(req) && quietMissing {
				st, err := get(path)
				if err == unix.ENOENT {
					return goja.Undefined()
				}
				if err != nil {
					panic(b.errorValue(fail(err, name, path), false))
				}
				return b.statsValue(st, bigint, true)
			}
			sync := goja.IsUndefined(req)
			return b.run(req, func() (result, error) {
				st, err := get(path)
				if err != nil {
					return nil, fail(err, name, path)
				}
				return func() goja.Value { return b.statsValue(st, bigint, sync) }, nil
			})
		})
	}
	statOp("stat", statPath)
	statOp("lstat", lstatPath)
	b.set("statfs", func(c goja.FunctionCall) goja.Value {
		path, bigint := b.pathArg(c.Argument(0)), c.Argument(1).ToBoolean()
		return b.run(c.Argument(2), func() (result, error) {
			var st unix.Statfs_t
			if err := retry(func() error { return unix.Statfs(path, &st) }); err != nil {
				return nil, fail(err, "statfs", path)
			}
			nums := []uint64{uint64(st.Type), uint64(st.Bsize), st.Blocks, st.Bfree, st.Bavail, st.Files, st.Ffree}
			return func() goja.Value { return numbers(vm, nums, bigint) }, nil
		})
	})

	// Calls of one path and integer arguments that return nothing.
	simple := func(name, syscallName string, nargs int, op func(path string, a []int64) error) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			path := b.pathArg(c.Argument(0))
			args := make([]int64, nargs)
			for i := range args {
				args[i] = intArg(c.Argument(1 + i))
			}
			return b.run(c.Argument(1+nargs), func() (result, error) {
				if err := retry(func() error { return op(path, args) }); err != nil {
					return nil, fail(err, syscallName, path)
				}
				return nil, nil
			})
		})
	}
	simple("access", "access", 1, func(p string, a []int64) error { return unix.Access(p, uint32(a[0])) })
	simple("chmod", "chmod", 1, func(p string, a []int64) error { return unix.Chmod(p, uint32(a[0])) })
	simple("chown", "chown", 2, func(p string, a []int64) error { return unix.Chown(p, int(int32(a[0])), int(int32(a[1]))) })
	simple("lchown", "lchown", 2, func(p string, a []int64) error { return unix.Lchown(p, int(int32(a[0])), int(int32(a[1]))) })
	simple("rmdir", "rmdir", 0, func(p string, _ []int64) error { return unix.Rmdir(p) })
	simple("unlink", "unlink", 0, func(p string, _ []int64) error { return unix.Unlink(p) })
	utimes := func(name, syscallName string, flags int) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			path := b.pathArg(c.Argument(0))
			ts := []unix.Timespec{timespec(c.Argument(1).ToFloat()), timespec(c.Argument(2).ToFloat())}
			return b.run(c.Argument(3), func() (result, error) {
				if err := retry(func() error { return unix.UtimesNanoAt(unix.AT_FDCWD, path, ts, flags) }); err != nil {
					return nil, fail(err, syscallName, path)
				}
				return nil, nil
			})
		})
	}
	utimes("utimes", "utime", 0)
	utimes("lutimes", "lutime", unix.AT_SYMLINK_NOFOLLOW)

	// Calls of two paths: errors name both ("rename '/a' -> '/b'").
	twoPaths := func(name string, op func(from, to string) error) {
		b.set(name, func(c goja.FunctionCall) goja.Value {
			from, to := b.pathArg(c.Argument(0)), b.pathArg(c.Argument(1))
			return b.run(c.Argument(2), func() (result, error) {
				if err := retry(func() error { return op(from, to) }); err != nil {
					return nil, fail(err, name, from, to)
				}
				return nil, nil
			})
		})
	}
	twoPaths("rename", unix.Rename)
	twoPaths("link", unix.Link)
	b.set("symlink", func(c goja.FunctionCall) goja.Value {
		target, path := b.pathArg(c.Argument(0)), b.pathArg(c.Argument(1))
		return b.run(c.Argument(3), func() (result, error) {
			if err := retry(func() error { return unix.Symlink(target, path) }); err != nil {
				return nil, fail(err, "symlink", target, path)
			}
			return nil, nil
		})
	})
	b.set("copyFile", func(c goja.FunctionCall) goja.Value {
		src, dest, mode := b.pathArg(c.Argument(0)), b.pathArg(c.Argument(1)), int(c.Argument(2).ToInteger())
		return b.run(c.Argument(3), func() (result, error) {
			if err := copyFile(src, dest, mode); err != nil {
				return nil, fail(err, "copyfile", src, dest)
			}
			return nil, nil
		})
	})
	b.set("readlink", func(c goja.FunctionCall) goja.Value {
		path, enc := b.pathArg(c.Argument(0)), c.Argument(1)
		return b.run(c.Argument(2), func() (result, error) {
			target, err := readlink(path)
			if err != nil {
				return nil, fail(err, "readlink", path)
			}
			return func() goja.Value { return b.encoded(target, enc) }, nil
		})
	})
	b.set("mkdir", func(c goja.FunctionCall) goja.Value {
		path, mode, recursive := b.pathArg(c.Argument(0)), uint32(c.Argument(1).ToInteger()), c.Argument(2).ToBoolean()
		return b.run(c.Argument(3), func() (result, error) {
			if !recursive {
				if err := retry(func() error { return unix.Mkdir(path, mode) }); err != nil {
					return nil, fail(err, "mkdir", path)
				}
				return nil, nil
			}
			first, err := mkdirp(path, mode)
			if err != nil {
				return nil, fail(err, "mkdir", path)
			}
			if first == "" {
				return nil, nil
			}
			return func() goja.Value { return vm.ToValue(first) }, nil
		})
	})
	b.set("existsSync", func(c goja.FunctionCall) goja.Value {
		path := b.pathArg(c.Argument(0))
		return vm.ToValue(retry(func() error { return unix.Access(path, unix.F_OK) }) == nil)
	})
}

// numbers is an array of counts as numbers or BigInts.
func numbers(vm *goja.Runtime, nums []uint64, bigint bool) goja.Value {
	out := make([]any, len(nums))
	for i, n := range nums {
		out[i] = count(n, bigint)
	}
	return vm.ToValue(out)
}

func readlink(path string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		var n int
		err := retry(func() error {
			var err error
			n, err = unix.Readlink(path, buf)
			return err
		})
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// mkdirp makes path and any missing parents, returning the first directory
// it made ("" if path existed). Like Node it works on the path's text, so
// the first path keeps the caller's spelling.
func mkdirp(path string, mode uint32) (string, error) {
	first := ""
	stack := []string{path}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		err := retry(func() error { return unix.Mkdir(p, mode) })
		switch err {
		case nil:
			stack = stack[:len(stack)-1]
			if first == "" {
				first = p
			}
		case unix.EACCES, unix.ENOSPC, unix.ENOTDIR, unix.EPERM:
			return "", err
		case unix.ENOENT:
			i := lastSlash(p)
			if i < 0 || p[:i] == p {
				return "", err
			}
			stack = append(stack, p[:i])
		default:
			stack = stack[:len(stack)-1]
			st, serr := statPath(p)
			if serr != nil {
				return "", serr
			}
			if !st.isDir() {
				// A file where a parent should be is "not a directory".
				if err == unix.EEXIST && len(stack) > 0 {
					return "", unix.ENOTDIR
				}
				return "", unix.EEXIST
			}
		}
	}
	return first, nil
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}
