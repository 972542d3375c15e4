package fs

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// statData is what libuv's uv_stat_t gives Node: ten counts (dev, mode,
// nlink, uid, gid, rdev, blksize, ino, size, blocks) and four timespecs
// (atime, mtime, ctime, birthtime) as seconds and nanoseconds.
type statData struct {
	n [10]uint64
	t [8]int64
}

const statxMask = unix.STATX_BASIC_STATS | unix.STATX_BTIME

// statx fills a statData as libuv does on Linux: statx(2) for the birth
// time, stat(2) where the kernel lacks statx.
func statx(dirfd int, path string, flags int) (statData, error) {
	var sx unix.Statx_t
	err := retry(func() error {
		return unix.Statx(dirfd, path, flags|unix.AT_STATX_SYNC_AS_STAT, statxMask, &sx)
	})
	if err == unix.ENOSYS {
		return statFallback(dirfd, path, flags)
	}
	if err != nil {
		return statData{}, err
	}
	var d statData
	d.n = [10]uint64{
		unix.Mkdev(sx.Dev_major, sx.Dev_minor), uint64(sx.Mode), uint64(sx.Nlink),
		uint64(sx.Uid), uint64(sx.Gid), unix.Mkdev(sx.Rdev_major, sx.Rdev_minor),
		uint64(sx.Blksize), sx.Ino, sx.Size, sx.Blocks,
	}
	d.t = [8]int64{
		sx.Atime.Sec, int64(sx.Atime.Nsec), sx.Mtime.Sec, int64(sx.Mtime.Nsec),
		sx.Ctime.Sec, int64(sx.Ctime.Nsec), sx.Btime.Sec, int64(sx.Btime.Nsec),
	}
	return d, nil
}

func statFallback(dirfd int, path string, flags int) (statData, error) {
	var st unix.Stat_t
	var err error
	if flags&unix.AT_EMPTY_PATH != 0 {
		err = retry(func() error { return unix.Fstat(dirfd, &st) })
	} else {
		err = retry(func() error { return unix.Fstatat(dirfd, path, &st, flags) })
	}
	if err != nil {
		return statData{}, err
	}
	var d statData
	d.n = [10]uint64{
		st.Dev, uint64(st.Mode), uint64(st.Nlink), uint64(st.Uid), uint64(st.Gid),
		st.Rdev, uint64(st.Blksize), st.Ino, uint64(st.Size), uint64(st.Blocks),
	}
	// Without statx there is no birth time; libuv reports the change time.
	d.t = [8]int64{
		st.Atim.Sec, st.Atim.Nsec, st.Mtim.Sec, st.Mtim.Nsec,
		st.Ctim.Sec, st.Ctim.Nsec, st.Ctim.Sec, st.Ctim.Nsec,
	}
	return d, nil
}

func statPath(path string) (statData, error) { return statx(unix.AT_FDCWD, path, 0) }
func lstatPath(path string) (statData, error) {
	return statx(unix.AT_FDCWD, path, unix.AT_SYMLINK_NOFOLLOW)
}
func statFd(fd int) (statData, error) { return statx(fd, "", unix.AT_EMPTY_PATH) }

func (d statData) mode() uint32 { return uint32(d.n[1]) }
func (d statData) isDir() bool  { return d.mode()&unix.S_IFMT == unix.S_IFDIR }
func (d statData) isReg() bool  { return d.mode()&unix.S_IFMT == unix.S_IFREG }

// statArray is a Float64Array (or BigInt64Array) of the 18 stat fields over
// Go-owned memory, as Node's binding fills one: counts, then (seconds,
// nanoseconds) pairs.
type statArray struct {
	obj  *goja.Object
	data []byte
}

func newStatArray(vm *goja.Runtime, bigint bool) statArray {
	data := make([]byte, 18*8)
	ctor := "Float64Array"
	if bigint {
		ctor = "BigInt64Array"
	}
	obj, err := vm.New(vm.Get(ctor), vm.ToValue(vm.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return statArray{obj, data}
}

func (a statArray) fill(d statData, bigint bool) goja.Value {
	put := func(i int, u uint64, signed int64, isSigned bool) {
		var bits uint64
		switch {
		case bigint && isSigned:
			bits = uint64(signed)
		case bigint:
			bits = u
		case isSigned:
			bits = math.Float64bits(float64(signed))
		default:
			bits = math.Float64bits(float64(u))
		}
		binary.NativeEndian.PutUint64(a.data[i*8:], bits)
	}
	for i, v := range d.n {
		put(i, v, 0, false)
	}
	for i, v := range d.t {
		put(10+i, 0, v, true)
	}
	return a.obj
}

// statsValue gives stats to JS: in the binding's shared array for a sync
// call (read at once, as Node's statValues are), in a new one otherwise.
func (b *binding) statsValue(d statData, bigint, shared bool) goja.Value {
	if !shared {
		return newStatArray(b.vm, bigint).fill(d, bigint)
	}
	a := &b.statF64
	if bigint {
		a = &b.statBig
	}
	if a.obj == nil {
		*a = newStatArray(b.vm, bigint)
	}
	return a.fill(d, bigint)
}

func count(n uint64, bigint bool) any {
	if bigint {
		return new(big.Int).SetUint64(n)
	}
	return float64(n)
}
