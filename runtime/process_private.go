package runtime

import (
	"errors"
	"math"
	"os"
	"os/user"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// installProcessPrivate adds to the native object the helpers process.js
// builds the process object's methods on. They are not members of process
// itself, whose own keys are node's.
func (rt *Runtime) installProcessPrivate(n *goja.Object) {
	vm := rt.VM
	set := func(name string, v any) { _ = n.Set(name, v) }

	set("hrtimeNanos", func() int64 { return time.Since(hrBase).Nanoseconds() + hrOffset })
	set("rawMemoryUsage", func() map[string]int64 {
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return map[string]int64{
			"rss":          residentBytes(),
			"heapTotal":    int64(ms.HeapSys),
			"heapUsed":     int64(ms.HeapAlloc),
			"external":     int64(ms.StackInuse),
			"arrayBuffers": 0,
		}
	})
	set("rss", residentBytes)
	set("rusage", rusage)
	// emitExit is process.exit's 'exit' event (none when the process is
	// exiting already); a listener's exception is thrown on to process.exit's
	// caller, as in node. reallyExit then ends the process.
	set("emitExit", func(code int) {
		if rt.exiting {
			return
		}
		if err := rt.emitExit(code); err != nil {
			var ex *goja.Exception
			if !errors.As(err, &ex) {
				ex = rt.asException(err)
			}
			panic(ex)
		}
	})
	set("reallyExit", func(code int) { rt.hardExit(code) })
	set("strerror", func(errno int) string {
		msg := syscall.Errno(errno).Error()
		return strings.ToUpper(msg[:1]) + msg[1:]
	})
	set("ids", func() []int {
		return []int{os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid()}
	})
	set("groups", func() []int { g, _ := os.Getgroups(); return g })
	set("constrainedMemory", constrainedMemory)
	set("availableMemory", func() float64 {
		free := float64(memInfo("MemAvailable"))
		limit := constrainedMemory()
		if limit == 0 || limit >= math.MaxUint64 {
			return free
		}
		return math.Max(0, math.Min(free, limit-float64(cgroupMemoryUsage())))
	})
	// rawDebug writes straight to fd 2, past any stream or console.
	set("rawDebug", func(s string) { writeStdio(os.Stderr, []byte(s+"\n")) })
	// setTitle names the thread group as ps and top show it (15 bytes).
	set("setTitle", func(title string) {
		if len(title) > 15 {
			title = title[:15]
		}
		if b, err := unix.BytePtrFromString(title); err == nil {
			_ = unix.Prctl(unix.PR_SET_NAME, uintptr(unsafe.Pointer(b)), 0, 0, 0)
		}
	})

	// process.env lives in the OS environment, so children inherit it (a
	// worker thread's may be a copy of its own: worker.go).
	set("envGet", func(key string) goja.Value {
		if v, ok := rt.envLookup(key); ok {
			return vm.ToValue(v)
		}
		return goja.Undefined()
	})
	set("envHas", func(key string) bool { _, ok := rt.envLookup(key); return ok })
	set("envSet", func(key, value string) {
		if rt.envSet(key, value) && key == "TZ" {
			setLocalZone(value, true)
		}
	})
	set("envDelete", func(key string) {
		if rt.envDelete(key) && key == "TZ" {
			setLocalZone("", false)
		}
	})
	set("envKeys", rt.envKeys)

	// Credentials: ids are numbers here (process.js resolved names with
	// userID/groupID); the result is 0 or an errno.
	set("userID", func(name string) int { return lookupID(name, true) })
	set("groupID", func(name string) int { return lookupID(name, false) })
	set("setID", func(which string, id int) int {
		var err error
		switch which {
		case "setuid":
			err = syscall.Setuid(id)
		case "seteuid":
			err = syscall.Setreuid(-1, id)
		case "setgid":
			err = syscall.Setgid(id)
		case "setegid":
			err = syscall.Setregid(-1, id)
		}
		return errnoCode(err)
	})
	set("setgroups", func(gids []int) int { return errnoCode(syscall.Setgroups(gids)) })
	// initgroups sets the groups user belongs to in /etc/group, plus extra.
	set("initgroups", func(name string, extra int) int {
		u, err := user.Lookup(name)
		if err != nil {
			return -1
		}
		ids, _ := u.GroupIds()
		gids := []int{extra}
		for _, s := range ids {
			if g, err := strconv.Atoi(s); err == nil && g != extra {
				gids = append(gids, g)
			}
		}
		return errnoCode(syscall.Setgroups(gids))
	})
	set("userName", func(uid int) goja.Value {
		u, err := user.LookupId(strconv.Itoa(uid))
		if err != nil {
			return goja.Undefined()
		}
		return vm.ToValue(u.Username)
	})
}

// errnoCode is err's errno, 0 for no error.
func errnoCode(err error) int {
	if err == nil {
		return 0
	}
	return int(errnoOf(err))
}

func rusage() map[string]int64 {
	var ru unix.Rusage
	_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
	return map[string]int64{
		"userCPUTime":                tvMicros(ru.Utime),
		"systemCPUTime":              tvMicros(ru.Stime),
		"maxRSS":                     ru.Maxrss,
		"sharedMemorySize":           ru.Ixrss,
		"unsharedDataSize":           ru.Idrss,
		"unsharedStackSize":          ru.Isrss,
		"minorPageFault":             ru.Minflt,
		"majorPageFault":             ru.Majflt,
		"swappedOut":                 ru.Nswap,
		"fsRead":                     ru.Inblock,
		"fsWrite":                    ru.Oublock,
		"ipcSent":                    ru.Msgsnd,
		"ipcReceived":                ru.Msgrcv,
		"signalsCount":               ru.Nsignals,
		"voluntaryContextSwitches":   ru.Nvcsw,
		"involuntaryContextSwitches": ru.Nivcsw,
	}
}

// lookupID is the id of a user (or group) name, or -1 when there is none.
func lookupID(name string, isUser bool) int {
	var id string
	if isUser {
		u, err := user.Lookup(name)
		if err != nil {
			return -1
		}
		id = u.Uid
	} else {
		g, err := user.LookupGroup(name)
		if err != nil {
			return -1
		}
		id = g.Gid
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return -1
	}
	return n
}

// setLocalZone makes Date use TZ's zone from now on, as node's tzset does
// when process.env.TZ changes.
// Without TZ the zone is the system's (/etc/localtime); an unknown or empty
// one is UTC, as in glibc.
func setLocalZone(name string, set bool) {
	loc := time.UTC
	if set && name != "" {
		if l, err := time.LoadLocation(strings.TrimPrefix(name, ":")); err == nil {
			loc = l
		}
	} else if !set {
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if l, err := time.LoadLocationFromTZData("Local", data); err == nil {
				loc = l
			}
		}
	}
	time.Local = loc
}

// constrainedMemory is the cgroup's memory limit, as libuv reads it:
// UINT64_MAX when the cgroup sets none, 0 when there is no cgroup.
func constrainedMemory() float64 {
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := strings.TrimSpace(string(data))
		if s == "max" {
			return math.MaxUint64
		}
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0
		}
		if v == 0x7FFFFFFFFFFFF000 { // cgroup v1's "no limit"
			return math.MaxUint64
		}
		return float64(v)
	}
	return 0
}

func cgroupMemoryUsage() int64 {
	for _, f := range []string{"/sys/fs/cgroup/memory.current", "/sys/fs/cgroup/memory/memory.usage_in_bytes"} {
		if data, err := os.ReadFile(f); err == nil {
			v, _ := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
			return v
		}
	}
	return 0
}

// memInfo is a /proc/meminfo field, in bytes.
func memInfo(field string) int64 {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				v, _ := strconv.ParseInt(f[0], 10, 64)
				return v * 1024
			}
		}
	}
	return 0
}
