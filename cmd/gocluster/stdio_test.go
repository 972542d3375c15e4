package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// These tests run the built command with stdin on a pipe or with all three
// stdio fds on a terminal (a pty), which the conformance runner (stdin
// /dev/null, output on pipes) cannot. Each case's expected output was
// recorded from node v20; when that node is on PATH it runs too and must
// still print the recording.

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

func goclusterBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gocluster-stdio-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "gocluster")
		out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// oracle is node when it is the release gocluster reproduces, else "".
func oracle() string {
	p, err := exec.LookPath("node")
	if err != nil {
		return ""
	}
	out, err := exec.Command(p, "--version").Output()
	if err != nil || strings.TrimSpace(string(out)) != gort.NodeVersion {
		return ""
	}
	return p
}

// runtimes are the commands a case runs under: gocluster, and node if any.
func runtimes(t *testing.T) map[string]string {
	r := map[string]string{"gocluster": goclusterBinary(t)}
	if n := oracle(); n != "" {
		r["node"] = n
	}
	return r
}

// startGroup starts cmd in a process group of its own that is killed when
// the test ends, whatever happens.
func startGroup(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
}

// waitFor waits for cmd with a time limit; the exit code, or -1 on timeout.
func waitFor(t *testing.T, cmd *exec.Cmd, limit time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(limit):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
		return -1
	}
}

type pipeCase struct {
	name   string
	script string
	// feed writes the input; it gets the write end of stdin's pipe and
	// closes it unless keepOpen (the pipe then stays open till the end).
	input    []string
	pause    time.Duration // between input pieces
	keepOpen bool
	want     string
	code     int
}

var pipeCases = []pipeCase{
	{
		name:   "data buffers",
		script: `process.stdin.on('data', (d) => console.log(d));`,
		input:  []string{"hi\n"},
		want:   "<Buffer 68 69 0a>\n",
	},
	{
		name: "socket end close",
		script: `const s = process.stdin;
console.log(s.constructor.name, s instanceof require('net').Socket, s.fd, s.isTTY, s.readableFlowing, s.writable, s.readable);
s.setEncoding('utf8');
let text = '';
s.on('data', (d) => { text += d; });
s.on('end', () => console.log('end', JSON.stringify(text)));
s.on('close', () => console.log('close'));
process.on('exit', (c) => console.log('exit', c));`,
		input: []string{"one\n", "two\n"},
		pause: 100 * time.Millisecond,
		want:  "Socket true 0 undefined null false true\nend \"one\\ntwo\\n\"\nclose\nexit 0\n",
	},
	{
		name: "unread stdin does not keep the process",
		script: `process.stdin;
setTimeout(() => console.log('timer', process.stdin.readableFlowing), 20);`,
		keepOpen: true,
		want:     "timer null\n",
	},
	{
		// Paused from within 'data' itself, node keeps reading: the
		// pause comes a turn later.
		name: "pause lets the process exit",
		script: `process.stdin.once('data', (d) => {
  console.log('got', JSON.stringify(String(d)));
  setImmediate(() => process.stdin.pause());
});
process.on('exit', () => console.log('paused', process.stdin.isPaused()));`,
		input:    []string{"first\n"},
		keepOpen: true,
		want:     "got \"first\\n\"\npaused true\n",
	},
	{
		name: "unref lets the process exit",
		script: `process.stdin.on('data', () => {});
process.stdin.unref();
setTimeout(() => console.log('unref done'), 20);`,
		keepOpen: true,
		want:     "unref done\n",
	},
	{
		name:   "pipe to stdout",
		script: `process.stdin.pipe(process.stdout); process.stdin.on('end', () => console.error('stdin ended'));`,
		input:  []string{strings.Repeat("0123456789abcdef", 16384), "tail\n"},
		want:   strings.Repeat("0123456789abcdef", 16384) + "tail\n",
	},
	{
		name: "async iteration and readline",
		script: `const rl = require('readline').createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => console.log(lines));`,
		input: []string{"a\nb", "\nc\n"},
		pause: 50 * time.Millisecond,
		want:  "[ 'a', 'b', 'c' ]\n",
	},
}

func TestStdinPipe(t *testing.T) {
	for _, c := range pipeCases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				got, code := runWithStdinPipe(t, bin, c)
				if got != c.want || code != c.code {
					t.Errorf("%s: exit %d, stdout:\n%q\nwant exit %d, stdout:\n%q", name, code, trim(got), c.code, trim(c.want))
				}
			}
		})
	}
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:150] + fmt.Sprintf("...(%d bytes)...", len(s)) + s[len(s)-150:]
	}
	return s
}

