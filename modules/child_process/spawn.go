package child_process

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// spawnOptions is what the JS side hands to spawn (after Node's
// normalizeSpawnArguments and stdio validation).
type spawnOptions struct {
	file     string
	args     []string
	env      []string
	cwd      string
	detached bool
	uid, gid *int
	stdio    []stdioSpec
}

// stdioSpec is one slot of the child's descriptor table.
type stdioSpec struct {
	kind string // pipe, ipc, ignore, inherit, fd
	fd   int    // inherit and fd: the parent's descriptor
	// spawnSync only: bytes to feed a pipe.
	input []byte
}

func readSpawnOptions(vm *goja.Runtime, o *goja.Object, inputs func(goja.Value) []byte) spawnOptions {
	var so spawnOptions
	so.file = prop(o, "file").String()
	_ = vm.ExportTo(prop(o, "args"), &so.args)
	if v := prop(o, "envPairs"); !goja.IsUndefined(v) && !goja.IsNull(v) {
		_ = vm.ExportTo(v, &so.env)
	}
	if v := prop(o, "cwd"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		so.cwd = v.String()
	}
	so.detached = prop(o, "detached").ToBoolean()
	for _, name := range []string{"uid", "gid"} {
		if v := o.Get(name); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			n := int(v.ToInteger())
			if name == "uid" {
				so.uid = &n
			} else {
				so.gid = &n
			}
		}
	}
	if st, ok := prop(o, "stdio").(*goja.Object); ok {
		for _, k := range st.Keys() {
			e, ok := st.Get(k).(*goja.Object)
			if !ok {
				so.stdio = append(so.stdio, stdioSpec{kind: "ignore"})
				continue
			}
			spec := stdioSpec{kind: prop(e, "type").String(), fd: -1}
			if prop(e, "ipc").ToBoolean() {
				spec.kind = "ipc"
			}
			if v := prop(e, "fd"); v != nil && !goja.IsUndefined(v) {
				spec.fd = int(v.ToInteger())
			}
			if inputs != nil {
				spec.input = inputs(prop(e, "input"))
			}
			so.stdio = append(so.stdio, spec)
		}
	}
	return so
}

// prop is o[name], undefined when absent (goja gives nil).
func prop(o *goja.Object, name string) goja.Value {
	if v := o.Get(name); v != nil {
		return v
	}
	return goja.Undefined()
}

// lookPath finds file as execvp does, in the PATH of the child's
// environment (libuv searches that one), relative entries against cwd.
func lookPath(file string, env []string, cwd string) (string, error) {
	if strings.Contains(file, "/") {
		return file, nil
	}
	path, found := "", false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path, found = kv[5:], true
		}
	}
	if !found {
		path = os.Getenv("PATH")
		if path == "" {
			path = "/usr/local/bin:/usr/bin:/bin"
		}
	}
	var denied bool
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		cand := filepath.Join(dir, file)
		check := cand
		if !filepath.IsAbs(check) && cwd != "" {
			check = filepath.Join(cwd, check)
		}
		st, err := os.Stat(check)
		if err != nil || st.IsDir() {
			continue
		}
		if unix.Access(check, unix.X_OK) != nil {
			denied = true
			continue
		}
		if !filepath.IsAbs(cand) && !strings.HasPrefix(cand, ".") {
			cand = "./" + cand
		}
		return cand, nil
	}
	if denied {
		return "", syscall.EACCES
	}
	return "", syscall.ENOENT
}

// childFiles opens what each stdio slot needs: pipes get a socketpair (the
// parent keeps parents[i]), "ignore" gets /dev/null for 0-2, and the rest
// name the parent's descriptors. closeAfter lists what to close once the
// child has its copies.
type childFiles struct {
	files      []uintptr
	parents    []int // parent's end of pipe i, or -1
	closeAfter []int
}

func openChildFiles(stdio []stdioSpec) (*childFiles, error) {
	cf := &childFiles{files: make([]uintptr, len(stdio)), parents: make([]int, len(stdio))}
	for i, s := range stdio {
		cf.parents[i] = -1
		switch s.kind {
		case "pipe", "overlapped", "ipc":
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				cf.abort()
				return nil, err
			}
			cf.parents[i] = fds[0]
			cf.files[i] = uintptr(fds[1])
			cf.closeAfter = append(cf.closeAfter, fds[1])
		case "inherit", "fd":
			cf.files[i] = uintptr(s.fd)
			if i <= 2 {
				// A program's stdio is blocking, as libuv makes it in the
				// child: a socket or pipe of ours (another child's stdout)
				// would otherwise give it EAGAIN. The open file is shared,
				// so the parent's end turns blocking too, as under libuv.
				_ = unix.SetNonblock(s.fd, false)
			}
		default: // ignore
			if i > 2 {
				cf.files[i] = ^uintptr(0) // closed in the child
				continue
			}
			fd, err := unix.Open("/dev/null", unix.O_RDWR|unix.O_CLOEXEC, 0)
			if err != nil {
				cf.abort()
				return nil, err
			}
			cf.files[i] = uintptr(fd)
			cf.closeAfter = append(cf.closeAfter, fd)
		}
	}
	return cf, nil
}

// release closes the child's copies kept in the parent.
func (cf *childFiles) release() {
	for _, fd := range cf.closeAfter {
		_ = unix.Close(fd)
	}
	cf.closeAfter = nil
}

// abort closes everything, parents' ends included.
func (cf *childFiles) abort() {
	cf.release()
	for i, fd := range cf.parents {
		if fd >= 0 {
			_ = unix.Close(fd)
			cf.parents[i] = -1
		}
	}
}

// startChild forks and execs; it returns the pid and a pidfd (-1 when the
// kernel has none), or the errno of the failed exec.
func startChild(so spawnOptions, files []uintptr) (pid, pidfd int, err error) {
	path, err := lookPath(so.file, so.env, so.cwd)
	if err != nil {
		return 0, -1, err
	}
	pidfd = -1
	sys := &syscall.SysProcAttr{Setsid: so.detached, PidFD: &pidfd}
	if so.uid != nil || so.gid != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		if so.uid != nil {
			cred.Uid = uint32(*so.uid)
		}
		if so.gid != nil {
			cred.Gid = uint32(*so.gid)
		}
		sys.Credential = cred
	}
	env := so.env
	if env == nil {
		env = []string{}
	}
	pid, err = syscall.ForkExec(path, so.args, &syscall.ProcAttr{Dir: so.cwd, Env: env, Files: files, Sys: sys})
	if err != nil {
		return 0, -1, err
	}
	return pid, pidfd, nil
}

// waitExit reaps pid and returns Node's (exitCode, signalCode).
func waitExit(pid int) (int, string) {
	var ws unix.WaitStatus
	for {
		_, err := unix.Wait4(pid, &ws, 0, nil)
		if err != unix.EINTR {
			break
		}
	}
	if ws.Signaled() {
		return 0, gort.SignalName(int(ws.Signal()))
	}
	return ws.ExitStatus(), ""
}
