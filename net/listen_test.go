package net

import (
	"bytes"
	"syscall"
	"testing"
	"time"

	gort "github.com/gocluster/gocluster/runtime"
)

// listenLocal makes a listening server on a free loopback port.
func listenLocal(t *testing.T, loop *gort.Loop) (*TCP, int) {
	t.Helper()
	srv := NewTCP(loop)
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	a, _ := srv.SockName()
	return srv, a.Port
}

// As libuv, bind keeps EADDRINUSE and listen reports it.
func TestBindKeepsInUseForListen(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	defer srv.Close()
	second := NewTCP(loop)
	defer second.Close()
	if st := second.Bind("127.0.0.1", port, 4, false); st != 0 {
		t.Fatalf("bind: %d, want 0", st)
	}
	if st := second.ListenBound(511); st != -int(syscall.EADDRINUSE) {
		t.Fatalf("listen: %d, want EADDRINUSE", st)
	}
	if st := NewTCP(loop).Bind("::1", 0, 4, false); st != -int(syscall.EINVAL) {
		t.Errorf("IPv6 address as IPv4: %d, want EINVAL", st)
	}
}

// A bound socket's fd, opened in another handle, listens and accepts
// there (as a shared cluster handle does in a worker).
func TestOpenBoundSocketThenListen(t *testing.T) {
	loop := gort.NewLoop()
	bound := NewTCP(loop)
	if st := bound.Bind("127.0.0.1", 0, 4, false); st != 0 {
		t.Fatalf("bind: %d", st)
	}
	a, _ := bound.SockName()
	fd, st := bound.DupFd()
	if st != 0 {
		t.Fatalf("dup: %d", st)
	}
	bound.Close()
	moved := NewTCP(loop)
	if st := moved.Open(fd); st != 0 {
		t.Fatalf("open: %d", st)
	}
	syscall.Close(fd)
	if st := moved.ListenBound(511); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	accepted := 0
	moved.OnConnection = func(status int, c *TCP) {
		accepted++
		c.Close()
		moved.Close()
	}
	cli := NewTCP(loop)
	cli.OnConnect = func(int) { cli.Close() }
	cli.Connect("127.0.0.1", a.Port, "", 0)
	runLoop(t, loop)
	if accepted != 1 {
		t.Fatalf("accepted %d", accepted)
	}
}

// The server hears of a connection within this process before the
// client does, as in one libuv poll.
func TestServerHearsFirst(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	var order []string
	var accepted []*TCP
	srv.OnConnection = func(_ int, c *TCP) {
		order = append(order, "connection")
		accepted = append(accepted, c)
		if len(accepted) == 5 {
			for _, c := range accepted {
				c.Close()
			}
			srv.Close()
		}
	}
	for i := 0; i < 5; i++ {
		cli := NewTCP(loop)
		cli.OnConnect = func(int) {
			order = append(order, "connect")
			cli.Close()
		}
		cli.Connect("127.0.0.1", port, "", 0)
	}
	runLoop(t, loop)
	conns := 0
	for _, ev := range order {
		if ev == "connection" {
			conns++
		} else if conns == 0 {
			t.Fatalf("a client connected before the server accepted: %v", order)
		}
	}
	if len(order) != 10 {
		t.Fatalf("events: %v", order)
	}
}

// Data the peer wrote while the loop was busy arrives as one chunk.
func TestReadsCoalesce(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	var chunks [][]byte
	srv.OnConnection = func(_ int, c *TCP) {
		c.OnRead = func(n int, data []byte) {
			if n < 0 {
				c.Close()
				srv.Close()
				return
			}
			chunks = append(chunks, data)
		}
		c.ReadStart()
	}
	cli := NewTCP(loop)
	cli.OnConnect = func(int) {
		for _, s := range []string{"one ", "two ", "three"} {
			cli.Write([]byte(s), nil)
		}
		cli.OnShutdown = func(int) { cli.Close() }
		cli.Shutdown()
	}
	cli.Connect("127.0.0.1", port, "", 0)
	runLoop(t, loop)
	if len(chunks) != 1 || string(chunks[0]) != "one two three" {
		t.Fatalf("chunks %q", chunks)
	}
}

