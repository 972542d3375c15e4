package net

import (
	"os"
	"syscall"

	"golang.org/x/sys/unix"

	gort "github.com/gocluster/gocluster/runtime"
)

// connector is the client side of a stream handle (TCP, Pipe): a connect
// in progress, as libuv's connect request.
type connector struct {
	connecting bool
	cancel     func() // stops a connect in progress
	// OnConnect reports the end of Connect: 0 or a negative errno.
	OnConnect func(status int)
}

// watchConnect follows a connect that fd started (or that failed at once
// with err) on the loop, as libuv does: the loop's poll reports its end,
// in the same poll that shows a listener of this process the connection,
// and after it (the listener was ready first), so a server's 'connection'
// comes before its client's 'connect', as under node. s becomes the
// connected stream.
func (c *connector) watchConnect(s *Stream, fd int, err error) {
	h := s.h
	if err != nil {
		h.post(func() { c.connected(s, -1, err) })
		return
	}
	var w *gort.FDWatch
	w = h.loop.NewFDWatch(fd, func(_, _ bool) {
		soerr, gerr := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if gerr == nil && soerr == int(unix.EINPROGRESS) {
			return
		}
		w.Stop()
		var err error
		if gerr != nil {
			err = os.NewSyscallError("getsockopt", gerr)
		} else if soerr != 0 {
			err = os.NewSyscallError("connect", unix.Errno(soerr))
		}
		if err != nil {
			unix.Close(fd)
		}
		c.connected(s, fd, err)
	})
	if err := w.Want(false, true); err != nil {
		unix.Close(fd)
		h.post(func() { c.connected(s, -1, err) })
		return
	}
	c.cancel = func() {
		w.Stop()
		unix.Close(fd)
	}
}

// connected ends a connect: fd is the connected socket, or err says why
// there is none.
func (c *connector) connected(s *Stream, fd int, err error) {
	c.connecting = false
	c.cancel = nil
	if err == nil {
		if st := s.attachFD(fd, true); st != 0 {
			err = syscall.Errno(-st)
		}
	}
	s.h.update()
	if err != nil {
		c.OnConnect(Errno(err))
		return
	}
	c.OnConnect(0)
}

// stopConnect abandons a connect in progress (the handle closes).
func (c *connector) stopConnect() {
	if c.cancel != nil {
		c.cancel()
		c.cancel = nil
	}
	c.connecting = false
}
