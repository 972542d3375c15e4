package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// startProfile honours GOCLUSTER_CPUPROFILE=prefix: every gocluster process
// (the primary and each worker) writes its CPU profile to prefix.<pid>, so a
// cluster under load can be profiled without changing the program. The
// returned func stops and flushes the profile; call it before exiting.
func startProfile() func() {
	prefix := os.Getenv("GOCLUSTER_CPUPROFILE")
	if prefix == "" {
		return func() {}
	}
	f, err := os.Create(fmt.Sprintf("%s.%d", prefix, os.Getpid()))
	if err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: GOCLUSTER_CPUPROFILE: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: GOCLUSTER_CPUPROFILE: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