// A reset connection's peer reads ECONNRESET (not EOF: nothing may take
// the pending error before the read).
func TestResetPeerReadsReset(t *testing.T) {
	for i := 0; i < 5; i++ {
		loop := gort.NewLoop()
		srv, port := listenLocal(t, loop)
		status := 0
		srv.OnConnection = func(_ int, c *TCP) {
			c.OnRead = func(n int, _ []byte) {
				if n < 0 {
					status = n
					c.Close()
					srv.Close()
				}
			}
			c.ReadStart()
		}
		cli := NewTCP(loop)
		cli.OnConnect = func(int) { cli.Reset() }
		cli.Connect("127.0.0.1", port, "", 0)
		runLoop(t, loop)
		if status != -int(syscall.ECONNRESET) {
			t.Fatalf("peer read %s, want ECONNRESET", errName(status))
		}
	}
}

// Writes still in the background when a handle closes end with ECANCELED,
// before its close callback.
func TestCloseCancelsWrites(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	var events []string
	var peer *TCP
	srv.OnConnection = func(_ int, c *TCP) { peer = c }
	cli := NewTCP(loop)
	cli.OnConnect = func(int) {
		// The peer never reads: a big write stays in the background.
		big := bytes.Repeat([]byte("x"), 64<<20)
		cli.OnWrite = func(req any, status int) { events = append(events, req.(string)+" "+errName(status)) }
		if done, st := cli.Write(big, "big"); done || st != 0 {
			t.Fatalf("big write: done %v status %d", done, st)
		}
		cli.Write([]byte("more"), "more")
		cli.OnClose = func() {
			events = append(events, "close")
			peer.Close()
			srv.Close()
		}
		cli.Close()
	}
	cli.Connect("127.0.0.1", port, "", 0)
	runLoop(t, loop)
	if got, want := join(events), "big ECANCELED,more ECANCELED,close"; got != want {
		t.Fatalf("events %q, want %q", got, want)
	}
}

func errName(st int) string {
	switch st {
	case -int(syscall.ECONNRESET):
		return "ECONNRESET"
	case -int(syscall.ECANCELED):
		return "ECANCELED"
	case -int(syscall.EPIPE):
		return "EPIPE"
	case EOF:
		return "EOF"
	case 0:
		return "ok"
	}
	return syscall.Errno(-st).Error()
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

// A reader that stops and restarts reading inside its callback (as a
// paused and resumed stream does) keeps getting data; the loop never
// blocks on a second readiness request.
func TestReadStopStartInCallback(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	const total = 8 << 20
	srv.OnConnection = func(_ int, c *TCP) {
		c.Write(bytes.Repeat([]byte("y"), total), nil)
		c.OnShutdown = func(int) { c.Close(); srv.Close() }
		c.Shutdown()
	}
	got := 0
	cli := NewTCP(loop)
	cli.OnConnect = func(int) {
		cli.OnRead = func(n int, _ []byte) {
			if n < 0 {
				cli.Close()
				return
			}
			got += n
			cli.ReadStop()
			cli.ReadStart()
		}
		cli.ReadStart()
	}
	cli.Connect("127.0.0.1", port, "", 0)
	done := make(chan struct{})
	go func() { loop.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("loop stuck")
	}
	if got != total {
		t.Fatalf("read %d of %d bytes", got, total)
	}
}

// Asking for readiness again while a request still waits in the channel
// (a restarted stream, with a read round pending) must not block the loop.
func TestWantReadableNeverBlocks(t *testing.T) {
	s := &Stream{h: &handle{}, arm: make(chan struct{}, 1), watcher: true}
	done := make(chan struct{})
	go func() {
		s.wantReadable()
		s.armed = false // a read round ran meanwhile
		s.wantReadable()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("wantReadable blocked")
	}
}
