package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// GOCLUSTER_MEMSTATS=<ms> prints, to stderr, what the process's resident
// memory is made of <ms> milliseconds after start (0 or "exit": at exit): the
// binary's pages (text, read-only data, data) against anonymous memory,
// and within that Go's heap in use, heap idle not yet returned to the OS,
// goroutine stacks and the runtime's own structures. It is the measurement
// behind the idle worker's memory (issue 7 row 4): run a cluster with it
// and each worker reports.
func startMemStats() func() {
	v := os.Getenv("GOCLUSTER_MEMSTATS")
	if v == "" {
		return func() {}
	}
	ms, err := strconv.Atoi(v)
	if err != nil || ms <= 0 {
		return printMemStats
	}
	time.AfterFunc(time.Duration(ms)*time.Millisecond, printMemStats)
	return func() {}
}

func printMemStats() {
	exe, _ := os.Executable()
	rss := smapsResident(exe)
	const k = 1024
	var b strings.Builder
	fmt.Fprintf(&b, "gocluster: memstats pid %d: rss %d KiB (binary text %d, rodata %d, data %d; anon %d; other files %d); go:",
		os.Getpid(), rss.total/k, rss.text/k, rss.rodata/k, rss.data/k, rss.anon/k, rss.files/k)
	var samples []metrics.Sample
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/memory/classes/") && d.Name != "/memory/classes/total:bytes" {
			samples = append(samples, metrics.Sample{Name: d.Name})
		}
	}
	samples = append(samples, metrics.Sample{Name: "/gc/cycles/total:gc-cycles"}, metrics.Sample{Name: "/gc/heap/objects:objects"})
	metrics.Read(samples)
	for _, s := range samples {
		if s.Value.Kind() != metrics.KindUint64 {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(s.Name, "/memory/classes/"), "/gc/")
		name = name[:strings.IndexByte(name, ':')]
		v := s.Value.Uint64()
		if strings.HasSuffix(s.Name, ":bytes") {
			v /= k
		}
		fmt.Fprintf(&b, " %s %d", name, v)
	}
	fmt.Fprintln(os.Stderr, b.String())
}

type residentParts struct{ total, text, rodata, data, anon, files uint64 }

// smapsResident sums /proc/self/smaps's Rss by mapping kind.
func smapsResident(exe string) residentParts {
	var p residentParts
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return p
	}
	defer f.Close()
	var dst *uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			name := ""
			if len(fields) >= 6 {
				name = fields[5]
			}
			switch {
			case name == exe && strings.HasPrefix(fields[1], "r-x"):
				dst = &p.text
			case name == exe && strings.HasPrefix(fields[1], "r--"):
				dst = &p.rodata
			case name == exe:
				dst = &p.data
			case name == "" || strings.HasPrefix(name, "["):
				dst = &p.anon
			default:
				dst = &p.files
			}
			continue
		}
		if len(fields) == 3 && fields[0] == "Rss:" && dst != nil {
			n, _ := strconv.ParseUint(fields[1], 10, 64)
			*dst += n * 1024
			p.total += n * 1024
		}
	}
	return p
}
