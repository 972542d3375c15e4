package net_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/gocluster/gocluster/modules"
	gort "github.com/gocluster/gocluster/runtime"
)

// echoScript pipes a socket back to itself on a loopback server and sends
// total bytes through it in chunk-sized writes, as the HTTP benchmark's
// sockets will move them.
const echoScript = `
const net = require('net');
const total = %d, chunk = Buffer.alloc(%d, 'x');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    let sent = 0, recv = 0;
    c.on('data', (d) => {
      recv += d.length;
      if (recv >= total) { c.destroy(); server.close(); }
    });
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) { c.once('drain', pump); return; }
      }
    };
    pump();
  });
});
`

func benchEcho(b *testing.B, chunk int) {
	const total = 64 << 20
	script := filepath.Join(b.TempDir(), "echo.js")
	if err := os.WriteFile(script, []byte(fmt.Sprintf(echoScript, total, chunk)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		rt, err := gort.New(gort.Options{Script: script, Stdout: &out, Stderr: &out})
		if err != nil {
			b.Fatal(err)
		}
		if code := rt.Run(); code != 0 {
			b.Fatalf("exit %d: %s", code, out.String())
		}
	}
}

func BenchmarkEcho64K(b *testing.B) { benchEcho(b, 64<<10) }
func BenchmarkEcho1K(b *testing.B)  { benchEcho(b, 1<<10) }
