package runtime

import "sync"

var (
	startupMu    sync.Mutex
	startupHooks []func(rt *Runtime)
)

// RegisterStartup adds f to the work done in every runtime after bootstrap
// and just before preloads and the main script run, in registration order:
// what Node does in its pre-execution step (the IPC channel of a child
// process, then cluster's worker side). f runs on the loop goroutine; JS it
// calls through MakeCallback fails the way an uncaught exception does.
func RegisterStartup(f func(rt *Runtime)) {
	startupMu.Lock()
	startupHooks = append(startupHooks, f)
	startupMu.Unlock()
}

func (rt *Runtime) runStartup() {
	startupMu.Lock()
	hooks := append([]func(*Runtime){}, startupHooks...)
	startupMu.Unlock()
	for _, f := range hooks {
		f(rt)
	}
}
