package conformance

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// liveOutput collects stdout and stderr as they come and wakes whoever
// waits for a line.
type liveOutput struct {
	mu             sync.Mutex
	stdout, stderr bytes.Buffer
	changed        chan struct{} // closed and replaced at each write
	readers        sync.WaitGroup
}

func newLiveOutput() *liveOutput { return &liveOutput{changed: make(chan struct{})} }

func (o *liveOutput) read(f *os.File, into *bytes.Buffer) {
	o.readers.Add(1)
	go func() {
		defer o.readers.Done()
		defer f.Close()
		buf := make([]byte, 32<<10)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				o.mu.Lock()
				into.Write(buf[:n])
				close(o.changed)
				o.changed = make(chan struct{})
				o.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
}

func (o *liveOutput) text() (stdout, stderr string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.stdout.String(), o.stderr.String()
}

// waitLines waits until count whole lines of output match re.
func (o *liveOutput) waitLines(ctx context.Context, re *regexp.Regexp, count int) error {
	for {
		o.mu.Lock()
		n := 0
		for _, buf := range []*bytes.Buffer{&o.stdout, &o.stderr} {
			lines := strings.Split(buf.String(), "\n")
			for _, l := range lines[:len(lines)-1] {
				if re.MatchString(l) {
					n++
				}
			}
		}
		changed := o.changed
		o.mu.Unlock()
		if n >= count {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("%d of %d lines matching %q came", n, count, re)
		}
	}
}

// waitClosed waits for the pipes to reach end of file (every process that
// held them is gone), at most d.
func (o *liveOutput) waitClosed(d time.Duration) {
	done := make(chan struct{})
	go func() { o.readers.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// groupPids polls /proc for the processes of one process group, so that
// the pids the program prints can be told apart from other numbers.
type groupPids struct {
	pgid int
	mu   sync.Mutex
	seen map[int]bool
	done chan struct{}
	wg   sync.WaitGroup
}

func trackGroup(pgid int) *groupPids {
	g := &groupPids{pgid: pgid, seen: map[int]bool{pgid: true}, done: make(chan struct{})}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		for {
			g.scan()
			select {
			case <-g.done:
				return
			case <-time.After(pidPollEvery):
			}
		}
	}()
	return g
}

// scan records the group's pids and returns how many of its processes are
// alive (zombies left for init to reap do not count).
func (g *groupPids) scan() int {
	live := 0
	eachProcess(func(pid int, stat []string) {
		if len(stat) < 3 || stat[2] != strconv.Itoa(g.pgid) {
			return
		}
		g.mu.Lock()
		g.seen[pid] = true
		g.mu.Unlock()
		if stat[0] != "Z" {
			live++
		}
	})
	return live
}

// firstChild is the lowest pid among the live children of parent, or 0.
func (g *groupPids) firstChild(parent int) int {
	first := 0
	eachProcess(func(pid int, stat []string) {
		if len(stat) >= 2 && stat[0] != "Z" && stat[1] == strconv.Itoa(parent) && (first == 0 || pid < first) {
			first = pid
		}
	})
	return first
}

// eachProcess calls f with every process's pid and procStat fields.
func eachProcess(f func(pid int, stat []string)) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return
	}
	for _, e := range entries {
		if pid, err := strconv.Atoi(e.Name()); err == nil {
			if stat := procStat(pid); stat != nil {
				f(pid, stat)
			}
		}
	}
}

// procStat is the fields of /proc/PID/stat after the command name: state,
// ppid, pgrp, ...; nil if the process is gone.
func procStat(pid int) []string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil
	}
	// "pid (comm) state ppid pgrp ...": comm may hold anything.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(s[i+1:])
}

// waitEmpty waits, at most d, for every process of the group to be gone,
// and says what is left.
func (g *groupPids) waitEmpty(d time.Duration) string {
	deadline := time.Now().Add(d)
	for {
		n := g.scan()
		if n == 0 {
			return "none"
		}
		if time.Now().After(deadline) {
			return fmt.Sprintf("%d process(es) after %v", n, d)
		}
		time.Sleep(pidPollEvery)
	}
}

func (g *groupPids) stop() {
	select {
	case <-g.done:
	default:
		close(g.done)
	}
	g.wg.Wait()
}

func (g *groupPids) all() []int {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make([]int, 0, len(g.seen))
	for p := range g.seen {
		out = append(out, p)
	}
	return out
}
