package runtime

import (
	_ "embed"
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

//go:embed js/process.js
var processSource string

//go:embed js/process_methods.js
var processMethodsSource string

// processMethodsProgram does the work of the process methods few programs
// call; process.js compiles it on the first call of one.
var processMethodsProgram = internalProgram("node:internal/process/methods",
	"process, native, internal, E", processMethodsSource)

var processStart = time.Now()

// installProcessNative adds the Go side of the process object.
func (rt *Runtime) installProcessNative(n *goja.Object) {
	vm := rt.VM
	set := func(name string, v any) { _ = n.Set(name, v) }

	set("makeProcess", func(ee *goja.Object) *goja.Object {
		p := vm.NewObject()
		_ = p.SetPrototype(ee.Get("prototype").ToObject(vm))
		ctor, _ := goja.AssertFunction(ee)
		if _, err := ctor(p); err != nil {
			panic(err)
		}
		rt.fillProcess(p)
		fn := rt.runInternal(processProgram)
		if _, err := fn(goja.Undefined(), p, n, rt.internal); err != nil {
			panic(err)
		}
		return p
	})
	set("processMethodsJS", func(call goja.FunctionCall) goja.Value {
		fn := rt.runInternal(processMethodsProgram)
		v, err := fn(goja.Undefined(), call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
	set("signalNames", func() []string {
		names := make([]string, 0, len(signalNumbers))
		for name := range signalNumbers {
			names = append(names, name)
		}
		return names
	})
	set("signalNumber", func(name string) int { return int(signalNumbers[name]) })
	set("watchSignal", rt.watchSignal)
	set("goclusterVersion", Version)
	set("errnoName", func(n int) string { return unix.ErrnoName(syscall.Errno(n)) })
	rt.installProcessPrivate(n)
	set("abort", func() {
		signal.Reset(syscall.SIGABRT)
		_ = syscall.Kill(os.Getpid(), syscall.SIGABRT)
	})
}

func (rt *Runtime) fillProcess(p *goja.Object) {
	vm := rt.VM
	set := func(name string, v any) { _ = p.Set(name, v) }
	// Members of gocluster's own (the global console's direct writes).
	hidden := func(name string, v any) {
		_ = p.DefineDataProperty(name, vm.ToValue(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	exe := rt.Opts.ExecPath
	argv := []string{exe}
	if rt.Opts.Script != "" {
		script := rt.Opts.Script
		if abs, err := filepath.Abs(script); err == nil {
			script = abs
		}
		argv = append(argv, script)
	} else if rt.IsWorker() {
		// A worker's eval code has a name in argv, as node's.
		argv = append(argv, rt.Opts.EvalName)
	}
	argv = append(argv, rt.Opts.Args...)

	set("version", NodeVersion)
	set("arch", archName())
	set("platform", goruntime.GOOS)
	// An object, not a Go map: its keys keep node's order.
	release := vm.NewObject()
	download := "https://nodejs.org/download/release/" + NodeVersion + "/node-" + NodeVersion
	_ = release.Set("name", "node")
	_ = release.Set("lts", "Iron")
	_ = release.Set("sourceUrl", download+".tar.gz")
	_ = release.Set("headersUrl", download+"-headers.tar.gz")
	set("release", release)
	set("argv", argv)
	set("execArgv", append([]string{}, rt.Opts.ExecArgv...))
	set("execPath", exe)
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("argv0", argv0())

	set("cwd", func() string {
		d, err := os.Getwd()
		if err != nil {
			panic(rt.SystemError(err, "uv_cwd", ""))
		}
		return d
	})
	set("chdir", func(dir goja.Value) {
		if dir == nil {
			dir = goja.Undefined() // called with no argument
		}
		if _, ok := dir.Export().(string); !ok {
			panic(rt.invalidArgType("directory", "string", dir))
		}
		if err := os.Chdir(dir.String()); err != nil {
			e := rt.SystemError(err, "chdir", "")
			cwd, _ := os.Getwd()
			_ = e.Set("message", e.Get("code").String()+": "+errnoOf(err).Error()+", chdir '"+cwd+"' -> '"+dir.String()+"'")
			_ = e.Set("path", cwd)
			_ = e.Set("dest", dir.String())
			panic(e)
		}
	})
	set("umask", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 || goja.IsUndefined(call.Argument(0)) {
			old := unix.Umask(0)
			unix.Umask(old)
			return vm.ToValue(old)
		}
		mask := call.Argument(0)
		var m int64
		if s, ok := mask.Export().(string); ok {
			if _, err := parseOctal(s, &m); err != nil {
				panic(rt.nodeError("TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '"+s+"'"))
			}
		} else {
			m = mask.ToInteger()
		}
		return vm.ToValue(unix.Umask(int(m)))
	})
	set("uptime", func() float64 { return time.Since(processStart).Seconds() })
	rt.fillActive(p)
	// _write(fd, chunk) writes to stdout (1) or stderr (2) at once, for the
	// global console while process.stdout/stderr do not exist. It returns
	// 0, or a negative errno when nothing could be written (the console
	// then writes through the stream, which reports the error as Node's).
	hidden("_write", func(fd int, chunk goja.Value) int {
		w := rt.Opts.Stdout
		if fd == 2 {
			w = rt.Opts.Stderr
		}
		b, ok := chunk.Export().([]byte)
		if !ok {
			b = []byte(chunk.String())
		}
		return writeStdio(w, b)
	})
	hidden("_isatty", func(fd int) bool {
		_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		return err == nil
	})
	set("_kill", func(pid int, sig int) int {
		var err error
		if w := rt.signalWatches[SignalName(sig)]; w != nil && pid == os.Getpid() {
			err = rt.killSelf(w, syscall.Signal(sig))
		} else {
			err = syscall.Kill(pid, syscall.Signal(sig))
		}
		if err != nil {
			return -int(errnoOf(err))
		}
		return 0
	})
}

var (
	hrBase = time.Now()
	// hrOffset makes hrtime an arbitrary point in the past, like Node's.
	hrOffset = int64(1e9) * 1000
)

// writeStdio writes all of b to w, the runtime's stdout or stderr. The
// process's own fds 1 and 2 are written with write(2) itself: os.File
// would raise SIGPIPE for a closed pipe, where Node's write gets EPIPE.
// Another handle on the same open file (process.stdin on a terminal or
// socket) may have made it non-blocking: EAGAIN then waits for room, as
// a blocking write would.
func writeStdio(w io.Writer, b []byte) int {
	fd := -1
	switch w {
	case io.Writer(os.Stdout):
		fd = 1
	case io.Writer(os.Stderr):
		fd = 2
	}
	if fd < 0 {
		_, _ = w.Write(b)
		return 0
	}
	written := 0
	for written < len(b) {
		n, err := unix.Write(fd, b[written:])
		if n > 0 {
			written += n
		}
		switch err {
		case nil, unix.EINTR:
		case unix.EAGAIN:
			pfd := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
			_, _ = unix.Poll(pfd, -1)
		default:
			if written == 0 {
				return -int(err.(syscall.Errno))
			}
			return 0
		}
	}
	return 0
}

func tvMicros(tv unix.Timeval) int64 { return tv.Sec*1e6 + tv.Usec }

func residentBytes() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0
	}
	var pages int64
	for _, c := range f[1] {
		pages = pages*10 + int64(c-'0')
	}
	return pages * int64(os.Getpagesize())
}

func archName() string {
	switch goruntime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return goruntime.GOARCH
}

func argv0() string {
	if len(os.Args) > 0 {
		return os.Args[0]
	}
	return "gocluster"
}

var errBadOctal = errors.New("not an octal string")

func parseOctal(s string, out *int64) (int, error) {
	var v int64
	if s == "" {
		return 0, errBadOctal
	}
	for _, c := range s {
		if c < '0' || c > '7' {
			return 0, errBadOctal
		}
		v = v*8 + int64(c-'0')
	}
	*out = v
	return len(s), nil
}

// signalWatch is an OS signal delivered to process listeners: ch receives
// it, and posted hears each time its emit was queued on the loop.
type signalWatch struct {
	ch     chan os.Signal
	posted chan struct{}
}

// watchSignal starts or stops delivering an OS signal to process listeners.
func (rt *Runtime) watchSignal(name string, on bool) {
	sig, ok := signalNumbers[name]
	if !ok {
		return
	}
	if rt.signalWatches == nil {
		rt.signalWatches = map[string]*signalWatch{}
	}
	if !on {
		if w := rt.signalWatches[name]; w != nil {
			signal.Stop(w.ch)
			signal.Reset(sig)
			close(w.ch)
			delete(rt.signalWatches, name)
		}
		return
	}
	if rt.signalWatches[name] != nil || rt.IsWorker() {
		// Node delivers no signal to a worker thread.
		return
	}
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP {
		// They cannot be caught: node's listener fails to start its
		// signal watcher, and the listener is not added.
		e, _ := rt.VM.New(rt.VM.Get("Error"), rt.VM.ToValue("uv_signal_start EINVAL"))
		SetUVProps(e, syscall.EINVAL, "uv_signal_start", "", "")
		panic(e)
	}
	w := &signalWatch{ch: make(chan os.Signal, 4), posted: make(chan struct{}, 1)}
	rt.signalWatches[name] = w
	signal.Notify(w.ch, sig)
	go func() {
		for range w.ch {
			rt.Loop.Post(func() {
				emit, _ := goja.AssertFunction(rt.internal.Get("emitSignal"))
				rt.call(emit, goja.Undefined(), rt.VM.ToValue(name))
			})
			select {
			case w.posted <- struct{}{}:
			default:
			}
		}
	}()
}

// killSelf sends the process a signal it watches and waits (a moment at
// most) until the delivery is queued on the loop: node has it before kill()
// returns, so it comes in kill order, before the next immediates, and
// before the loop could end; here it arrives through another goroutine.
// Signals of one kind may merge into one delivery, as in node.
func (rt *Runtime) killSelf(w *signalWatch, sig syscall.Signal) error {
	select {
	case <-w.posted:
	default:
	}
	if err := syscall.Kill(os.Getpid(), sig); err != nil {
		return err
	}
	select {
	case <-w.posted:
	case <-time.After(100 * time.Millisecond):
	}
	return nil
}
