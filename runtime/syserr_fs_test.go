package runtime

import (
	"syscall"
	"testing"
)

func TestUVMessage(t *testing.T) {
	for _, c := range []struct {
		err                 error
		syscall, path, dest string
		want                string
	}{
		{syscall.EEXIST, "mkdir", "/x", "", "EEXIST: file already exists, mkdir '/x'"},
		{syscall.EISDIR, "read", "", "", "EISDIR: illegal operation on a directory, read"},
		{syscall.ENOENT, "rename", "/a", "/b", "ENOENT: no such file or directory, rename '/a' -> '/b'"},
		{syscall.EDQUOT, "write", "", "", "UNKNOWN: unknown error, write"},
	} {
		if got := UVMessage(c.err, c.syscall, c.path, c.dest); got != c.want {
			t.Errorf("UVMessage(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	if name, _ := UVError(syscall.EXDEV); name != "EXDEV" {
		t.Errorf("UVError(EXDEV) name %q", name)
	}
}
