package child_process

import (
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/cluster/ipc"
	gort "github.com/gocluster/gocluster/runtime"
)

// exitGrace bounds how long a child's 'exit' waits for the ends of its IPC
// channel and of the stdio pipes being read, when those ends are already
// closed. The kernel closes a dying process's descriptors before it becomes
// a zombie, so Node (whose loop handles ready events in the order they
// became ready) delivers the pipes' data and ends before 'exit'. A pipe some
// grandchild still holds is not waited for: there 'exit' comes first, as in
// Node.
const exitGrace = 250 * time.Millisecond

// processHandle is a spawned child: kill, ref/unref, and onexit(exitCode,
// signalCode) once it is reaped.
type processHandle struct {
	rt     *gort.Runtime
	obj    *goja.Object
	pid    int
	pidfd  int
	alive  keepAlive
	exited bool
	pipes  []*stdioPipe // the readers (stdout, stderr, extra pipes)
	chans  []*channelHandle
}

// spawn starts a child as Node's Process.spawn does, and returns
// {err, pid, process, stdio}: err is 0 or a negative errno; stdio[i] is the
// Pipe handle (pipe_wrap's) or IPC channel handle of slot i. Stdio pipes
// exist even when the exec failed, as in Node, and then simply end.
func spawn(rt *gort.Runtime, opts *goja.Object) *goja.Object {
	vm := rt.VM
	so := readSpawnOptions(vm, opts, nil)
	res := vm.NewObject()
	cf, err := openChildFiles(so.stdio)
	if err != nil {
		_ = res.Set("err", errno(err))
		return res
	}
	pid, pidfd, serr := startChild(so, cf.files)
	cf.release()

	p := &processHandle{rt: rt, obj: vm.NewObject(), pid: pid, pidfd: pidfd, alive: newKeepAlive(rt.Loop)}
	stdio := make([]any, len(so.stdio))
	for i, fd := range cf.parents {
		if fd < 0 {
			continue
		}
		if so.stdio[i].kind == "ipc" {
			ch, err := ipc.Open(fd)
			if err != nil {
				_ = unix.Close(fd)
				continue
			}
			o, h := newChannelObject(rt, ch)
			p.chans = append(p.chans, h)
			stdio[i] = o
			continue
		}
		o, h, err := newStdioPipe(rt, fd)
		if err != nil {
			continue // fd is closed
		}
		if i > 0 {
			p.pipes = append(p.pipes, h)
		}
		stdio[i] = o
	}
	_ = res.Set("stdio", stdio)
	_ = res.Set("process", p.obj)
	p.install()
	if serr != nil {
		_ = res.Set("err", errno(serr))
		return res
	}
	_ = res.Set("err", 0)
	_ = res.Set("pid", pid)
	p.alive.setActive(true)
	go p.wait()
	return res
}

func (p *processHandle) install() {
	o := p.obj
	trackHandle(p.rt, o, "ProcessWrap", &p.alive, func() bool { return !p.exited })
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("kill", p.kill)
	set("ref", func() { p.alive.setRef(true) })
	set("unref", func() { p.alive.setRef(false) })
	set("hasRef", func() bool { return p.alive.refed })
	set("close", func() {})
}

// kill signals the child; 0 or a negative errno (ESRCH once it is gone).
func (p *processHandle) kill(sig int) int {
	if p.exited || p.pid <= 0 {
		return -int(unix.ESRCH)
	}
	if p.pidfd < 0 {
		return errno(unix.Kill(p.pid, unix.Signal(sig)))
	}
	// A pidfd cannot hit a recycled pid. Until 'exit' is delivered the
	// child counts as a zombie, which Node can still signal: a child that
	// died but whose exit is on its way is not an error.
	if err := unix.PidfdSendSignal(p.pidfd, unix.Signal(sig), nil, 0); err != nil && err != unix.ESRCH {
		return errno(err)
	}
	return 0
}

func (p *processHandle) wait() {
	code, sig := waitExit(p.pid)
	expired := make(chan struct{})
	t := time.AfterFunc(exitGrace, func() { close(expired) })
	defer t.Stop()
	for _, c := range p.chans {
		if c.started.Load() && c.ch.PeerClosed() {
			select {
			case <-c.eof:
			case <-expired:
			}
		}
	}
	post(p.rt.Loop, func() { p.exitAfterPipes(code, sig) })
}

// exitAfterPipes delivers the exit once the stdio pipes being read have
// delivered the ends already waiting in them, or after exitGrace (counted
// from here: a loop busy for a while has not failed to read). On the loop.
func (p *processHandle) exitAfterPipes(code int, sig string) {
	waiting := 0
	done := false
	var timer *time.Timer
	finish := func() {
		if !done {
			done = true
			if timer != nil {
				timer.Stop()
			}
			p.exit(code, sig)
		}
	}
	readable := false
	for _, h := range p.pipes {
		if !h.endPending() {
			readable = readable || h.dataPending()
			continue
		}
		waiting++
		// Posted: what JS started on the end (a socket's shutdown when the
		// peer ended) completes first, as with libuv.
		h.onEnd = func() {
			waiting--
			if waiting == 0 {
				post(p.rt.Loop, finish)
			}
		}
	}
	if waiting == 0 {
		if readable {
			// Output the child wrote before it exited (a grandchild keeps
			// the pipe open) is read first: the loop polls before a
			// posted job runs again.
			post(p.rt.Loop, finish)
			return
		}
		finish()
		return
	}
	timer = time.AfterFunc(exitGrace, func() {
		post(p.rt.Loop, func() {
			for _, h := range p.pipes {
				h.onEnd = nil
			}
			finish()
		})
	})
}

// exit is the reaped child's onexit(exitCode, signalCode).
func (p *processHandle) exit(code int, sig string) {
	p.exited = true
	p.alive.setActive(false)
	if p.pidfd >= 0 {
		_ = unix.Close(p.pidfd)
		p.pidfd = -1
	}
	fn := p.obj.Get("onexit")
	if fn == nil || goja.IsUndefined(fn) {
		return
	}
	var signal goja.Value = goja.Null()
	if sig != "" {
		signal = p.rt.VM.ToValue(sig)
	}
	p.rt.MakeCallback(fn, p.obj, p.rt.VM.ToValue(code), signal)
}
