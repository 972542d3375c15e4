package fs

import (
	"crypto/rand"
	"os"
	"path"
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// ioMax is the most Node reads into one Buffer (2 GiB - 1).
const ioMax = 1<<31 - 1

// fileOps are whole-file calls: each is one pool job, where Node chains
// several requests (open, fstat, read..., close) with the same errors.
func (b *binding) fileOps() {
	b.set("readFile", func(c goja.FunctionCall) goja.Value {
		target, isFd := c.Argument(0), c.Argument(1).ToBoolean()
		flags, enc := int(c.Argument(2).ToInteger()), c.Argument(3)
		var p string
		fd := -1
		if isFd {
			fd = int(target.ToInteger())
		} else {
			p = b.pathArg(target)
		}
		return b.run(c.Argument(4), func() (result, error) {
			data, err := readWhole(p, fd, flags)
			if err != nil {
				return nil, err
			}
			return func() goja.Value { return b.decoded(data, enc) }, nil
		})
	})
	b.set("writeFile", func(c goja.FunctionCall) goja.Value {
		target, isFd := c.Argument(0), c.Argument(1).ToBoolean()
		data := b.bytesArg(c.Argument(2))
		flags, mode := int(c.Argument(3).ToInteger()), uint32(c.Argument(4).ToInteger())
		flush := c.Argument(5).ToBoolean()
		var p string
		fd := -1
		if isFd {
			fd = int(target.ToInteger())
		} else {
			p = b.pathArg(target)
		}
		return b.run(c.Argument(6), func() (result, error) {
			return nil, writeWhole(p, fd, data, flags, mode, flush)
		})
	})
	b.set("realpath", func(c goja.FunctionCall) goja.Value {
		p, enc, native := b.pathArg(c.Argument(0)), c.Argument(1), c.Argument(2).ToBoolean()
		return b.run(c.Argument(3), func() (result, error) {
			abs := p
			if !path.IsAbs(abs) {
				cwd, err := os.Getwd()
				if err != nil {
					return nil, fail(err, "realpath", p)
				}
				abs = path.Join(cwd, abs)
			}
			resolved, err := realpath(path.Clean(abs), native)
			if err != nil {
				if native {
					// realpath(3) fails as one call on the path given.
					return nil, fail(err.(*uvErr).err, "realpath", p)
				}
				return nil, err
			}
			return func() goja.Value { return b.encoded(resolved, enc) }, nil
		})
	})
	b.set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		prefix, enc := b.pathArg(c.Argument(0)), c.Argument(1)
		return b.run(c.Argument(2), func() (result, error) {
			dir, err := mkdtemp(prefix)
			if err != nil {
				return nil, fail(err, "mkdtemp", prefix+"XXXXXX")
			}
			return func() goja.Value { return b.encoded(dir, enc) }, nil
		})
	})
}

// readWhole reads a file (by path, or from fd's current position when fd
// is not -1) to its end. A regular file is read up to the size fstat gave,
// as Node does; other files until a read returns nothing.
func readWhole(p string, fd, flags int) (data []byte, err error) {
	if fd < 0 {
		if fd, err = openFile(p, flags, 0o666); err != nil {
			return nil, fail(err, "open", p)
		}
		defer unix.Close(fd)
	}
	st, err := statFd(fd)
	if err != nil {
		return nil, fail(err, "fstat")
	}
	size := 0
	if st.isReg() {
		if st.n[8] > ioMax {
			return nil, tooLarge(st.n[8])
		}
		size = int(st.n[8])
	}
	if size > 0 {
		data = make([]byte, size)
		got := 0
		for got < size {
			n, err := readAt(fd, data[got:], -1)
			if err != nil {
				return nil, fail(err, "read")
			}
			if n == 0 {
				break
			}
			got += n
		}
		return data[:got], nil
	}
	chunk := make([]byte, 8192)
	for {
		n, err := readAt(fd, chunk, -1)
		if err != nil {
			return nil, fail(err, "read")
		}
		if n == 0 {
			return data, nil
		}
		data = append(data, chunk[:n]...)
		if len(data) > ioMax {
			return nil, tooLarge(uint64(len(data)))
		}
	}
}

