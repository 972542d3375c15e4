package net

import (
	"strings"
	"testing"
	"time"

	gort "github.com/gocluster/gocluster/runtime"
)

// Close callbacks run in the loop's closing phase, as libuv's: after the
// turn's immediates, before the next turn's timers, the last closed first.
func TestCloseCallbacksRunInClosingPhase(t *testing.T) {
	loop := gort.NewLoop()
	var events []string
	log := func(s string) func() { return func() { events = append(events, s) } }
	loop.Post(func() {
		a, b, u := NewTCP(loop), NewPipe(loop), NewUDP(loop)
		a.OnClose, b.OnClose, u.OnClose = log("tcp close"), log("pipe close"), log("udp close")
		loop.NewTimer(func() (time.Duration, bool) {
			events = append(events, "timer")
			return 0, false
		}).Start(0)
		a.Close()
		b.Close()
		u.Close()
		loop.NewImmediate(log("immediate"))
	})
	loop.Run()
	got := strings.Join(events, ", ")
	want := "immediate, udp close, pipe close, tcp close, timer"
	if got != want {
		t.Fatalf("events: %s\nwant:   %s", got, want)
	}
}
