package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/dop251/goja"
)

// startProfile honours GOCLUSTER_CPUPROFILE=prefix: every gocluster process
// (the primary and each worker) writes its CPU profile to prefix.<pid>, so a
// cluster under load can be profiled without changing the program.
// GOCLUSTER_JSPROFILE=prefix does the same with goja's sampler, whose
// samples are JS functions and lines rather than Go frames (read either
// with `go tool pprof`). GOCLUSTER_MEMPROFILE=prefix writes, at exit, the
// allocations made over the process's life (`go tool pprof -sample_index=
// alloc_space`), for bytes allocated per request. The returned func stops
// and flushes the profiles; call it before exiting.
func startProfile() func() {
	// Go samples one allocation in 512 KiB (GODEBUG=memprofilerate=N) for
	// a profile nobody reads unless GOCLUSTER_MEMPROFILE asks: each sample
	// unwinds the stack and keeps a record for the life of the process.
	if os.Getenv("GOCLUSTER_MEMPROFILE") == "" {
		runtime.MemProfileRate = 0
	}
	stopCPU := startOneProfile("GOCLUSTER_CPUPROFILE", pprof.StartCPUProfile, pprof.StopCPUProfile)
	stopJS := startOneProfile("GOCLUSTER_JSPROFILE", goja.StartProfile, goja.StopProfile)
	stopMem := startOneProfile("GOCLUSTER_MEMPROFILE", func(w io.Writer) error {
		memProfileOut = w
		return nil
	}, writeMemProfile)
	return func() {
		stopMem()
		stopJS()
		stopCPU()
	}
}

// memProfileOut is where writeMemProfile puts the allocation profile.
var memProfileOut io.Writer

func writeMemProfile() {
	if err := pprof.Lookup("allocs").WriteTo(memProfileOut, 0); err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: GOCLUSTER_MEMPROFILE: %v\n", err)
	}
}

// startOneProfile starts the profiler that env names, writing to
// <prefix>.<pid>; a failure is reported and leaves that profiler off.
func startOneProfile(env string, start func(io.Writer) error, stop func()) func() {
	prefix := os.Getenv(env)
	if prefix == "" {
		return func() {}
	}
	f, err := os.Create(fmt.Sprintf("%s.%d", prefix, os.Getpid()))
	if err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: %s: %v\n", env, err)
		return func() {}
	}
	if err := start(f); err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: %s: %v\n", env, err)
		f.Close()
		return func() {}
	}
	return func() {
		stop()
		f.Close()
	}
}
