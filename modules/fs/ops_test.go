package fs

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func TestPoolBoundsConcurrency(t *testing.T) {
	p := newPool(3)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		p.submit(func() {
			defer wg.Done()
			n := running.Add(1)
			for {
				old := peak.Load()
				if n <= old || peak.CompareAndSwap(old, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			running.Add(-1)
		})
	}
	wg.Wait()
	if got := peak.Load(); got > 3 || got < 2 {
		t.Fatalf("peak concurrency %d, want 2..3", got)
	}
}

func TestMkdirp(t *testing.T) {
	dir := t.TempDir()
	first, err := mkdirp(filepath.Join(dir, "a", "b", "c"), 0o777)
	if err != nil || first != filepath.Join(dir, "a") {
		t.Fatalf("mkdirp = %q, %v; want %q", first, err, filepath.Join(dir, "a"))
	}
	if first, err := mkdirp(filepath.Join(dir, "a", "b"), 0o777); err != nil || first != "" {
		t.Fatalf("existing: %q, %v", first, err)
	}
	// The first path keeps the caller's spelling, doubled slash and all.
	if first, _ := mkdirp(dir+"/x//y/", 0o777); first != dir+"/x/" {
		t.Fatalf("spelling: %q", first)
	}
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := mkdirp(file, 0o777); err != unix.EEXIST {
		t.Fatalf("file: %v, want EEXIST", err)
	}
	if _, err := mkdirp(filepath.Join(file, "x", "y"), 0o777); err != unix.ENOTDIR {
		t.Fatalf("under file: %v, want ENOTDIR", err)
	}
}

func TestRealpath(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.MkdirAll(filepath.Join(dir, "real", "sub"), 0o755))
	must(t, os.Symlink("real", filepath.Join(dir, "rel")))
	must(t, os.Symlink(filepath.Join(dir, "rel", "sub"), filepath.Join(dir, "abs")))
	got, err := realpath(filepath.Join(dir, "abs"), false)
	if err != nil || got != filepath.Join(dir, "real", "sub") {
		t.Fatalf("realpath = %q, %v", got, err)
	}
	_, err = realpath(filepath.Join(dir, "missing", "x"), false)
	var ue *uvErr
	if !errors.As(err, &ue) || ue.syscall != "lstat" || ue.path != filepath.Join(dir, "missing") || ue.err != unix.ENOENT {
		t.Fatalf("missing: %#v", err)
	}
	loop := filepath.Join(dir, "loop")
	must(t, os.Symlink(loop, loop))
	if _, err := realpath(loop, false); !errors.As(err, &ue) || ue.syscall != "stat" || ue.err != unix.ELOOP {
		t.Fatalf("loop: %#v", err)
	}
}

func TestTimespec(t *testing.T) {
	for _, c := range []struct {
		in        float64
		sec, nsec int64
	}{
		{1.5, 1, 500000000},
		{1577934245.678, 1577934245, 677999000}, // microseconds, as libuv keeps
		{-1.25, -2, 750000000},
	} {
		ts := timespec(c.in)
		if ts.Sec != c.sec || ts.Nsec != c.nsec {
			t.Errorf("timespec(%v) = %d.%09d, want %d.%09d", c.in, ts.Sec, ts.Nsec, c.sec, c.nsec)
		}
	}
}

func TestCopyFile(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "src"), filepath.Join(dir, "dst")
	must(t, os.WriteFile(src, []byte("contents"), 0o640))
	must(t, copyFile(src, dst, 0))
	data, err := os.ReadFile(dst)
	if err != nil || string(data) != "contents" {
		t.Fatalf("copy: %q, %v", data, err)
	}
	if st, _ := os.Stat(dst); st.Mode().Perm() != 0o640 {
		t.Fatalf("mode %v", st.Mode())
	}
	if err := copyFile(src, dst, copyExcl); err != unix.EEXIST {
		t.Fatalf("excl: %v", err)
	}
	must(t, copyFile(src, src, 0))
	if data, _ := os.ReadFile(src); string(data) != "contents" {
		t.Fatalf("self copy changed the file: %q", data)
	}
	if err := copyFile(dir, dst, 0); err != unix.EISDIR {
		t.Fatalf("dir: %v", err)
	}
}

func TestRmrf(t *testing.T) {
	dir := t.TempDir()
	tree := filepath.Join(dir, "t")
	must(t, os.MkdirAll(filepath.Join(tree, "a", "b"), 0o755))
	must(t, os.WriteFile(filepath.Join(tree, "a", "f"), nil, 0o644))
	must(t, os.Symlink("/", filepath.Join(tree, "a", "root-link")))
	must(t, rmrf(tree, 0, 0))
	if _, err := os.Lstat(tree); !os.IsNotExist(err) {
		t.Fatalf("tree left: %v", err)
	}
	if _, err := os.Stat("/"); err != nil {
		t.Fatal("followed the link")
	}
	must(t, rmrf(filepath.Join(dir, "missing"), 0, 0))
}

func TestReadWhole(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "f")
	must(t, os.WriteFile(f, []byte("abc"), 0o644))
	if data, err := readWhole(f, -1, unix.O_RDONLY); err != nil || string(data) != "abc" {
		t.Fatalf("read: %q, %v", data, err)
	}
	var ue *uvErr
	if _, err := readWhole(dir, -1, unix.O_RDONLY); !errors.As(err, &ue) || ue.syscall != "read" || ue.err != unix.EISDIR {
		t.Fatalf("dir: %#v", err)
	}
	if _, err := readWhole(filepath.Join(dir, "no"), -1, unix.O_RDONLY); !errors.As(err, &ue) || ue.syscall != "open" {
		t.Fatalf("missing: %#v", err)
	}
	// /proc files report no size: read until the end.
	if data, err := readWhole("/proc/self/stat", -1, unix.O_RDONLY); err != nil || len(data) == 0 {
		t.Fatalf("proc: %d bytes, %v", len(data), err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
