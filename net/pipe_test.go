package net

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	gort "github.com/gocluster/gocluster/runtime"
)

// A Unix socket server and client echo; the socket file goes when the
// server closes.
func TestPipeEcho(t *testing.T) {
	loop := gort.NewLoop()
	path := filepath.Join(t.TempDir(), "s.sock")
	srv := NewPipe(loop)
	defer srv.Close()
	if st := srv.Bind(path); st != 0 {
		t.Fatalf("bind: %d", st)
	}
	if st := NewPipe(loop).Bind(path); st != -int(syscall.EADDRINUSE) {
		t.Errorf("second bind: %d, want EADDRINUSE", st)
	}
	srv.OnConnection = func(status int, c *Pipe) {
		if status != 0 {
			t.Errorf("accept: %d", status)
			return
		}
		c.OnRead = func(n int, data []byte) {
			if n < 0 {
				c.Close()
				srv.Close()
				return
			}
			c.Write(data, nil)
		}
		c.ReadStart()
	}
	if st := srv.ListenBound(16); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	var got []byte
	cli := NewPipe(loop)
	cli.OnConnect = func(status int) {
		if status != 0 {
			t.Fatalf("connect: %d", status)
		}
		cli.OnRead = func(n int, data []byte) {
			if n < 0 {
				cli.Close()
				return
			}
			got = append(got, data...)
			if len(got) == 5 {
				cli.Shutdown()
			}
		}
		cli.ReadStart()
		cli.Write([]byte("hello"), nil)
	}
	cli.Connect(path)
	runLoop(t, loop)
	if string(got) != "hello" {
		t.Fatalf("echo: %q", got)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("socket file left behind: %v", err)
	}
}

// Connecting to a path with no socket fails with ENOENT.
func TestPipeConnectMissing(t *testing.T) {
	loop := gort.NewLoop()
	status := 0
	cli := NewPipe(loop)
	cli.OnConnect = func(st int) { status = st; cli.Close() }
	cli.Connect(filepath.Join(t.TempDir(), "none.sock"))
	runLoop(t, loop)
	if status != -int(syscall.ENOENT) {
		t.Fatalf("status %d, want ENOENT", status)
	}
}

// What GuessHandleType tells about descriptors of each kind.
func TestGuessHandleType(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	f, err := os.CreateTemp(t.TempDir(), "f")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	defer srv.Close()
	if st := srv.Bind("127.0.0.1", 0, 4, false); st != 0 {
		t.Fatalf("bind: %d", st)
	}
	cases := map[string]int{"PIPE": int(r.Fd()), "FILE": int(f.Fd()), "TCP": srv.fd}
	for want, fd := range cases {
		if got := GuessHandleType(fd); got != want {
			t.Errorf("fd of %s: %s", want, got)
		}
	}
	if got := GuessHandleType(fds[0]); got != "PIPE" {
		t.Errorf("unix socket: %s", got)
	}
	if got := GuessHandleType(1 << 20); got != "UNKNOWN" {
		t.Errorf("closed fd: %s", got)
	}
}

// A FIFO's fd opened in a Pipe reads what the other end writes, then EOF.
func TestPipeOpenFIFO(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	loop := gort.NewLoop()
	p := NewPipe(loop)
	if st := p.Open(int(r.Fd())); st != 0 {
		t.Fatalf("open: %d", st)
	}
	var got []byte
	p.OnRead = func(n int, data []byte) {
		if n < 0 {
			if n != EOF {
				t.Errorf("read: %d", n)
			}
			p.Close()
			return
		}
		got = append(got, data...)
	}
	p.ReadStart()
	w.Write([]byte("through a fifo"))
	w.Close()
	runLoop(t, loop)
	if string(got) != "through a fifo" {
		t.Fatalf("got %q", got)
	}
}
