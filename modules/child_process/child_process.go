// Package child_process is require('child_process') — fork, spawn, exec,
// execFile and their Sync forms — and the child side of the IPC channel
// (process.send, process.channel, 'message', 'internalMessage',
// 'disconnect'), on the socketpair channel of package cluster/ipc.
//
// The JS follows Node's public behaviour: messages are JSON.stringify'd and
// JSON.parse'd in JS, so the bytes on the wire and the values received are
// Node's; Go frames lines, passes descriptors, spawns and reaps children.
package child_process

import (
	_ "embed"
	"os"
	"strconv"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/cluster/ipc"
	gort "github.com/gocluster/gocluster/runtime"
)

// Module names: the public module and the core-only parts it is made of.
const (
	ModuleName              = "child_process"
	InternalModuleName      = "internal/child_process"
	ChannelModuleName       = "internal/child_process/channel"
	SerializationModuleName = "internal/child_process/serialization"
	StdioModuleName         = "internal/child_process/stdio"
	SocketListModuleName    = "internal/socket_list"
)

var (
	//go:embed child_process.js
	publicJS string
	//go:embed internal.js
	internalJS string
	//go:embed channel.js
	channelJS string
	//go:embed serialization.js
	serializationJS string
	//go:embed stdio.js
	stdioJS string
	//go:embed socket_list.js
	socketListJS string
)

// PrecompileFork starts compiling, on other goroutines, the JS the first
// fork() loads, so that it is ready by the time a cluster primary forks:
// cluster calls it when its primary side loads (Node's loads child_process
// right then).
func PrecompileFork() {
	gort.PrecompileCoreJS(ModuleName, publicJS)
	gort.PrecompileCoreJS(InternalModuleName, internalJS)
	gort.PrecompileCoreJS(ChannelModuleName, channelJS)
	gort.PrecompileCoreJS(SerializationModuleName, serializationJS)
}

// PrecompileChild starts compiling, on other goroutines, what Startup loads
// in a process that has a channel, so that it is ready by the time the
// runtime has bootstrapped. Call it early, before the runtime is made.
func PrecompileChild() {
	if os.Getenv("NODE_CHANNEL_FD") == "" {
		return
	}
	gort.PrecompileCoreJS(ChannelModuleName, channelJS)
	gort.PrecompileCoreJS(SerializationModuleName, serializationJS)
}

// Require fills module.exports for require('child_process').
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, publicJS, module, nil)
}

// RequireInternal fills internal/child_process: ChildProcess, stdio
// validation and the spawn bindings.
func RequireInternal(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	_ = b.Set("spawn", func(opts *goja.Object) *goja.Object { return spawn(rt, opts) })
	_ = b.Set("spawnSync", func(opts *goja.Object) *goja.Object { return spawnSync(rt, opts) })
	rt.RunCoreJS(InternalModuleName, internalJS, module, b)
}

// RequireChannel fills internal/child_process/channel: setupChannel and the
// handle conversions.
func RequireChannel(rt *gort.Runtime, module *goja.Object) {
	b := rt.VM.NewObject()
	_ = b.Set("openChannel", func(fd int) goja.Value {
		ch, err := ipc.Open(fd)
		if err != nil {
			panic(rt.SystemError(err, "uv_pipe_open", ""))
		}
		o, _ := newChannelObject(rt, ch)
		return o
	})
	_ = b.Set("closeFd", func(fd int) { _ = unix.Close(fd) })
	_ = b.Set("dupFd", func(fd int) int {
		n, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return errno(err)
		}
		return n
	})
	_ = b.Set("socketKind", socketKind)
	rt.RunCoreJS(ChannelModuleName, channelJS, module, b)
}

// RequireSerialization fills internal/child_process/serialization.
func RequireSerialization(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(SerializationModuleName, serializationJS, module, nil)
}

// RequireStdio fills internal/child_process/stdio: createSocket, the
// net.Socket over a child's stdio pipe.
func RequireStdio(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(StdioModuleName, stdioJS, module, nil)
}

// RequireSocketList fills internal/socket_list: the bookkeeping of server
// connections sent to another process.
func RequireSocketList(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(SocketListModuleName, socketListJS, module, nil)
}

// socketKind tells what a received descriptor is, so it can be wrapped in
// the right handle: "tcp-server", "tcp", "udp", "pipe-server", "pipe", or
// "other".
func socketKind(fd int) string {
	domain, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
	if err != nil {
		return "other"
	}
	typ, _ := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
	listening, _ := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ACCEPTCONN)
	base := ""
	switch {
	case typ == unix.SOCK_DGRAM && (domain == unix.AF_INET || domain == unix.AF_INET6):
		return "udp"
	case typ != unix.SOCK_STREAM:
		return "other"
	case domain == unix.AF_INET || domain == unix.AF_INET6:
		base = "tcp"
	case domain == unix.AF_UNIX:
		base = "pipe"
	default:
		return "other"
	}
	if listening != 0 {
		return base + "-server"
	}
	return base
}

// Startup opens the IPC channel of a process started with NODE_CHANNEL_FD,
// before any user code, and takes the two variables out of process.env so
// the process's own children do not inherit them (as Node does).
func Startup(rt *gort.Runtime) {
	v := os.Getenv("NODE_CHANNEL_FD")
	if v == "" || rt.IsWorker() {
		return
	}
	mode := os.Getenv("NODE_CHANNEL_SERIALIZATION_MODE")
	_ = os.Unsetenv("NODE_CHANNEL_FD")
	_ = os.Unsetenv("NODE_CHANNEL_SERIALIZATION_MODE")
	if mode == "" {
		mode = "json"
	}
	fd, err := strconv.Atoi(v)
	if err != nil {
		fd = -1
	}
	// The channel module alone: child_process itself (spawn, stdio, the
	// streams) would double a worker's start-up, and user code that wants
	// it loads it.
	exports, err := rt.Require(ChannelModuleName)
	if err != nil {
		panic(err)
	}
	o := exports.ToObject(rt.VM)
	rt.MakeCallback(o.Get("forkChild"), o, rt.VM.ToValue(fd), rt.VM.ToValue(mode))
}
