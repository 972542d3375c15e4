// Package os is Node's os module: the facts come from Linux (/proc, uname,
// netlink, /etc/passwd) and os.js shapes them as Node does.
package os

import (
	_ "embed"
	"errors"
	"os"
	"syscall"

	"github.com/dop251/goja"
	gort "github.com/gocluster/gocluster/runtime"
	"golang.org/x/sys/unix"
)

// ModuleName is the name require() knows this module by.
const ModuleName = "os"

//go:embed os.js
var source string

func init() { gort.RegisterCoreJS(ModuleName, source) }

// Require fills module.exports with the os module.
func Require(rt *gort.Runtime, module *goja.Object) {
	rt.RunCoreJS(ModuleName, source, module, binding(rt))
}

// fail records a failed call in ctx (as Node's bindings do) for os.js to
// turn into an ERR_SYSTEM_ERROR, and returns undefined.
func fail(vm *goja.Runtime, ctx goja.Value, syscallName string, err error) goja.Value {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		errno = unix.EIO
		if errors.Is(err, os.ErrNotExist) {
			errno = unix.ENOENT
		}
	}
	if o, ok := ctx.(*goja.Object); ok {
		_ = o.Set("errno", -int(errno))
		_ = o.Set("code", unix.ErrnoName(errno))
		_ = o.Set("message", errno.Error())
		_ = o.Set("syscall", syscallName)
	}
	return goja.Undefined()
}

func binding(rt *gort.Runtime) *goja.Object {
	vm := rt.VM
	b := vm.NewObject()
	set := func(name string, v any) { _ = b.Set(name, v) }

	set("getCPUs", func() []any {
		var out []any
		for _, c := range readCPUs() {
			out = append(out, c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
		}
		return out
	})
	set("getOSInformation", func(ctx goja.Value) goja.Value {
		sysname, version, release, machine, err := uname()
		if err != nil {
			return fail(vm, ctx, "uv_os_uname", err)
		}
		return vm.ToValue([]string{sysname, version, release, machine})
	})
	set("getHostname", func(ctx goja.Value) goja.Value {
		h, err := hostname()
		if err != nil {
			return fail(vm, ctx, "uv_os_gethostname", err)
		}
		return vm.ToValue(h)
	})
	set("getHomeDirectory", func(ctx goja.Value) goja.Value {
		h, err := homedir()
		if err != nil {
			return fail(vm, ctx, "uv_os_homedir", err)
		}
		return vm.ToValue(h)
	})
	set("getUptime", func(ctx goja.Value) goja.Value {
		u, err := uptime()
		if err != nil {
			return fail(vm, ctx, "uv_uptime", err)
		}
		return vm.ToValue(u)
	})
	set("getTotalMem", totalmem)
	set("getFreeMem", freemem)
	set("getLoadAvg", func() []float64 { a := loadavg(); return a[:] })
	set("getAvailableParallelism", availableParallelism)
	set("getUserInfo", func(ctx goja.Value) goja.Value {
		pw, err := lookupPasswd(os.Geteuid())
		if err != nil {
			return fail(vm, ctx, "uv_os_get_passwd", err)
		}
		return vm.ToValue([]any{pw.uid, pw.gid, pw.username, pw.homedir, pw.shell})
	})
	set("getInterfaceAddresses", func(ctx goja.Value) goja.Value {
		addrs, err := interfaceAddresses()
		if err != nil {
			return fail(vm, ctx, "uv_interface_addresses", err)
		}
		out := make([]any, 0, 7*len(addrs))
		for _, a := range addrs {
			out = append(out, a.name, a.address, a.netmask, a.family, a.mac, a.internal, a.scopeid)
		}
		return vm.ToValue(out)
	})
	set("getPriority", func(pid int, ctx goja.Value) goja.Value {
		p, err := getPriority(pid)
		if err != nil {
			return fail(vm, ctx, "uv_os_getpriority", err)
		}
		return vm.ToValue(p)
	})
	set("setPriority", func(pid, prio int, ctx goja.Value) goja.Value {
		if err := setPriority(pid, prio); err != nil {
			return fail(vm, ctx, "uv_os_setpriority", err)
		}
		return vm.ToValue(0)
	})

	// Node's constants: null-prototype objects with read-only entries,
	// made here at once rather than copied property by property in JS.
	consts := func(list []constant) *goja.Object {
		o := vm.NewObject()
		_ = o.SetPrototype(nil)
		for _, c := range list {
			_ = o.DefineDataProperty(c.name, vm.ToValue(c.value), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
		return o
	}
	c := vm.NewObject()
	_ = c.Set("signals", consts(signalConstants))
	_ = c.Set("errno", consts(errnoConstants))
	_ = c.Set("priority", consts(priorityConstants))
	_ = c.Set("dlopen", consts(dlopenConstants))
	set("constants", c)
	return b
}
