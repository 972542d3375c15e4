package runtime_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/gocluster/gocluster/modules"
	"github.com/gocluster/gocluster/runtime"
)

// A program compiles the internal programs it needs and no others: the
// parts behind rarely used functions load when first called. Each case
// runs in a process of its own (this test binary, run again), since a
// process compiles each program once for all its runtimes.
func TestLoadsOnlyWhatItUses(t *testing.T) {
	if script := os.Getenv("GOCLUSTER_LAZY_TEST_SCRIPT"); script != "" {
		rt, err := runtime.New(runtime.Options{Script: script})
		if err != nil {
			t.Fatal(err)
		}
		if code := rt.Run(); code != 0 {
			t.Fatalf("exit code %d", code)
		}
		os.Stderr.WriteString("\ncompiled: " + strings.Join(runtime.CompiledPrograms(), " ") + "\n")
		return
	}
	clientSide := []string{"node:_http_client_request", "node:_http_agent_pool", "node:_http_client_socket",
		"node:url", "node:internal/net/connect"}
	streamExtras := []string{"node:internal/streams/compose", "node:internal/streams/operators",
		"node:internal/streams/pipeline", "node:internal/streams/from", "node:buffer/buffer_rw_ops"}
	cases := []struct {
		name, script string
		notCompiled  []string
		stdoutToFile bool
	}{
		{"empty", ``, []string{"node:internal/events/waiting", "node:stream", "node:buffer",
			"node:internal/process/methods", "node:internal/error_stack/callsites"}, false},
		{"console.log", `console.log('port', 8080, null);`, []string{"node:util", "node:stream",
			"node:internal/util/inspect_walk", "node:internal/util/inspect_describe"}, false},
		{"stdout", `process.stdout.write('x\n');`, append([]string{"node:util", "node:internal/net/connect", "node:internal/net/server_listen"}, streamExtras...), false},
		{"stdout to a file", `process.stdout.write('x\n');`, []string{"node:fs", "node:net"}, true},
		{"http server", `require('http').createServer((req, res) => res.end()).listen(0, '127.0.0.1', function () { this.close(); });`,
			append(clientSide, streamExtras...), false},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			script := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".js")
			if err := os.WriteFile(script, []byte(c.script), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestLoadsOnlyWhatItUses$")
			cmd.Env = append(os.Environ(), "GOCLUSTER_LAZY_TEST_SCRIPT="+script)
			// stdout is a pipe, as under a cluster primary or a shell's |,
			// or a file.
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stderr, &stderr
			if c.stdoutToFile {
				f, err := os.Create(script + ".out")
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				cmd.Stdout = f
			}
			err := cmd.Run()
			out := stderr.Bytes()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			_, list, ok := strings.Cut(string(out), "\ncompiled: ")
			if !ok {
				t.Fatalf("no list of compiled programs in:\n%s", out)
			}
			compiled := strings.Fields(strings.SplitN(list, "\n", 2)[0])
			for _, name := range c.notCompiled {
				if slices.Contains(compiled, name) {
					t.Errorf("%s compiled, though the program never uses it", name)
				}
			}
		})
	}
}
