// Command gocluster runs a Node.js program: `gocluster [options] script.js
// [args...]`, as `node` would.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/cluster"
	_ "github.com/gocluster/gocluster/modules"
	gccp "github.com/gocluster/gocluster/modules/child_process"
	gort "github.com/gocluster/gocluster/runtime"
)

const usage = `Usage: gocluster [options] [ script.js ] [arguments]

Runs a Node.js program (CommonJS or ESM) the way node does.

Options:
  -e, --eval script          evaluate script
  -p, --print script         evaluate script and print the result
  -r, --require module       module to preload (may be repeated)
      --import module        ES module to preload, after -r (may be repeated)
      --env-file path        environment variables to set from a file
  -h, --help                 print this help
  -v, --version              print gocluster's version

Node options that have no effect here (--expose-gc, --max-old-space-size=N,
--no-warnings, --enable-source-maps, ...) are accepted and ignored.
`

func main() {
	// Start-up allocates a lot (compiling the core modules' JS) into a heap
	// that is still small; Go's default pacing would collect many times over
	// it. settleGC goes back to the default once the program has started.
	tuneGC := os.Getenv("GOGC") == ""
	if tuneGC {
		debug.SetGCPercent(startGCPercent)
	}
	stopProfile := startProfile()
	stopMemStats := startMemStats()
	code := run(os.Args[1:], tuneGC)
	stopMemStats()
	stopProfile()
	os.Exit(code)
}

// startGCPercent is GOGC while the program starts: the first collection
// comes when the heap reaches 4 MiB times startGCPercent/100. Go cannot
// move objects, so whatever start-up allocates before that collection
// stays resident: the survivors are strewn over all of it. An empty script
// or a cluster worker that does not serve (2-5 MiB) collects at neither
// 300 nor 400; an HTTP worker (about 14 MiB) does once at 300, and idles
// at PSS 17.2 MiB instead of 20.4 (anon 13.4 instead of 14.7-16.0 after
// settleGC), for start-up CPU equal within the noise (medians of 40 on 2
// shared cores: 51.7 vs 54.2 ms, 91.6 vs 82.4 in another run). 200 saves
// no more and costs up to a tenth on larger start-ups; 100 costs a fifth.
const startGCPercent = 300

// settleDelay is how long after the event loop first waits settleGC acts:
// long enough that the start-up of a cluster's workers, all at once on few
// cores, is not slowed by every process collecting in the middle of it.
const settleDelay = time.Second

// settleGC ends start-up's GC setting: at 300 a long-running process would
// hold four times its live heap. The collection it forces returns
// start-up's garbage (compiled ASTs, mostly) to the OS; from then on GOGC
// follows keepHeapFloor: 100 (Go's default), or more for a small live heap.
//
// Why not a flat higher GOGC: a hello-world HTTP server (1 process, 64
// keep-alive connections, about 28 KB allocated per request) measured on 2
// shared cores, CPU per request and RSS after 55-100k requests:
//
//	GOGC=100  ~323 us  45 MB
//	GOGC=200  ~317 us  54 MB
//	GOGC=300  ~291 us  64 MB
//	GOGC=400  ~289 us  76 MB (node: 57 MB)
//
// The floor instead adds at most heapFloor of garbage: the same HTTP worker
// after 100k requests 40.3 vs 41.0 MiB (node 57), and process.send
// ping-pong 8.7k vs 11.0k round trips/s (node 9.7-10.8k in the same run).
func settleGC() {
	time.AfterFunc(settleDelay, func() {
		debug.FreeOSMemory()
		keepHeapFloor()
	})
}

