// Package tty is Node's tty module: isatty, and ReadStream/WriteStream as
// net.Sockets over a terminal (tty.js). The terminal's facts and modes
// (window size, raw mode, blocking writes) come from ioctls here.
package tty

import (
	_ "embed"
	"errors"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	gcnet "github.com/gocluster/gocluster/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "tty"

//go:embed tty.js
var source string

// Require fills module.exports with the tty module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

func isTTY(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

func errno(err error) int {
	var e syscall.Errno
	if errors.As(err, &e) {
		return -int(e)
	}
	return -int(unix.EIO)
}

// The modes terminals had before their first setRawMode(true), to go back
// to with setRawMode(false).
var (
	savedMu sync.Mutex
	saved   = map[int]*unix.Termios{}
)

// setRawMode switches fd between the terminal's original mode and the
// raw mode libuv sets: bytes as typed, no echo, no signals from keys.
func setRawMode(fd int, raw bool) int {
	savedMu.Lock()
	defer savedMu.Unlock()
	orig, ok := saved[fd]
	if !ok {
		t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
		if err != nil {
			return errno(err)
		}
		orig = t
		saved[fd] = t
	}
	mode := *orig
	if raw {
		mode.Iflag &^= unix.BRKINT | unix.ICRNL | unix.INPCK | unix.ISTRIP | unix.IXON
		mode.Oflag |= unix.ONLCR
		mode.Cflag |= unix.CS8
		mode.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG
		mode.Cc[unix.VMIN] = 1
		mode.Cc[unix.VTIME] = 0
	}
	if err := unix.IoctlSetTermios(fd, unix.TCSETSW, &mode); err != nil {
		return errno(err)
	}
	return 0
}

func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }
	set("isTTY", isTTY)
	set("guessHandleType", gcnet.GuessHandleType)
	// getWindowSize fills size with [columns, rows]; it returns 0 or an errno.
	set("getWindowSize", func(fd int, size *goja.Object) int {
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return errno(err)
		}
		_ = size.Set("0", int(ws.Col))
		_ = size.Set("1", int(ws.Row))
		return 0
	})
	set("setRawMode", setRawMode)
	set("setBlocking", func(fd int, blocking bool) int {
		if err := unix.SetNonblock(fd, !blocking); err != nil {
			return errno(err)
		}
		return 0
	})
	return b
}
