package runtime

import (
	"errors"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// A runtime may be a worker thread (worker_threads.Worker): another
// runtime on its own goroutine in the same process. What it must not share
// with the main one is kept apart here: its environment (a copy, unless
// the Worker shares the process's), OS signals (node delivers none to
// workers), and its fatal errors, which go to the parent as 'error'.

// WorkerOptions make a runtime a worker thread.
type WorkerOptions struct {
	ThreadID int
	// Env is the worker's own environment; nil shares the process's.
	Env map[string]string
	// OnFatal takes an uncaught exception in place of the report on
	// stderr (the parent emits it as 'error'); it runs on the worker's
	// loop before the worker ends with code 1.
	OnFatal func(rt *Runtime, err goja.Value)
	// Data is what the binding of worker_threads needs (its link to the
	// parent), opaque to the runtime.
	Data any
}

// IsWorker reports whether the runtime is a worker thread.
func (rt *Runtime) IsWorker() bool { return rt.Opts.Worker != nil }

// errTerminated interrupts a worker's JS when its parent terminates it.
var errTerminated = errors.New("worker terminated")

// Terminate ends a worker runtime from any goroutine, as
// worker.terminate() does: JS that runs is interrupted and the loop stops
// with exit code 1, without 'exit' listeners.
func (rt *Runtime) Terminate() {
	if !rt.terminated.CompareAndSwap(false, true) {
		return
	}
	rt.VM.Interrupt(errTerminated)
	rt.Loop.Post(func() { rt.hardExit(1) })
}

// endIfTerminated stops a terminated runtime's loop where an interrupted
// call came back: the interrupt is not an exception to report.
func (rt *Runtime) endIfTerminated() {
	if rt.terminated.Load() {
		rt.hardExit(1)
	}
}

// workerEnv is a worker's own copy of the environment.
type workerEnv struct {
	mu   sync.Mutex
	vars map[string]string
}

func (rt *Runtime) envLookup(key string) (string, bool) {
	e := rt.privateEnv // nil: the process's own
	if e == nil {
		return os.LookupEnv(key)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	v, ok := e.vars[key]
	return v, ok
}

// envSet and envDelete report whether they changed the process's own
// environment (TZ then changes the local zone).
func (rt *Runtime) envSet(key, value string) bool {
	e := rt.privateEnv // nil: the process's own
	if e == nil {
		_ = os.Setenv(key, value)
		return true
	}
	e.mu.Lock()
	e.vars[key] = value
	e.mu.Unlock()
	return false
}

func (rt *Runtime) envDelete(key string) bool {
	e := rt.privateEnv // nil: the process's own
	if e == nil {
		_ = os.Unsetenv(key)
		return true
	}
	e.mu.Lock()
	delete(e.vars, key)
	e.mu.Unlock()
	return false
}

// envKeys lists the environment's names, in the OS's order for the
// process's own and sorted for a worker's copy.
func (rt *Runtime) envKeys() []string {
	e := rt.privateEnv // nil: the process's own
	if e == nil {
		env := os.Environ()
		keys := make([]string, 0, len(env))
		for _, kv := range env {
			if i := strings.IndexByte(kv, '='); i > 0 {
				keys = append(keys, kv[:i])
			}
		}
		return keys
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	keys := make([]string, 0, len(e.vars))
	for k := range e.vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// prepareWorkerError gives an error its stack as node's worker sends it:
// in node's frame format, and for eval code that threw as it ran, headed
// by the site (node decorates eval errors so).
func (rt *Runtime) prepareWorkerError(err goja.Value, where *site) {
	o, ok := err.(*goja.Object)
	if !ok || !rt.isError(err) {
		return
	}
	stack := o.Get("stack")
	if stack == nil || goja.IsUndefined(stack) {
		return
	}
	text := stack.String()
	if strings.Contains(text, "\n\tat ") {
		// As util.inspect converts it for the main thread's report.
		text = NodeStack(text)
	}
	if rt.runningMain && rt.fatalOrigin == "uncaughtException" && rt.Opts.Eval != "" &&
		where != nil && where.file == rt.Opts.EvalName {
		text = rt.siteArrow(where, true) + text
	}
	_ = o.Set("stack", text)
}
