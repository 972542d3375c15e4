package net

import (
	"bytes"
	"errors"
	"io"
	stdnet "net"
	"strconv"
	"syscall"
	"testing"
	"time"

	gort "github.com/gocluster/gocluster/runtime"
	"golang.org/x/sys/unix"
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

// A reader that stops while data waits leaves the loop's poll the next
// time the poll reports the socket (a level-triggered registration would
// otherwise wake the loop for nothing, turn after turn), and gets the data
// when it starts again.
func TestStoppedReaderLeavesPoll(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	var peer *TCP
	srv.OnConnection = func(_ int, c *TCP) {
		peer = c
		c.Write([]byte("a"), nil)
	}
	var got []string
	cli := NewTCP(loop)
	cli.OnConnect = func(int) {
		cli.OnRead = func(n int, data []byte) {
			if n < 0 {
				return
			}
			got = append(got, string(data))
			if len(got) == 2 {
				cli.Close()
				peer.Close()
				srv.Close()
				return
			}
			cli.ReadStop()
			peer.Write([]byte("b"), nil)
			loop.Ref()
			go func() {
				time.Sleep(50 * time.Millisecond)
				loop.Post(func() {
					loop.Unref()
					if cli.watch.Polled() {
						t.Error("a stopped reader is still polled")
					}
					cli.ReadStart()
				})
			}()
		}
		cli.ReadStart()
	}
	cli.Connect("127.0.0.1", port, "", 0)
	runLoop(t, loop)
	if join(got) != "a,b" {
		t.Fatalf("read %q", got)
	}
}

// Two handles (two loops, as two processes) share a listening socket; one
// closes on its first connection while more wait in the backlog. Each of
// them must reach the other handle: a closing listener leaves what it has
// not delivered in the kernel, as libuv's does.
func TestClosingSharerLeavesBacklog(t *testing.T) {
	const clients = 64
	first, other := gort.NewLoop(), gort.NewLoop()
	srv := NewTCP(first)
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{Backlog: 511}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	a, _ := srv.SockName()
	fd, st := srv.DupFd()
	if st != 0 {
		t.Fatalf("dup: %d", st)
	}
	sharer := NewTCP(other)
	st = sharer.OpenListener(fd)
	syscall.Close(fd)
	if st != 0 {
		t.Fatalf("open listener: %d", st)
	}
	served := map[string]int{}
	serve := func(name string, srv *TCP, closeAfter bool) {
		srv.OnConnection = func(st int, c *TCP) {
			if st != 0 {
				t.Errorf("%s: accept %s", name, errName(st))
				return
			}
			served[name]++
			c.Write([]byte(name), nil)
			c.Close()
			if closeAfter {
				srv.Close()
			}
		}
	}
	serve("A", srv, true)
	serve("B", sharer, false)
	var conns []stdnet.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < clients; i++ {
		c, err := stdnet.Dial("tcp", stdnet.JoinHostPort("127.0.0.1", strconv.Itoa(a.Port)))
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	runLoop(t, first) // A takes one connection and closes
	done := make(chan struct{})
	go func() {
		defer close(done)
		runLoop(t, other)
	}()
	got := map[string]int{}
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b, err := io.ReadAll(c)
		if err != nil && !errors.Is(err, syscall.ECONNRESET) {
			t.Errorf("read: %v", err)
		}
		got[string(b)]++
	}
	other.Post(sharer.Close)
	<-done
	if got["A"] != 1 || got["B"] != clients-1 {
		t.Fatalf("clients were served %v (A took 1 and closed; B should have the other %d)", got, clients-1)
	}
	if served["A"]+served["B"] != clients {
		t.Fatalf("handles served %v", served)
	}
}

// A connection passed on after its peer reset it (getpeername then fails
// with ENOTCONN) is still a stream: reading it reports the reset, not
// ENOTCONN, and a listening socket opened the same way still listens.
func TestOpenClassifiesPassedSockets(t *testing.T) {
	ln, err := stdnet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cli, err := stdnet.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	conn, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cli.(*stdnet.TCPConn).SetLinger(0)
	cli.Close()
	f, err := conn.(*stdnet.TCPConn).File()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := int(f.Fd())
	for i := 0; i < 100 && isConnectedPeer(fd); i++ {
		time.Sleep(5 * time.Millisecond) // until the RST has landed
	}
	loop := gort.NewLoop()
	moved := NewTCP(loop)
	if st := moved.Open(fd); st != 0 {
		t.Fatalf("open: %s", errName(st))
	}
	status := 0
	moved.OnRead = func(n int, _ []byte) {
		if n < 0 {
			status = n
			moved.Close()
		}
	}
	if st := moved.ReadStart(); st != 0 {
		t.Fatalf("readStart: %s", errName(st))
	}
	runLoop(t, loop)
	if status != -int(syscall.ECONNRESET) && status != EOF {
		t.Fatalf("read %s, want ECONNRESET or EOF", errName(status))
	}

	lf, err := ln.(*stdnet.TCPListener).File()
	if err != nil {
		t.Fatal(err)
	}
	defer lf.Close()
	server := NewTCP(loop)
	if st := server.Open(int(lf.Fd())); st != 0 {
		t.Fatalf("open listening socket: %s", errName(st))
	}
	if st := server.ListenBound(511); st != 0 {
		t.Fatalf("listen: %s", errName(st))
	}
	server.OnConnection = func(_ int, c *TCP) {
		c.Close()
		server.Close()
	}
	ln.Close() // only server accepts now
	dialer := NewTCP(loop)
	dialer.OnConnect = func(int) { dialer.Close() }
	dialer.Connect("127.0.0.1", ln.Addr().(*stdnet.TCPAddr).Port, "", 0)
	runLoop(t, loop)
	if !server.closed {
		t.Fatal("the opened listening socket did not accept")
	}
}

func isConnectedPeer(fd int) bool {
	_, err := unix.Getpeername(fd)
	return err == nil
}
