package net

import (
	"testing"
	"time"

	gort "github.com/gocluster/gocluster/runtime"
)

// idleUnit scales the test's times: large enough that a loop stalled by a
// loaded machine does not fire the timeout between two writes.
const idleUnit = 5

// A server connection with a 60 ms inactivity timeout (times idleUnit) and
// a Consumer: data
// goes to the Consumer (not OnRead) and pushes the timeout back; the
// timeout fires once the client is quiet, and activity after it arms it
// again; end of input still reaches OnRead.
func TestIdleTimeoutAndConsumer(t *testing.T) {
	loop := gort.NewLoop()
	srv := NewTCP(loop)
	start := time.Now()
	var fired []time.Duration
	consumed, onRead := 0, 0
	var client *TCP
	srv.OnConnection = func(status int, c *TCP) {
		if status != 0 {
			t.Errorf("accept: %d", status)
			return
		}
		c.Consumer = func(data []byte) {
			consumed += len(data)
			c.Touch()
		}
		c.OnRead = func(n int, _ []byte) {
			onRead++
			if n < 0 {
				c.Close()
				srv.Close()
			}
		}
		c.OnTimeout = func() {
			fired = append(fired, time.Since(start))
			if len(fired) == 1 {
				// Activity after the timeout arms it again.
				client.Write([]byte("again"), nil)
				return
			}
			client.Close()
		}
		c.SetTimeout(60 * idleUnit)
		c.ReadStart()
	}
	if st := srv.Listen("127.0.0.1", 0, 4, ListenOptions{}); st != 0 {
		t.Fatalf("listen: %d", st)
	}
	addr, _ := srv.SockName()
	client = NewTCP(loop)
	client.OnConnect = func(status int) {
		if status != 0 {
			t.Errorf("connect: %d", status)
			return
		}
		// Writes 40 ms apart keep the 60 ms timeout from firing (times idleUnit).
		for i := 1; i <= 3; i++ {
			tm := loop.NewTimer(func() (time.Duration, bool) {
				client.Write([]byte("ping"), nil)
				return 0, false
			})
			tm.Start(time.Duration(40*i*idleUnit) * time.Millisecond)
		}
	}
	if st := client.Connect("127.0.0.1", addr.Port, "", 0); st != 0 {
		t.Fatalf("connect: %d", st)
	}
	runLoop(t, loop)

	if len(fired) != 2 {
		t.Fatalf("timeouts fired %d times, want 2", len(fired))
	}
	if fired[0] < 170*idleUnit*time.Millisecond {
		t.Errorf("first timeout at %v: activity at %d ms should hold it to %d ms", fired[0], 120*idleUnit, 180*idleUnit)
	}
	if consumed != len("ping")*3+len("again") {
		t.Errorf("consumer got %d bytes", consumed)
	}
	if onRead != 1 {
		t.Errorf("OnRead called %d times, want once (end of input)", onRead)
	}
}
