package fs

import (
	"golang.org/x/sys/unix"
)

// Copy modes, as fs.constants names them.
const (
	copyExcl        = 1
	copyFiclone     = 2
	copyFicloneForc = 4
)

// copyFile copies src to dest as libuv's uv_fs_copyfile does: dest gets
// src's mode, a copy onto the same file is a no-op, COPYFILE_EXCL fails on
// an existing dest, and COPYFILE_FICLONE(_FORCE) tries a reflink first.
func copyFile(src, dest string, mode int) (err error) {
	in, err := openFile(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer unix.Close(in)
	st, err := statFd(in)
	if err != nil {
		return err
	}
	if st.isDir() {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT
	if mode&copyExcl != 0 {
		flags |= unix.O_EXCL
	}
	out, err := openFile(dest, flags, st.mode())
	if err != nil {
		return err
	}
	defer func() {
		if cerr := unix.Close(out); cerr != nil && err == nil && cerr != unix.EINTR {
			err = cerr
		}
	}()
	dst, err := statFd(out)
	if err != nil {
		return err
	}
	if dst.n[0] == st.n[0] && dst.n[7] == st.n[7] {
		return nil
	}
	// Some file systems refuse fchmod to non-owners; libuv goes on then.
	if err := retry(func() error { return unix.Fchmod(out, st.mode()&0o7777) }); err != nil && err != unix.EPERM {
		return err
	}
	if err := retry(func() error { return unix.Ftruncate(out, 0) }); err != nil {
		return err
	}
	if mode&(copyFiclone|copyFicloneForc) != 0 {
		err := unix.IoctlFileClone(out, in)
		if err == nil {
			return nil
		}
		if mode&copyFicloneForc != 0 {
			return err
		}
	}
	return copyContents(out, in, int64(st.n[8]))
}

// copyContents moves the bytes in the kernel where it can (copy_file_range),
// else through a buffer; files that report no size (/proc) are read.
func copyContents(out, in int, size int64) error {
	inKernel := size > 0
	for inKernel && size > 0 {
		var n int
		err := retry(func() error {
			var err error
			n, err = unix.CopyFileRange(in, nil, out, nil, int(min(size, 1<<30)), 0)
			return err
		})
		if err != nil {
			if err == unix.EXDEV || err == unix.ENOSYS || err == unix.EINVAL || err == unix.EOPNOTSUPP || err == unix.EPERM {
				inKernel = false
				break
			}
			return err
		}
		if n == 0 {
			return nil
		}
		size -= int64(n)
	}
	if inKernel {
		return nil
	}
	buf := make([]byte, 64*1024)
	for {
		n, err := readAt(in, buf, -1)
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		for p := buf[:n]; len(p) > 0; {
			w, err := writeAt(out, p, -1)
			if err != nil {
				return err
			}
			p = p[w:]
		}
	}
}
