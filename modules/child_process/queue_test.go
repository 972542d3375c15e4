package child_process_test

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/gocluster/gocluster/cluster/ipc"
	_ "github.com/gocluster/gocluster/modules"
	gort "github.com/gocluster/gocluster/runtime"
)

// testFDs hands descriptors to the script of TestHandleQueueOrder.
var testFDs struct{ channel, h1, h2 int }

func init() {
	// A core module only this test binary has: the script reaches the
	// channel internals through it.
	gort.RegisterCore("gocluster_test_ipc", func(rt *gort.Runtime, module *goja.Object) {
		exports := module.Get("exports").ToObject(rt.VM)
		_ = exports.Set("fds", []int{testFDs.channel, testFDs.h1, testFDs.h2})
		_ = exports.Set("internal", func(name string) goja.Value {
			v, err := rt.Require(name)
			if err != nil {
				panic(err)
			}
			return v
		})
	})
}

const queueScript = `
const t = require('gocluster_test_ipc');
const EventEmitter = require('events');
const { setupChannel, NativeHandle, openChannel } = t.internal('internal/child_process/channel');
const target = new EventEmitter();
setupChannel(target, openChannel(t.fds[0]), 'json');
const h1 = new NativeHandle(t.fds[1], 'net.Native');
const h2 = new NativeHandle(t.fds[2], 'net.Native');
console.log('m1', target.send('m1'));
console.log('h1', target.send('h1', h1));
console.log('m2', target.send('m2', (err) => console.log('m2 callback', err)));
console.log('m3', target.send('m3'));
console.log('h2', target.send('h2', h2));
console.log('m4', target.send('m4'));
target.on('message', (m, handle) => {
  const { TCP } = t.internal('internal/tcp_wrap');
  const kind = handle === undefined ? 'no handle' : handle instanceof TCP ? 'TCP' : handle.constructor.name;
  console.log('got', JSON.stringify(m), kind);
  if (handle) handle.close();
});
target.on('disconnect', () => console.log('disconnect'));
`

type frame struct {
	line string
	fd   int
}

// TestHandleQueueOrder drives the JS channel from a Go peer: while a
// NODE_HANDLE waits for its ACK nothing else is written, order is kept
// across the queue, a NACK of a native handle releases the queue without
// a resend, passed descriptors work, and the receiving side ACKs a handle
// and NACKs a NODE_HANDLE that came without one.
func TestHandleQueueOrder(t *testing.T) {
	peer, jsEnd, err := ipc.Pair()
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	r1, w1, _ := os.Pipe()
	r2, w2, _ := os.Pipe()
	defer r1.Close()
	defer r2.Close()
	testFDs.channel = dupFD(t, int(jsEnd.Fd()))
	testFDs.h1 = dupFD(t, int(w1.Fd()))
	testFDs.h2 = dupFD(t, int(w2.Fd()))
	jsEnd.Close()
	w1.Close()
	w2.Close()

	frames := make(chan frame, 64)
	peer.Start(0, func(fs []ipc.Frame, _ bool) {
		for _, f := range fs {
			frames <- frame{string(f.Line), f.FD}
		}
	}, func(error) { close(frames) })

	script := filepath.Join(t.TempDir(), "queue.js")
	if err := os.WriteFile(script, []byte(queueScript), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := gort.New(gort.Options{Script: script, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() { done <- rt.Run() }()

	next := func(want string) frame {
		t.Helper()
		select {
		case f, ok := <-frames:
			if !ok {
				t.Fatalf("channel ended, wanted %s\noutput:\n%s", want, out.String())
			}
			if f.line != want {
				t.Fatalf("got frame %s, want %s", f.line, want)
			}
			return f
		case <-time.After(10 * time.Second):
			t.Fatalf("no frame, wanted %s", want)
		}
		return frame{}
	}
	quiet := func() {
		t.Helper()
		select {
		case f := <-frames:
			t.Fatalf("frame %s written while a handle waits for its ACK", f.line)
		case <-time.After(200 * time.Millisecond):
		}
	}
	send := func(s string, fd int) {
		t.Helper()
		if _, err := peer.Write([]byte(s+"\n"), fd, func(error) {}); err != nil {
			t.Fatal(err)
		}
	}
	usable := func(f frame, r *os.File) {
		t.Helper()
		if f.fd < 0 {
			t.Fatalf("NODE_HANDLE frame %s came without its descriptor", f.line)
		}
		w := os.NewFile(uintptr(f.fd), "passed")
		defer w.Close()
		if _, err := w.Write([]byte("ok")); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 2)
		if _, err := r.Read(buf); err != nil || string(buf) != "ok" {
			t.Fatalf("passed descriptor is not the pipe: %q %v", buf, err)
		}
	}

	next(`"m1"`)
	usable(next(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"h1"}`), r1)
	quiet()
	send(`{"cmd":"NODE_HANDLE_ACK"}`, -1)
	next(`"m2"`)
	next(`"m3"`)
	usable(next(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"h2"}`), r2)
	quiet()
	send(`{"cmd":"NODE_HANDLE_NACK"}`, -1)
	next(`"m4"`)

	// The other direction: a handle with its descriptor is acknowledged,
	// one without is refused.
	pr, pw, _ := os.Pipe()
	defer pr.Close()
	send(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":{"with":"fd"}}`, int(pw.Fd()))
	pw.Close()
	next(`{"cmd":"NODE_HANDLE_ACK"}`)
	send(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"lost"}`, -1)
	next(`{"cmd":"NODE_HANDLE_NACK"}`)
	// A TCP socket becomes a tcp_wrap handle.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	cf, _ := conn.(*net.TCPConn).File()
	send(`{"cmd":"NODE_HANDLE","type":"net.Native","msg":"tcp"}`, int(cf.Fd()))
	cf.Close()
	next(`{"cmd":"NODE_HANDLE_ACK"}`)
	send(`"plain"`, -1)
	time.Sleep(100 * time.Millisecond)
	peer.Close()

	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit code %d\n%s", code, out.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the script did not finish after the channel closed")
	}
	want := strings.Join([]string{
		"m1 true", "h1 true", "m2 true", "m3 false", "h2 false", "m4 false",
		"m2 callback null",
		`got {"with":"fd"} NativeHandle`,
		`got "tcp" TCP`,
		`got "plain" no handle`,
		"disconnect",
	}, "\n") + "\n"
	if out.String() != want {
		t.Fatalf("script output:\n%s\nwant:\n%s", out.String(), want)
	}
}

func dupFD(t *testing.T, fd int) int {
	t.Helper()
	n, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
