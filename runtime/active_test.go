package runtime

import "testing"

// Closed handles leave the tracked list even when nothing asks for the
// active handles: a server that makes and closes connections for ever must
// not keep every one of them (and all its JS objects) alive.
func TestTrackedHandlesDropClosedOnes(t *testing.T) {
	rt, err := New(Options{Eval: "0"})
	if err != nil {
		t.Fatal(err)
	}
	kind := func() string { return "TCPSocketWrap" }
	yes := func() bool { return true }
	closed := func() bool { return false }
	open := 0
	for i := 0; i < 10000; i++ {
		alive := closed
		if i%100 == 0 {
			alive = yes // a few stay open
			open++
		}
		rt.TrackHandle(rt.VM.NewObject(), kind, yes, alive)
	}
	v, _ := handleLists.Load(rt)
	l := v.(*handleList)
	if n := len(l.all); n > 2*open+64 {
		t.Fatalf("%d handles tracked after 10000 were made and all but %d closed", n, open)
	}
	owners, _ := rt.liveHandles()
	if len(owners) != open {
		t.Fatalf("%d live handles, want %d", len(owners), open)
	}
}
