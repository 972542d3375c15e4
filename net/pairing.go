package net

import (
	stdnet "net"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// A connection between two handles of this process is seen by libuv in
// one poll: the listening socket became readable while connect() ran, so
// the server's 'connection' comes before the client's 'connect'. Here the
// two ends wake on different goroutines; pairing makes the connecting side
// wait (briefly) until the accepting side has posted its connection.

// pairWait bounds the wait, for a listener that does not accept in time.
const pairWait = 50 * time.Millisecond

var pairs = struct {
	sync.Mutex
	ports    map[int]int              // listening TCP ports of this process
	dialing  map[int]int              // connects in progress, by target port
	accepted map[string]chan struct{} // by the client's address
}{
	ports:    map[int]int{},
	dialing:  map[int]int{},
	accepted: map[string]chan struct{}{},
}

var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

func pairListen(port int) {
	pairs.Lock()
	pairs.ports[port]++
	pairs.Unlock()
}

func pairUnlisten(port int) {
	pairs.Lock()
	if pairs.ports[port]--; pairs.ports[port] <= 0 {
		delete(pairs.ports, port)
	}
	pairs.Unlock()
}

// pairDialing reports whether a connect to ip:port may reach a listener of
// this process, and if so counts it until pairDialed.
func pairDialing(ip stdnet.IP, port int) bool {
	if ip == nil || !(ip.IsLoopback() || ip.IsUnspecified()) {
		return false
	}
	pairs.Lock()
	defer pairs.Unlock()
	if pairs.ports[port] == 0 {
		return false
	}
	pairs.dialing[port]++
	return true
}

// pairDialed waits until the connection from local (the client's address)
// to port was accepted here, or pairWait passed.
func pairDialed(port int, local string) {
	pairs.Lock()
	ch, ok := pairs.accepted[local]
	if !ok {
		ch = make(chan struct{})
		pairs.accepted[local] = ch
	}
	pairs.Unlock()
	t := time.NewTimer(pairWait)
	select {
	case <-ch:
	case <-t.C:
	}
	t.Stop()
	pairs.Lock()
	delete(pairs.accepted, local)
	pairs.Unlock()
	pairDone(port)
}

// pairDone ends a connect counted by pairDialing.
func pairDone(port int) {
	pairs.Lock()
	if pairs.dialing[port]--; pairs.dialing[port] <= 0 {
		delete(pairs.dialing, port)
		// Marks of connections from elsewhere are of no use now.
		for k, c := range pairs.accepted {
			if c == closedChan {
				delete(pairs.accepted, k)
			}
		}
	}
	pairs.Unlock()
}

// pairAccepted marks a connection accepted on port (after it was posted to
// the loop) for a connect of this process that waits for it; the peer's
// address, as accept4 gave it, is decoded only then.
func pairAccepted(port int, peer *unix.RawSockaddrAny) {
	pairs.Lock()
	defer pairs.Unlock()
	if pairs.dialing[port] == 0 {
		return
	}
	remote := sockaddrString(rawSockaddr(peer))
	if ch, ok := pairs.accepted[remote]; ok {
		if ch != closedChan {
			close(ch)
			pairs.accepted[remote] = closedChan
		}
		return
	}
	pairs.accepted[remote] = closedChan
}

// Unix sockets have no client address to match, but a listener takes
// connections in the order they were made: the k-th connect to a path
// (while any is in progress) waits for the k-th accept there.
var unixPairs = struct {
	sync.Mutex
	paths map[string]*unixPair
	cond  *sync.Cond
}{paths: map[string]*unixPair{}}

type unixPair struct {
	listeners int
	dialing   int
	connected int // tickets given to connects that succeeded
	accepted  int
}

func init() { unixPairs.cond = sync.NewCond(&unixPairs.Mutex) }

func unixPairListen(path string, add int) {
	unixPairs.Lock()
	p := unixPairs.paths[path]
	if p == nil {
		p = &unixPair{}
		unixPairs.paths[path] = p
	}
	p.listeners += add
	if p.listeners <= 0 && p.dialing == 0 {
		delete(unixPairs.paths, path)
	}
	unixPairs.Unlock()
}

func unixPairDialing(path string) bool {
	unixPairs.Lock()
	defer unixPairs.Unlock()
	p := unixPairs.paths[path]
	if p == nil || p.listeners <= 0 {
		return false
	}
	p.dialing++
	return true
}

// unixPairDialed ends a connect counted by unixPairDialing; a successful
// one first waits for its accept (at most pairWait).
func unixPairDialed(path string, ok bool) {
	unixPairs.Lock()
	p := unixPairs.paths[path]
	if ok {
		p.connected++
		ticket := p.connected
		deadline := time.Now().Add(pairWait)
		timer := time.AfterFunc(pairWait, func() {
			unixPairs.Lock()
			unixPairs.cond.Broadcast()
			unixPairs.Unlock()
		})
		for p.accepted < ticket && time.Now().Before(deadline) {
			unixPairs.cond.Wait()
		}
		timer.Stop()
	}
	if p.dialing--; p.dialing == 0 {
		p.connected, p.accepted = 0, 0
		if p.listeners <= 0 {
			delete(unixPairs.paths, path)
		}
	}
	unixPairs.Unlock()
}

func unixPairAccepted(path string) {
	unixPairs.Lock()
	if p := unixPairs.paths[path]; p != nil && p.dialing > 0 {
		p.accepted++
		unixPairs.cond.Broadcast()
	}
	unixPairs.Unlock()
}
