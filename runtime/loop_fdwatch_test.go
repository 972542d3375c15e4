package runtime

import (
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// A loop asleep on a watched descriptor wakes for it, and for a Post from
// another goroutine while it polls.
func TestWatchFD(t *testing.T) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	l := NewLoop()
	var got []string
	var stop func()
	l.Ref()
	l.Post(func() {
		var err error
		stop, err = l.WatchFD(p[0], func() {
			buf := make([]byte, 16)
			n, _ := unix.Read(p[0], buf)
			got = append(got, string(buf[:n]))
			// Still watched, the pipe empty: only the eventfd can wake it.
			go func() {
				time.Sleep(20 * time.Millisecond)
				l.Post(func() { got = append(got, "posted"); stop(); l.Unref() })
			}()
		})
		if err != nil {
			t.Error(err)
		}
		go func() {
			time.Sleep(20 * time.Millisecond)
			_, _ = unix.Write(p[1], []byte("x"))
		}()
	})
	done := make(chan struct{})
	go func() { l.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("loop did not wake")
	}
	if len(got) != 2 || got[0] != "x" || got[1] != "posted" {
		t.Fatalf("got %q", got)
	}
}
