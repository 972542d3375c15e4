// Package runtime is the JS process gocluster runs a Node.js program in: a
// goja VM, a libuv-shaped event loop (timers, I/O completions posted from
// goroutines, immediates, reference counting), Node's nextTick and microtask
// order, the CommonJS loader (with ESM turned into CommonJS by esbuild), the
// process object and its lifecycle ('beforeExit', 'exit', process.exit,
// uncaught exceptions, unhandled rejections, signals).
//
// Core modules live in gocluster/modules, one package each, and register
// themselves with RegisterCore; importing gocluster/modules makes them all
// available. A Go program can embed a runtime:
//
//	rt, err := runtime.New(runtime.Options{Script: "server.js"})
//	if err != nil { ... }
//	code := rt.Run() // returns when the program would exit
package runtime
