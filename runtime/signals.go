package runtime

import (
	"syscall"

	"github.com/dop251/goja"
)

// SignalNumbers are the signals Linux knows, by Node's names.
var signalNumbers = map[string]syscall.Signal{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
	"SIGIOT": 6, "SIGBUS": 7, "SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11,
	"SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15, "SIGCHLD": 17,
	"SIGSTKFLT": 16, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20, "SIGTTIN": 21,
	"SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26,
	"SIGPROF": 27, "SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29, "SIGPWR": 30,
	"SIGSYS": 31,
}

// SignalNumber is the number of a signal named as Node names it, or 0.
func SignalNumber(name string) int { return int(signalNumbers[name]) }

// SignalName is Node's name for a signal number ("SIGTERM"), or "".
func SignalName(n int) string {
	switch n {
	case 6:
		return "SIGABRT"
	case 29:
		return "SIGIO"
	}
	for name, num := range signalNumbers {
		if int(num) == n {
			return name
		}
	}
	return ""
}

// nodeError makes a Node-style error with a code (see bootstrap.js).
func (rt *Runtime) nodeError(base, code, msg string) *goja.Object {
	fn, _ := goja.AssertFunction(rt.internal.Get("nodeError"))
	v, err := fn(goja.Undefined(), rt.VM.Get(base), rt.VM.ToValue(code), rt.VM.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return v.ToObject(rt.VM)
}

// NodeError is nodeError for core modules: base is "Error", "TypeError" or
// "RangeError".
func (rt *Runtime) NodeError(base, code, msg string) *goja.Object {
	return rt.nodeError(base, code, msg)
}

func (rt *Runtime) invalidArgType(name, typ string, v goja.Value) *goja.Object {
	fn, _ := goja.AssertFunction(rt.internal.Get("invalidArgType"))
	e, err := fn(goja.Undefined(), rt.VM.ToValue(name), rt.VM.ToValue(typ), v)
	if err != nil {
		panic(err)
	}
	return e.ToObject(rt.VM)
}

// InvalidArgType is Node's ERR_INVALID_ARG_TYPE error for core modules.
func (rt *Runtime) InvalidArgType(name, typ string, v goja.Value) *goja.Object {
	return rt.invalidArgType(name, typ, v)
}
