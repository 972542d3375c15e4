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

// pingPongScript makes round trips of a small request and response over
// one connection, as keep-alive HTTP does.
const pingPongScript = `
const net = require('net');
const rounds = %d;
const req = Buffer.alloc(100, 'q'), res = Buffer.alloc(200, 'r');
const server = net.createServer((s) => { s.on('data', () => s.write(res)); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  c.on('connect', () => c.write(req));
  c.on('data', () => {
    if (++n < rounds) c.write(req);
    else { c.destroy(); server.close(); }
  });
});
`

func BenchmarkPingPong(b *testing.B) {
	const rounds = 2000
	script := filepath.Join(b.TempDir(), "pingpong.js")
	if err := os.WriteFile(script, []byte(fmt.Sprintf(pingPongScript, rounds)), 0o644); err != nil {
		b.Fatal(err)
	}
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
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rounds), "ns/roundtrip")
}

// connScript opens connections one after another (ten at a time), each
// sending a request, reading the answer and closing, as HTTP without
// keep-alive does.
const connScript = `
const net = require('net');
const total = %d;
const server = net.createServer((s) => { s.on('data', () => s.end('ok')); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let started = 0, done = 0;
  const one = () => {
    if (started >= total) return;
    started++;
    const c = net.connect(port, '127.0.0.1', () => c.write('hi'));
    c.on('data', () => {});
    c.on('close', () => { if (++done === total) server.close(); else one(); });
  };
  for (let i = 0; i < 10; i++) one();
});
`

func BenchmarkConnections(b *testing.B) {
	const total = 500
	script := filepath.Join(b.TempDir(), "conns.js")
	if err := os.WriteFile(script, []byte(fmt.Sprintf(connScript, total)), 0o644); err != nil {
		b.Fatal(err)
	}
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
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*total), "ns/connection")
}