func runWithStdinPipe(t *testing.T, bin string, c pipeCase) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, "-e", c.script)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C"}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.WaitDelay = 5 * time.Second
	startGroup(t, cmd)
	go func() {
		for i, piece := range c.input {
			if i > 0 {
				time.Sleep(c.pause)
			}
			if _, err := io.WriteString(stdin, piece); err != nil {
				return
			}
		}
		if !c.keepOpen {
			stdin.Close()
		}
	}()
	code := waitFor(t, cmd, 20*time.Second)
	stdin.Close()
	if errOut.Len() > 0 && !strings.Contains(c.script, "console.error") {
		t.Logf("%s stderr: %s", bin, errOut.String())
	}
	return out.String(), code
}

// openPty makes a pseudo-terminal of the given size: the controlling side
// and the terminal a child gets as its stdio.
func openPty(t *testing.T, cols, rows uint16) (master, tty *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("opening the pty: %v", err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: cols, Row: rows}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// lockedBuffer is a buffer one goroutine fills while another looks.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

const ttyScript = `const out = process.stdout;
console.log(out.constructor.name, out._type, out.isTTY, out.columns, out.rows, out.fd, out._isStdio, out.getColorDepth() > 2);
console.log({ a: 1 }, 'text', [true]);
const r = out.write('written\n', () => console.log('write cb'));
console.log('returned', r, out.writableLength);
console.error('on stderr', process.stderr.constructor.name, process.stderr._type);
const i = process.stdin;
console.log(i.constructor.name, i.isTTY, i.isRaw, i.fd, i.readableFlowing);
i.setEncoding('utf8');
i.once('data', (d) => { console.log('data', JSON.stringify(d)); i.pause(); });
out.on('resize', () => console.log('resize', out.columns, out.rows, out.getWindowSize()));
process.on('exit', () => console.log('exit'));
`

// The terminal turns \n into \r\n and echoes the typed line.
const ttyWant = "WriteStream tty \x1b[33mtrue\x1b[39m \x1b[33m100\x1b[39m \x1b[33m30\x1b[39m \x1b[33m1\x1b[39m \x1b[33mtrue\x1b[39m \x1b[33mtrue\x1b[39m\r\n" +
	"{ a: \x1b[33m1\x1b[39m } text [ \x1b[33mtrue\x1b[39m ]\r\n" +
	"written\r\n" +
	"returned \x1b[33mtrue\x1b[39m \x1b[33m0\x1b[39m\r\n" +
	"on stderr WriteStream tty\r\n" +
	"ReadStream \x1b[33mtrue\x1b[39m \x1b[33mfalse\x1b[39m \x1b[33m0\x1b[39m \x1b[1mnull\x1b[22m\r\n" +
	"write cb\r\n" +
	"resize \x1b[33m120\x1b[39m \x1b[33m40\x1b[39m [ \x1b[33m120\x1b[39m, \x1b[33m40\x1b[39m ]\r\n" +
	"typed line\r\n" +
	"data \"typed line\\n\"\r\n" +
	"exit\r\n"

func TestStdioTTY(t *testing.T) {
	for name, bin := range runtimes(t) {
		t.Run(name, func(t *testing.T) {
			master, tty := openPty(t, 100, 30)
			cmd := exec.Command(bin, "-e", ttyScript)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C", "TERM=xterm-256color"}
			cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
			var out lockedBuffer
			copied := make(chan struct{})
			go func() {
				_, _ = io.Copy(&out, master) // ends with EIO once no one holds the terminal
				close(copied)
			}()
			startGroup(t, cmd)
			tty.Close() // the child's copies are its own now
			// Once the program waits for input (its last line before reading
			// is the ReadStream one, and 'write cb' follows it), the
			// terminal grows and says so with SIGWINCH; then a line is typed.
			waitOutput := func(s string) {
				deadline := time.Now().Add(15 * time.Second)
				for !strings.Contains(out.String(), s) && time.Now().Before(deadline) {
					time.Sleep(20 * time.Millisecond)
				}
			}
			waitOutput("write cb")
			if err := unix.IoctlSetWinsize(int(master.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: 120, Row: 40}); err != nil {
				t.Fatal(err)
			}
			_ = cmd.Process.Signal(syscall.SIGWINCH)
			waitOutput("resize")
			if _, err := master.WriteString("typed line\n"); err != nil {
				t.Fatal(err)
			}
			code := waitFor(t, cmd, 20*time.Second)
			select {
			case <-copied:
			case <-time.After(5 * time.Second):
				master.Close()
				<-copied
			}
			if got := out.String(); got != ttyWant || code != 0 {
				t.Errorf("exit %d, terminal showed:\n%q\nwant:\n%q", code, got, ttyWant)
			}
		})
	}
}

// socketPair returns the two ends of a connected Unix stream socket pair,
// closed when the test ends.
func socketPair(t *testing.T) (*os.File, *os.File) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	a, b := os.NewFile(uintptr(fds[0]), "near"), os.NewFile(uintptr(fds[1]), "far")
	t.Cleanup(func() { a.Close(); b.Close() })
	return a, b
}

