package child_process

import (
	"os"
	"sync"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/modules/buffer"
	gort "github.com/gocluster/gocluster/runtime"
)

// spawnSync runs a child to completion, blocking the loop as Node's
// spawnSync does. It returns {pid, status, signal, output, error}: output[i]
// is a Buffer for every piped slot but stdin, error a negative errno
// (ENOENT, ETIMEDOUT, ENOBUFS) or absent.
func spawnSync(rt *gort.Runtime, opts *goja.Object) *goja.Object {
	vm := rt.VM
	so := readSpawnOptions(vm, opts, func(v goja.Value) []byte {
		if b, ok := buffer.Bytes(vm, v); ok {
			return append([]byte(nil), b...)
		}
		return nil
	})
	timeout := time.Duration(prop(opts, "timeout").ToInteger()) * time.Millisecond
	killSig := unix.Signal(prop(opts, "killSignal").ToInteger())
	if killSig == 0 {
		killSig = unix.SIGTERM
	}
	maxBuffer := -1.0
	if v := prop(opts, "maxBuffer"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		maxBuffer = v.ToFloat()
	}

	res := vm.NewObject()
	fail := func(err error) *goja.Object {
		_ = res.Set("error", errno(err))
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", goja.Null())
		_ = res.Set("output", goja.Null())
		_ = res.Set("pid", 0)
		return res
	}
	cf, err := openChildFiles(so.stdio)
	if err != nil {
		return fail(err)
	}
	pid, pidfd, err := startChild(so, cf.files)
	cf.release()
	if err != nil {
		cf.abort()
		return fail(err)
	}
	if pidfd >= 0 {
		defer unix.Close(pidfd)
	}

	var (
		mu      sync.Mutex
		total   float64
		outputs = make([][]byte, len(so.stdio))
		readers []*os.File
		wg      sync.WaitGroup
		overrun = make(chan struct{})
		once    sync.Once
	)
	for i, fd := range cf.parents {
		if fd < 0 {
			continue
		}
		// Non-blocking, so that Go's poller waits for it and Close ends a
		// read that waits.
		_ = unix.SetNonblock(fd, true)
		f := os.NewFile(uintptr(fd), "pipe")
		if i == 0 {
			// stdin: feed the input, then end it.
			input := so.stdio[i].input
			go func() {
				if len(input) > 0 {
					_, _ = f.Write(input)
				}
				f.Close()
			}()
			continue
		}
		outputs[i] = []byte{}
		readers = append(readers, f)
		wg.Add(1)
		go func(i int, f *os.File) {
			defer wg.Done()
			defer f.Close()
			buf := make([]byte, 64*1024)
			for {
				n, err := f.Read(buf)
				if n > 0 {
					mu.Lock()
					outputs[i] = append(outputs[i], buf[:n]...)
					total += float64(n)
					over := maxBuffer >= 0 && total > maxBuffer
					mu.Unlock()
					if over {
						once.Do(func() { close(overrun) })
						return
					}
				}
				if err != nil {
					return
				}
			}
		}(i, f)
	}

	exited := make(chan struct{})
	var code int
	var sig string
	go func() {
		code, sig = waitExit(pid)
		close(exited)
	}()
	var timer <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	var failure error
	select {
	case <-exited:
	case <-timer:
		failure = unix.ETIMEDOUT
	case <-overrun:
		failure = unix.ENOBUFS
	}
	if failure != nil {
		// As node: the killed child's pipes are closed, not read to their
		// end, which a grandchild holding them (sh -c) could put off.
		_ = unix.Kill(pid, killSig)
		<-exited
		mu.Lock()
		for _, f := range readers {
			_ = f.Close()
		}
		mu.Unlock()
	}
	wg.Wait()
	if failure == nil {
		select {
		case <-overrun:
			// Past maxBuffer, even when the child had exited by then.
			failure = unix.ENOBUFS
		default:
		}
	}

	output := make([]any, len(so.stdio))
	for i, b := range outputs {
		if b != nil {
			output[i] = buffer.New(rt, b)
		}
	}
	// Keys in Node's order: error, status, signal, output, pid.
	if failure != nil {
		_ = res.Set("error", errno(failure))
	}
	if sig != "" {
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", sig)
	} else {
		_ = res.Set("status", code)
		_ = res.Set("signal", goja.Null())
	}
	_ = res.Set("output", output)
	_ = res.Set("pid", pid)
	return res
}