func tooLarge(size uint64) error {
	return &jsErr{func(b *binding) goja.Value {
		return b.nodeError("RangeError", "ERR_FS_FILE_TOO_LARGE",
			"File size ("+strconv.FormatUint(size, 10)+") is greater than 2 GiB")
	}}
}

// writeWhole writes all of data to a file (by path, or at fd's position).
func writeWhole(p string, fd int, data []byte, flags int, mode uint32, flush bool) (err error) {
	if fd < 0 {
		if fd, err = openFile(p, flags, mode); err != nil {
			return fail(err, "open", p)
		}
		defer func() {
			if cerr := unix.Close(fd); cerr != nil && err == nil && cerr != unix.EINTR {
				err = fail(cerr, "close")
			}
		}()
	}
	for len(data) > 0 {
		n, err := writeAt(fd, data, -1)
		if err != nil {
			return fail(err, "write")
		}
		data = data[n:]
	}
	if flush {
		if err := retry(func() error { return unix.Fsync(fd) }); err != nil {
			return fail(err, "fsync")
		}
	}
	return nil
}

// realpath resolves symbolic links one component at a time, as Node's
// fs.realpath does in JS: a failure names the syscall (lstat, stat,
// readlink) and the partial path it failed on. p is absolute and clean.
// As in Node, once a link leads to a pipe or socket (/dev/stdin ->
// /proc/self/fd/0 -> "pipe:[N]", a name that cannot be looked up), the
// path so far is the answer; realpath(3) (native) looks that name up and
// fails.
func realpath(p string, native bool) (string, error) {
	seen := map[[2]uint64]string{}
	knownHard := map[string]bool{}
	var lastType uint32 // file type of the last lstat or stat, as Node's shared stat array
	for {
		restart := false
		pos := 1
		for pos < len(p) && !restart {
			next := pos
			for next < len(p) && p[next] != '/' {
				next++
			}
			base := p[:next]
			pos = next + 1
			if knownHard[base] {
				if !native && (lastType == unix.S_IFIFO || lastType == unix.S_IFSOCK) {
					return p, nil
				}
				continue
			}
			st, err := lstatPath(base)
			if err != nil {
				return "", fail(err, "lstat", base)
			}
			lastType = st.mode() & unix.S_IFMT
			if lastType != unix.S_IFLNK {
				knownHard[base] = true
				continue
			}
			id := [2]uint64{st.n[0], st.n[7]}
			target, ok := seen[id]
			if !ok {
				tst, err := statPath(base)
				if err != nil {
					return "", fail(err, "stat", base)
				}
				lastType = tst.mode() & unix.S_IFMT
				if target, err = readlink(base); err != nil {
					return "", fail(err, "readlink", base)
				}
				seen[id] = target
			}
			parent := path.Dir(base)
			resolved := target
			if !path.IsAbs(target) {
				resolved = path.Join(parent, target)
			}
			rest := ""
			if next < len(p) {
				rest = p[next+1:]
			}
			p = path.Join(resolved, rest)
			restart = true
		}
		if !restart {
			return p, nil
		}
	}
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// mkdtemp makes prefix + six random characters as a new directory (0700).
func mkdtemp(prefix string) (string, error) {
	var err error
	for range 100 {
		var rnd [6]byte
		_, _ = rand.Read(rnd[:])
		name := []byte(prefix)
		for _, r := range rnd {
			name = append(name, tempChars[int(r)%len(tempChars)])
		}
		dir := string(name)
		err = retry(func() error { return unix.Mkdir(dir, 0o700) })
		if err != unix.EEXIST {
			if err != nil {
				return "", err
			}
			return dir, nil
		}
	}
	return "", err
}
