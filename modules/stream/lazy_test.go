package stream_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/gocluster/gocluster/modules"
	gort "github.com/gocluster/gocluster/runtime"
)

// run runs script in a runtime of its own and returns what it printed;
// before it runs, globals[name] is set to the internal module named.
func run(t *testing.T, script string, globals map[string]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := gort.New(gort.Options{Script: path, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	for name, module := range globals {
		v, err := rt.Require(module)
		if err != nil {
			t.Fatal(err)
		}
		if err := rt.VM.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	if code := rt.Run(); code != 0 {
		t.Fatalf("exit code %d: %s", code, out.String())
	}
	return out.String()
}

// The parts a program rarely needs load on first use, and the functions
// standing for them until then look as the parts' own do.
func TestLazyParts(t *testing.T) {
	lazy := []string{"compose", "operators", "pipeline", "from", "abort", "end-of-stream", "readable_pipe", "web"}
	run(t, `const { Readable, Writable, PassThrough } = require('stream');
new PassThrough().end('x');
process.stdout.write('ok\n');`, nil)
	compiled := gort.CompiledPrograms()
	for _, part := range lazy {
		if slices.Contains(compiled, "node:internal/streams/"+part) {
			t.Errorf("%s compiled by a program that never used it", part)
		}
	}

	// Each Readable operator method is named and sized as the operator
	// the part exports (stream.js has a table of them).
	out := run(t, `const { Readable } = require('stream');
const ops = streamParts.load('operators');
const lines = [];
for (const group of ['streamReturningOperators', 'promiseReturningOperators']) {
  for (const key of Object.keys(ops[group])) {
    const m = Readable.prototype[key];
    const op = ops[group][key];
    lines.push(key + ' ' + (m.name === op.name && m.length === op.length ? 'ok' : m.name + '/' + m.length + ' != ' + op.name + '/' + op.length));
  }
}
process.stdout.write(lines.join('\n') + '\n');`, map[string]string{"streamParts": "internal/streams"})
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasSuffix(line, " ok") {
			t.Errorf("operator %s", line)
		}
	}
	if n := strings.Count(out, "\n"); n != 13 {
		t.Errorf("%d operators, the table has 13:\n%s", n, out)
	}
}

// Duplex.from and compose know a Blob and a web stream when they meet one,
// without loading Blob, the web streams or the adapters for the others.
func TestDuplexFromLoadsNoWebParts(t *testing.T) {
	out := run(t, `const { Duplex, compose, PassThrough } = require('stream');
Duplex.from([1, 2]).resume();
Duplex.from({ readable: new PassThrough() });
compose(new PassThrough(), new PassThrough()).end('x');
process.stdout.write('ok\n');`, nil)
	if out != "ok\n" {
		t.Fatalf("printed %q", out)
	}
	compiled := gort.CompiledPrograms()
	for _, name := range []string{"node:internal/streams/web", "node:internal/webstreams", "node:buffer/blob"} {
		if slices.Contains(compiled, name) {
			t.Errorf("%s compiled by a program without web streams or Blobs", name)
		}
	}
	run(t, `const { Readable } = require('stream');
Readable.toWeb(Readable.from(['x']));
require('stream').Duplex.from(new Blob(['b']));`, nil)
	compiled = gort.CompiledPrograms()
	for _, name := range []string{"node:internal/streams/web", "node:internal/webstreams", "node:buffer/blob"} {
		if !slices.Contains(compiled, name) {
			t.Errorf("%s not among the compiled programs %v: the names this test checks are stale", name, compiled)
		}
	}
}

// internal/streams/state (node --expose-internals) gives the same default
// high-water marks the streams use, and its getHighWaterMark takes a state.
func TestStateModule(t *testing.T) {
	out := run(t, `const { Readable } = require('stream');
state.setDefaultHighWaterMark(false, 1000);
const r = new Readable();
const hwm = state.getHighWaterMark({ objectMode: true }, { readableHighWaterMark: 3 }, 'readableHighWaterMark', true);
process.stdout.write([state.getDefaultHighWaterMark(false), r.readableHighWaterMark, state.getDefaultHighWaterMark(true), hwm].join(' '));`,
		map[string]string{"state": "internal/streams/state"})
	if out != "1000 1000 16 3" {
		t.Errorf("got %q", out)
	}
}
