package net

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// Two sockets on loopback: a datagram sent while the receiver is stopped
// waits in the kernel and arrives once it starts; the loop ends when both
// close.
func TestUDPLoopbackRecvStartStop(t *testing.T) {
	loop := gort.NewLoop()
	rx, tx := NewUDP(loop), NewUDP(loop)
	defer rx.Close()
	defer tx.Close()
	if st := rx.Bind("127.0.0.1", 0, 4, 0); st != 0 {
		t.Fatalf("bind: %d", st)
	}
	if st := tx.Bind("127.0.0.1", 0, 4, 0); st != 0 {
		t.Fatalf("bind: %d", st)
	}
	rxAddr, _ := rx.SockName()
	txAddr, _ := tx.SockName()
	var got []string
	rx.OnMessage = func(n int, data []byte, from Addr) {
		if n < 0 {
			t.Errorf("recv: %d", n)
			return
		}
		if from != txAddr {
			t.Errorf("from %v, want %v", from, txAddr)
		}
		got = append(got, string(data))
		if len(got) == 1 {
			// Stopped: the second datagram waits in the kernel.
			rx.RecvStop()
			tx.Send([][]byte{[]byte("two")}, "127.0.0.1", rxAddr.Port, 4, nil)
			loop.NewTimer(func() (time.Duration, bool) {
				if len(got) != 1 {
					t.Errorf("a stopped handle received: %q", got)
				}
				if st := rx.RecvStart(); st != 0 {
					t.Errorf("recvStart: %d", st)
				}
				return 0, false
			}).Start(30 * time.Millisecond)
			return
		}
		rx.Close()
		tx.Close()
	}
	if st := rx.RecvStart(); st != 0 {
		t.Fatalf("recvStart: %d", st)
	}
	if st := rx.RecvStart(); st != -int(syscall.EALREADY) {
		t.Errorf("second recvStart: %d, want EALREADY", st)
	}
	n, sync, st := tx.Send([][]byte{[]byte("o"), []byte("ne")}, "127.0.0.1", rxAddr.Port, 4, nil)
	if st != 0 || !sync || n != 3 {
		t.Fatalf("send: n=%d sync=%v status=%d", n, sync, st)
	}
	runLoop(t, loop)
	if fmt.Sprint(got) != "[one two]" {
		t.Fatalf("received %q", got)
	}
	if rx.Fd() != -1 || rx.RecvStart() != -int(syscall.EINVAL) {
		t.Errorf("closed handle still has a socket")
	}
}

// Sends the kernel refuses wait in order and go out when the peer makes
// room; each is reported to OnSend on a later turn, and the queue counts
// them until then. A connected Unix datagram pair refuses once the peer's
// queue is full, which loopback UDP hardly ever does.
func TestUDPQueuedSendsInOrder(t *testing.T) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	peer := fds[1]
	defer unix.Close(peer)
	loop := gort.NewLoop()
	u := NewUDP(loop)
	defer u.Close()
	if st := u.Open(fds[0]); st != 0 {
		unix.Close(fds[0])
		t.Fatalf("open: %d", st)
	}
	payload := func(i int) []byte { return []byte(fmt.Sprintf("datagram %05d", i)) }
	total := 0
	for ; ; total++ {
		if total > 100000 {
			t.Fatal("the kernel never refused a send")
		}
		n, sync, st := u.Send([][]byte{payload(total)}, "", 0, 0, total)
		if st != 0 {
			t.Fatalf("send %d: %d", total, st)
		}
		if !sync {
			break
		}
		if n != len(payload(total)) {
			t.Fatalf("send %d: %d bytes", total, n)
		}
	}
	firstQueued := total
	total++
	// Later sends queue behind the first refused one, even with room.
	for ; total < firstQueued+4; total++ {
		if _, sync, st := u.Send([][]byte{payload(total)}, "", 0, 0, total); st != 0 || sync {
			t.Fatalf("send %d behind the queue: sync=%v status=%d", total, sync, st)
		}
	}
	if u.SendQueueCount() != 4 || u.SendQueueSize() != 4*len(payload(0)) {
		t.Fatalf("queue: %d datagrams, %d bytes", u.SendQueueCount(), u.SendQueueSize())
	}
	received := make(chan []string, 1)
	go func() {
		var got []string
		buf := make([]byte, 64)
		for len(got) < total {
			n, _, err := unix.Recvfrom(peer, buf, 0)
			if err != nil {
				break
			}
			got = append(got, string(buf[:n]))
		}
		received <- got
	}()
	var reported []any
	u.OnSend = func(req any, status, sent int) {
		if status != 0 || sent != len(payload(0)) {
			t.Errorf("send %v: status %d, %d bytes", req, status, sent)
		}
		reported = append(reported, req)
		if u.SendQueueCount() != 4-len(reported) {
			t.Errorf("after %d reports the queue counts %d", len(reported), u.SendQueueCount())
		}
		if len(reported) == 4 {
			u.Close()
		}
	}
	runLoop(t, loop)
	if fmt.Sprint(reported) != fmt.Sprint([]int{firstQueued, firstQueued + 1, firstQueued + 2, firstQueued + 3}) {
		t.Fatalf("reports %v, queued from %d", reported, firstQueued)
	}
	got := <-received
	if len(got) != total {
		t.Fatalf("peer got %d datagrams, want %d", len(got), total)
	}
	for i, d := range got {
		if d != string(payload(i)) {
			t.Fatalf("datagram %d is %q", i, d)
		}
	}
}

// Two handles bounce a datagram back and forth: every datagram that comes
// while the other side is busy is still read (the readiness goroutine this
// replaced lost its wake-up after a few rounds).
func TestUDPPingPong(t *testing.T) {
	const rounds = 500
	loop := gort.NewLoop()
	a, b := NewUDP(loop), NewUDP(loop)
	defer a.Close()
	defer b.Close()
	for _, u := range []*UDP{a, b} {
		if st := u.Bind("127.0.0.1", 0, 4, 0); st != 0 {
			t.Fatalf("bind: %d", st)
		}
		if st := u.RecvStart(); st != 0 {
			t.Fatalf("recvStart: %d", st)
		}
	}
	bAddr, _ := b.SockName()
	b.OnMessage = func(n int, data []byte, from Addr) {
		if n >= 0 {
			b.Send([][]byte{data}, from.Address, from.Port, 4, nil)
		}
	}
	got := 0
	a.OnMessage = func(n int, data []byte, _ Addr) {
		if n < 0 {
			t.Errorf("recv: %d", n)
			return
		}
		if got++; got == rounds {
			a.Close()
			b.Close()
			return
		}
		a.Send([][]byte{data}, "127.0.0.1", bAddr.Port, 4, nil)
	}
	a.Send([][]byte{[]byte("ping")}, "127.0.0.1", bAddr.Port, 4, nil)
	runLoop(t, loop)
	if got != rounds {
		t.Fatalf("%d of %d round trips", got, rounds)
	}
}
