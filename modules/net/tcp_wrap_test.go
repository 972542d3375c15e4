package net_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"
	_ "github.com/gocluster/gocluster/modules"
	gcnetmod "github.com/gocluster/gocluster/modules/net"
	gort "github.com/gocluster/gocluster/runtime"
)

// The binding seen from JS (through a test-only way in: core modules are
// not reachable from user code): a server and a client echo over loopback.
func TestTCPWrapEcho(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "echo.js")
	src := `
const { TCP } = globalThis.__tcp_wrap;
const server = new TCP();
server.onconnection = (status, conn) => {
  conn.onread = (n, buf) => {
    if (n < 0) { conn.close(); server.close(); return; }
    conn.writeBuffer(buf, null);
  };
  conn.readStart();
};
if (server.listen('127.0.0.1', 0, 4, {}) !== 0) throw new Error('listen');
const addr = {};
server.getsockname(addr);
const client = new TCP();
let got = '';
client.onconnect = (status) => {
  if (status !== 0) throw new Error('connect ' + status);
  client.onread = (n, buf) => {
    if (n < 0) { client.close(() => process.stdout.write('closed ' + got + '\n')); return; }
    got += buf.toString();
  };
  client.readStart();
  client.writeString('ping', 'utf8', null);
  client.shutdown();
};
client.connect('127.0.0.1', addr.port, '', 0);
process.stdout.write(addr.family + ' ' + (addr.port > 0) + '\n');
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	rt, err := gort.New(gort.Options{Script: script, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	v, err := rt.Require(gcnetmod.TCPWrapModuleName)
	if err != nil {
		t.Fatal(err)
	}
	_ = rt.VM.GlobalObject().Set("__tcp_wrap", v.(*goja.Object))
	if code := rt.Run(); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if want := "IPv4 true\nclosed ping\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}