// With stdin and stdout on sockets (as child_process and cluster give a
// child its stdio), the streams are net.Sockets and fds 0 and 1 stay open:
// a file opened afterwards gets a new number.
func TestStdioOnSockets(t *testing.T) {
	const script = `const fs = require('fs');
const kinds = [process.stdin, process.stdout].map((s) => s.constructor.name + ' ' + (s._type || '-'));
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => {
  const fd = fs.openSync('/dev/null', 'r');
  process.stdout.write(JSON.stringify({ kinds, text, newFdAbove2: fd > 2, fd1: fs.fstatSync(1).isSocket() }) + '\n');
  fs.writeSync(1, 'fd 1 direct\n');
});
`
	const want = `{"kinds":["Socket -","Socket pipe"],"text":"over a socket\n","newFdAbove2":true,"fd1":true}` + "\nfd 1 direct\n"
	for name, bin := range runtimes(t) {
		t.Run(name, func(t *testing.T) {
			inNear, inFar := socketPair(t)
			outNear, outFar := socketPair(t)
			cmd := exec.Command(bin, "-e", script)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C"}
			var errOut bytes.Buffer
			cmd.Stdin, cmd.Stdout, cmd.Stderr = inFar, outFar, &errOut
			startGroup(t, cmd)
			inFar.Close()
			outFar.Close()
			got := make(chan string, 1)
			go func() {
				b, _ := io.ReadAll(outNear)
				got <- string(b)
			}()
			_, _ = inNear.WriteString("over a socket\n")
			_ = unix.Shutdown(int(inNear.Fd()), unix.SHUT_WR)
			code := waitFor(t, cmd, 20*time.Second)
			out := <-got
			if out != want || code != 0 {
				t.Errorf("exit %d, stdout %q, stderr %q\nwant stdout %q", code, out, errOut.String(), want)
			}
		})
	}
}

// Output to a pipe nobody reads any more fails with EPIPE, which node
// reports as an error, never dying of SIGPIPE. The console swallows the
// first failed write's error; a write a turn later finds the stream
// errored and its 'error' uncaught (exit 1). The fatal report of an
// uncaught exception on such a stderr is lost but the exit code is kept.
func TestStdioBrokenPipe(t *testing.T) {
	cases := []struct {
		name, script string
		onStderr     bool
		code         int
	}{
		{"console.log to a closed stdout", `setTimeout(() => { console.log('x'); console.log('y'); }, 50)`, false, 0},
		{"console.log twice to a closed stdout", `setTimeout(() => { console.log('x'); setTimeout(() => console.log('y'), 10); }, 50)`, false, 1},
		{"process.stdout.write to a closed stdout", `setTimeout(() => process.stdout.write('x\n'), 50)`, false, 1},
		{"fatal report to a closed stderr", `setTimeout(() => { throw new Error('x'); }, 50)`, true, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, bin := range runtimes(t) {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				r.Close()
				cmd := exec.Command(bin, "-e", c.script)
				cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "LANG=C"}
				var other bytes.Buffer
				if c.onStderr {
					cmd.Stdout, cmd.Stderr = &other, w
				} else {
					cmd.Stdout, cmd.Stderr = w, &other
				}
				startGroup(t, cmd)
				w.Close()
				code := waitFor(t, cmd, 20*time.Second)
				if code != c.code {
					t.Errorf("%s: exit %d (%v), want %d; other output: %s", name, code, cmd.ProcessState, c.code, other.String())
				}
				if reported := strings.Contains(other.String(), "EPIPE"); !c.onStderr && reported != (c.code == 1) {
					t.Errorf("%s: stderr shows EPIPE: %v, want %v: %s", name, reported, c.code == 1, other.String())
				}
			}
		})
	}
}