func run(args []string, tuneGC bool) int {
	fs := pflag.NewFlagSet("gocluster", pflag.ContinueOnError)
	fs.SetInterspersed(false)
	fs.SetOutput(devNull{})
	fs.Usage = func() {}
	eval := fs.StringP("eval", "e", "", "")
	print := fs.StringP("print", "p", "", "")
	preload := fs.StringArrayP("require", "r", nil, "")
	imports := fs.StringArray("import", nil, "")
	envFiles := fs.StringArray("env-file", nil, "")
	help := fs.BoolP("help", "h", false, "")
	version := fs.BoolP("version", "v", false, "")
	for _, name := range ignoredBoolFlags {
		fs.Bool(name, false, "")
	}
	for _, name := range ignoredValueFlags {
		fs.String(name, "", "")
	}
	// NODE_OPTIONS come first, as if given first, but are not execArgv.
	nodeOptions, err := gort.NodeOptions(os.Getenv("NODE_OPTIONS"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		return 9
	}
	if err := fs.Parse(append(nodeOptions, nodeShorthands(args)...)); err != nil {
		fmt.Fprintf(os.Stderr, "%s: bad option: %s\n", os.Args[0], badOption(err, args))
		return 9
	}
	// The runtime reads the mode from execArgv; one node does not know ends
	// the start-up, as in node.
	if mode := fs.Lookup("unhandled-rejections").Value.String(); fs.Changed("unhandled-rejections") &&
		!slices.Contains([]string{"strict", "warn", "throw", "none", "warn-with-error-code"}, mode) {
		fmt.Fprintf(os.Stderr, "%s: invalid value for --unhandled-rejections\n", os.Args[0])
		return 9
	}
	switch {
	case *help:
		fmt.Print(usage)
		return 0
	case *version:
		fmt.Printf("gocluster v%s (Node.js %s API)\n", gort.Version, gort.NodeVersion)
		return 0
	}

	if err := gort.LoadEnvFiles(*envFiles); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		return 9
	}
	inputType := fs.Lookup("input-type").Value.String()
	if fs.Changed("input-type") && inputType != "module" && inputType != "commonjs" {
		fmt.Fprintf(os.Stderr, "%s: --input-type must be \"module\" or \"commonjs\"\n", os.Args[0])
		return 9
	}
	rest := fs.Args()
	opts := gort.Options{Preload: *preload, Imports: *imports, ExecArgv: args[:len(args)-len(rest)],
		EvalModule: inputType == "module", EvalPrints: fs.Changed("print")}
	switch {
	case fs.Changed("eval"):
		opts.Eval, opts.Args = *eval, rest
	case fs.Changed("print"):
		opts.Eval, opts.Args = "console.log(eval("+jsString(*print)+"))", rest
	case len(rest) == 0 && stdinIsTerminal():
		fmt.Fprint(os.Stderr, usage)
		return 9
	case len(rest) == 0 || rest[0] == "-":
		// As node: a program piped in on stdin runs as "[stdin]".
		code, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gocluster: reading stdin: %v\n", err)
			return 1
		}
		opts.Eval, opts.EvalName, opts.Args = string(code), "[stdin]", rest
	default:
		opts.Script, opts.Args = rest[0], rest[1:]
	}
	// A forked child's channel and cluster JS compile while the runtime
	// bootstraps, when there is a core to spare.
	gccp.PrecompileChild()
	cluster.PrecompileWorker()
	rt, err := gort.New(opts)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gocluster: %v\n", err)
		return 1
	}
	if tuneGC {
		rt.Loop.OnFirstIdle(settleGC)
	}
	return rt.Run()
}

// Node options that change nothing in gocluster: accepted so that scripts and
// execArgv written for node still start.
var ignoredBoolFlags = []string{
	"expose-gc", "expose-internals", "no-warnings", "trace-warnings", "no-deprecation",
	"throw-deprecation", "trace-deprecation", "pending-deprecation", "enable-source-maps",
	"trace-uncaught", "abort-on-uncaught-exception", "inspect", "inspect-brk",
	"no-experimental-fetch", "experimental-vm-modules", "harmony", "allow-natives-syntax",
	"experimental-detect-module", "no-experimental-global-webcrypto", "zero-fill-buffers",
	"insecure-http-parser", // read by http
	"test-udp-no-try-send", // read by dgram
	// read by the module loader
	"preserve-symlinks", "preserve-symlinks-main",
	// read by net
	"network-family-autoselection", "enable-network-family-autoselection", "no-network-family-autoselection",
}

var ignoredValueFlags = []string{
	"max-old-space-size", "max-semi-space-size", "stack-size",
	"input-type" /* checked below */, "title", "stack-trace-limit", "dns-result-order", "inspect-port",
	"max-http-header-size" /* read by http */, "experimental-loader", "loader", "conditions",
	"redirect-warnings",    // read by process.js
	"disable-warning",      // read by process.js (it may be repeated)
	"unhandled-rejections", // read by runtime/rejections.go
	// read by net
	"network-family-autoselection-attempt-timeout",
}

// nodeShorthands spells node's combined -pe (and -ep) as -p: print the
// value of the script that follows, where pflag would read "e" as -p's value.
func nodeShorthands(args []string) []string {
	out := append([]string(nil), args...)
	for i, a := range out {
		if !strings.HasPrefix(a, "-") || a == "-" {
			break // the script: what follows is its own
		}
		if a == "-pe" || a == "-ep" {
			out[i] = "-p"
		}
	}
	return out
}

func stdinIsTerminal() bool {
	_, err := unix.IoctlGetTermios(0, unix.TCGETS)
	return err == nil
}

func badOption(err error, args []string) string {
	msg := err.Error()
	for _, a := range args {
		if strings.HasPrefix(a, "-") && strings.Contains(msg, strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")) {
			return a
		}
	}
	return msg
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

type devNull struct{}

func (devNull) Write(p []byte) (int, error) { return len(p), nil }
