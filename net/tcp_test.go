package net

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// runLoop turns loop with a deadline, so a broken handle fails the test
// instead of hanging it.
func runLoop(t *testing.T, loop *gort.Loop) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		time.Sleep(10 * time.Second)
		select {
		case <-done:
		default:
			loop.Post(func() { loop.Stop() })
		}
	}()
	loop.Run()
	close(done)
}

// An echo server and a client on one loop: connect, write, read the echo,
// half-close, and everything closes so the loop ends by itself.
func TestEchoOverLoopback(t *testing.T) {
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	var conns []*TCP
	srv.OnConnection = func(status int, c *TCP) {
		if status != 0 {
			t.Errorf("accept: %d", status)
			return
		}
		conns = append(conns, c)
		c.OnRead = func(n int, data []byte) {
			if n < 0 {
				c.Shutdown()
				return
			}
			if done, st := c.Write(data, nil); st != 0 || !done && st != 0 {
				t.Errorf("server write: %d", st)
			}
		}
		c.OnShutdown = func(int) { c.Close() }
		c.ReadStart()
	}
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	addr, st := srv.SockName()
	if st != 0 || addr.Port == 0 || addr.Family != "IPv4" {
		t.Fatalf("sockname %+v %d", addr, st)
	}

	payload := bytes.Repeat([]byte("hello gocluster "), 20000) // 320 KB: more than one read
	var got []byte
	cli := NewTCP(loop)
	cli.OnConnect = func(status int) {
		if status != 0 {
			t.Fatalf("connect: %d", status)
		}
		peer, _ := cli.PeerName()
		if peer.Port != addr.Port {
			t.Errorf("peer %+v, want port %d", peer, addr.Port)
		}
		cli.OnRead = func(n int, data []byte) {
			if n == EOF {
				cli.Close()
				srv.Close()
				return
			}
			if n < 0 {
				t.Errorf("client read: %d", n)
				return
			}
			got = append(got, data...)
		}
		cli.ReadStart()
		if _, st := cli.Write(payload, "req"); st != 0 {
			t.Errorf("client write: %d", st)
		}
		cli.Shutdown()
	}
	cli.Connect("127.0.0.1", addr.Port, "", 0)
	runLoop(t, loop)
	if !bytes.Equal(got, payload) {
		t.Fatalf("echo: got %d bytes, want %d", len(got), len(payload))
	}
	if len(conns) != 1 {
		t.Fatalf("connections: %d", len(conns))
	}
}

// A refused connection reports ECONNREFUSED, and a port in use EADDRINUSE.
func TestErrors(t *testing.T) {
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	addr, _ := srv.SockName()
	second := NewTCP(loop)
	if st := second.Listen("127.0.0.1", addr.Port, 4, ListenOptions{}); st != -98 {
		t.Errorf("second listen: %d, want -98 (EADDRINUSE)", st)
	}
	srv.Close()

	var status int
	cli := NewTCP(loop)
	cli.OnConnect = func(st int) { status = st; cli.Close() }
	cli.Connect("127.0.0.1", addr.Port, "", 0)
	runLoop(t, loop)
	if status != -111 {
		t.Fatalf("connect to a closed port: %d, want -111 (ECONNREFUSED)", status)
	}
}

// An unreferenced listening server does not keep the loop alive.
func TestUnrefServer(t *testing.T) {
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	srv.Unref()
	start := time.Now()
	runLoop(t, loop)
	if time.Since(start) > 2*time.Second {
		t.Fatal("loop stayed alive for an unreferenced server")
	}
	srv.Close()
}

// A server's fd moved into another handle (as between cluster processes)
// accepts connections there.
func TestListenerFdPassing(t *testing.T) {
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	addr, _ := srv.SockName()
	fd, st := srv.DupFd()
	if st != 0 {
		t.Fatalf("dup: %d", st)
	}
	srv.Close()
	moved := NewTCP(loop)
	if st := moved.OpenListener(fd); st != 0 {
		t.Fatalf("open listener: %d", st)
	}
	accepted := 0
	moved.OnConnection = func(status int, c *TCP) {
		accepted++
		c.Close()
		moved.Close()
	}
	cli := NewTCP(loop)
	cli.OnConnect = func(st int) {
		if st != 0 {
			t.Errorf("connect: %d", st)
		}
		cli.Close()
	}
	cli.Connect("127.0.0.1", addr.Port, "", 0)
	runLoop(t, loop)
	if accepted != 1 {
		t.Fatalf("accepted %d", accepted)
	}
}

// Accepted and connected sockets start as libuv leaves them: keep-alive off
// (Go's net package would turn it on); SetKeepAlive sets it as
// uv_tcp_keepalive does.
func TestSocketOptionsAsLibuv(t *testing.T) {
	loop := gort.NewLoop()
	srv, port := listenLocal(t, loop)
	opt := func(c *TCP, level, name int) int {
		v := -1
		c.control(func(fd int) { v, _ = unix.GetsockoptInt(fd, level, name) })
		return v
	}
	cli := NewTCP(loop)
	var accepted *TCP
	done := func() {
		if accepted != nil && cli.Connected() {
			accepted.Close()
			cli.Close()
			srv.Close()
		}
	}
	srv.OnConnection = func(_ int, c *TCP) {
		if v := opt(c, unix.SOL_SOCKET, unix.SO_KEEPALIVE); v != 0 {
			t.Errorf("accepted socket: SO_KEEPALIVE %d, want 0", v)
		}
		if st := c.SetKeepAlive(true, 7); st != 0 {
			t.Errorf("SetKeepAlive: %d", st)
		}
		if on, idle := opt(c, unix.SOL_SOCKET, unix.SO_KEEPALIVE), opt(c, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE); on != 1 || idle != 7 {
			t.Errorf("after SetKeepAlive(true, 7): SO_KEEPALIVE %d, TCP_KEEPIDLE %d", on, idle)
		}
		accepted = c
		done()
	}
	cli.OnConnect = func(int) {
		if v := opt(cli, unix.SOL_SOCKET, unix.SO_KEEPALIVE); v != 0 {
			t.Errorf("connected socket: SO_KEEPALIVE %d, want 0", v)
		}
		done()
	}
	cli.Connect("127.0.0.1", port, "", 0)
	runLoop(t, loop)
}
