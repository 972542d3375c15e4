package runtime_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/gocluster/gocluster/modules"
	"github.com/gocluster/gocluster/runtime"
)

// A runtime that is done leaves no descriptors behind (its loop's epoll
// instance and eventfd included), so an embedder can run one after another.
func TestRunLeavesNoDescriptors(t *testing.T) {
	script := filepath.Join(t.TempDir(), "main.js")
	src := `const s = require('net').createServer().listen(0, '127.0.0.1', () => {
		const c = require('net').connect(s.address().port, '127.0.0.1', () => { c.destroy(); s.close(); });
	});`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func() {
		rt, err := runtime.New(runtime.Options{Script: script, Stdout: io.Discard, Stderr: io.Discard})
		if err != nil {
			t.Fatal(err)
		}
		if code := rt.Run(); code != 0 {
			t.Fatalf("exit code %d", code)
		}
	}
	openFDs := func() int {
		entries, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skip("no /proc/self/fd")
		}
		return len(entries)
	}
	run() // what the first run sets up for good (Go's own poller)
	before := openFDs()
	for i := 0; i < 3; i++ {
		run()
	}
	if after := openFDs(); after > before {
		t.Fatalf("%d descriptors open after three more runs, %d before", after, before)
	}
}
