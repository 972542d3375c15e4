package fs

import (
	"io"
	"io/fs"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Dirent types, as fs.constants.UV_DIRENT_* number them.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFifo
	direntSocket
	direntChar
	direntBlock
)

func direntType(m fs.FileMode) int {
	switch {
	case m.IsRegular():
		return direntFile
	case m&fs.ModeDir != 0:
		return direntDir
	case m&fs.ModeSymlink != 0:
		return direntLink
	case m&fs.ModeNamedPipe != 0:
		return direntFifo
	case m&fs.ModeSocket != 0:
		return direntSocket
	case m&fs.ModeCharDevice != 0:
		return direntChar
	case m&fs.ModeDevice != 0:
		return direntBlock
	}
	return direntUnknown
}

func openDir(p string) (*os.File, error) {
	fd, err := openFile(p, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), p), nil
}

// readDir lists a directory sorted by name, as libuv's scandir does.
func readDir(p string) ([]fs.DirEntry, error) {
	f, err := openDir(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	if err != nil {
		return nil, unwrapErrno(err)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}

func unwrapErrno(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	if se, ok := err.(*os.SyscallError); ok {
		return se.Err
	}
	return err
}

// dirOps are readdir, opendir's handles and recursive removal.
func (b *binding) dirOps() {
	b.set("readdir", func(c goja.FunctionCall) goja.Value {
		p, enc, withTypes := b.pathArg(c.Argument(0)), c.Argument(1), c.Argument(2).ToBoolean()
		return b.run(c.Argument(3), func() (result, error) {
			list, err := readDir(p)
			if err != nil {
				return nil, fail(err, "scandir", p)
			}
			return func() goja.Value { return b.entries(list, enc, withTypes) }, nil
		})
	})
	b.set("opendir", func(c goja.FunctionCall) goja.Value {
		p, enc, req := b.pathArg(c.Argument(0)), c.Argument(1), c.Argument(2)
		// Node's opendirSync names no path in its error; opendir does.
		named := ""
		if !goja.IsUndefined(req) {
			named = p
		}
		return b.run(req, func() (result, error) {
			f, err := openDir(p)
			if err != nil {
				return nil, fail(err, "opendir", named)
			}
			return func() goja.Value { return b.dirHandle(f, enc) }, nil
		})
	})
	b.set("rmrf", func(c goja.FunctionCall) goja.Value {
		p := b.pathArg(c.Argument(0))
		retries, delay := int(c.Argument(1).ToInteger()), time.Duration(c.Argument(2).ToInteger())*time.Millisecond
		return b.run(c.Argument(3), func() (result, error) {
			return nil, rmrf(p, retries, delay)
		})
	})
}

// entries is readdir's result: names, or [names, types] with types.
func (b *binding) entries(list []fs.DirEntry, enc goja.Value, withTypes bool) goja.Value {
	names := make([]any, len(list))
	types := make([]any, len(list))
	for i, e := range list {
		names[i] = b.encoded(e.Name(), enc)
		types[i] = direntType(e.Type())
	}
	if !withTypes {
		return b.vm.ToValue(names)
	}
	return b.vm.ToValue([]any{b.vm.ToValue(names), b.vm.ToValue(types)})
}

// dirHandle is an open directory for fs.Dir: read(n, req) gives up to n
// entries as [names, types] (null at the end) in directory order, close(req)
// releases it. The JS side keeps calls on one handle in sequence; mu guards
// the file against a close that races a read on the pool.
func (b *binding) dirHandle(f *os.File, enc goja.Value) goja.Value {
	var mu sync.Mutex
	h := b.vm.NewObject()
	_ = h.Set("read", func(c goja.FunctionCall) goja.Value {
		n := int(c.Argument(0).ToInteger())
		return b.run(c.Argument(1), func() (result, error) {
			mu.Lock()
			defer mu.Unlock()
			list, err := f.ReadDir(max(n, 1))
			if err == io.EOF {
				return func() goja.Value { return goja.Null() }, nil
			}
			if err != nil {
				return nil, fail(unwrapErrno(err), "scandir")
			}
			return func() goja.Value { return b.entries(list, enc, true) }, nil
		})
	})
	_ = h.Set("close", func(c goja.FunctionCall) goja.Value {
		return b.run(c.Argument(0), func() (result, error) {
			mu.Lock()
			defer mu.Unlock()
			if err := f.Close(); err != nil {
				return nil, fail(unwrapErrno(err), "closedir")
			}
			return nil, nil
		})
	})
	return h
}

// retryable are the errors Node's rimraf tries again (maxRetries).
func retryable(err error) bool {
	switch err {
	case unix.EBUSY, unix.EMFILE, unix.ENFILE, unix.ENOTEMPTY, unix.EPERM:
		return true
	}
	return false
}

// withRetries runs op up to retries+1 times, waiting i*delay after the
// i-th retryable failure, as rimraf does.
func withRetries(retries int, delay time.Duration, op func() error) error {
	for i := 1; ; i++ {
		err := retry(op)
		if err == nil || !retryable(err) || i > retries {
			return err
		}
		time.Sleep(time.Duration(i) * delay)
	}
}

// rmrf removes p and everything under it, as Node's rimraf does: files
// that are already gone are not errors; others name their syscall and path.
func rmrf(p string, retries int, delay time.Duration) error {
	st, err := lstatPath(p)
	if err == unix.ENOENT {
		return nil
	}
	// Another lstat failure is left to unlink to report, as rimraf does.
	if err != nil || !st.isDir() {
		err := withRetries(retries, delay, func() error { return unix.Unlink(p) })
		switch err {
		case nil, unix.ENOENT:
			return nil
		case unix.EISDIR, unix.EPERM:
			return rmdirTree(p, retries, delay, fail(err, "unlink", p))
		}
		return fail(err, "unlink", p)
	}
	return rmdirTree(p, retries, delay, nil)
}

// rmdirTree removes directory p, emptying it first when it is not empty.
// original is the error to report if p turns out not to be a directory.
func rmdirTree(p string, retries int, delay time.Duration, original error) error {
	err := retry(func() error { return unix.Rmdir(p) })
	switch err {
	case nil, unix.ENOENT:
		return nil
	case unix.ENOTDIR:
		if original != nil {
			return original
		}
		return fail(err, "rmdir", p)
	case unix.ENOTEMPTY, unix.EEXIST, unix.EPERM:
	default:
		if original != nil {
			return original
		}
		return fail(err, "rmdir", p)
	}
	list, lerr := readDir(p)
	if lerr != nil {
		return fail(lerr, "scandir", p)
	}
	for _, e := range list {
		if err := rmrf(p+"/"+e.Name(), retries, delay); err != nil {
			return err
		}
	}
	err = withRetries(retries, delay, func() error { return unix.Rmdir(p) })
	if err == nil || err == unix.ENOENT {
		return nil
	}
	return fail(err, "rmdir", p)
}
