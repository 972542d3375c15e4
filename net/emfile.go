package net

import (
	"sync"

	"golang.org/x/sys/unix"
)

// A process out of descriptors cannot accept, and the connections would
// wait in the backlog, their clients hanging. libuv keeps one descriptor
// spare for this: when accept fails with EMFILE or ENFILE it closes the
// spare, accepts the waiting connections and closes each at once (the
// clients see their connection end), then opens the spare again. So does
// this package, one spare per process (the descriptor limit is the
// process's).
var spareFD = struct {
	sync.Mutex
	fd int // -1 while none is held
}{fd: -1}

// reserveSpareFD opens the spare descriptor if none is held; a listener
// does so when it starts accepting, while descriptors are still free.
func reserveSpareFD() {
	spareFD.Lock()
	if spareFD.fd < 0 {
		spareFD.fd = openSpare()
	}
	spareFD.Unlock()
}

func openSpare() int {
	fd, err := unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		// /dev/null may be missing in a chroot; any directory will do.
		fd, err = unix.Open("/", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	}
	if err != nil {
		return -1
	}
	return fd
}

// dropWaiting frees the spare descriptor, accepts every connection waiting
// on the listening socket lfd and closes it, and takes a spare again. It
// returns the error that ended the accepting: EAGAIN when the backlog is
// empty, EMFILE when there was no spare to free.
func dropWaiting(lfd int) error {
	spareFD.Lock()
	defer spareFD.Unlock()
	if spareFD.fd < 0 {
		return unix.EMFILE
	}
	unix.Close(spareFD.fd)
	spareFD.fd = -1
	var err error
	for {
		var nfd int
		nfd, err = accept4(lfd)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			break
		}
		unix.Close(nfd)
	}
	spareFD.fd = openSpare()
	return err
}
