package http_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/gocluster/gocluster/modules"
	gort "github.com/gocluster/gocluster/runtime"
)

// run executes src as a script and returns its stdout.
func run(t *testing.T, src string) string {
	t.Helper()
	script := filepath.Join(t.TempDir(), "t.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	rt, err := gort.New(gort.Options{Script: script, Stdout: &out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.Run(); code != 0 {
		t.Fatalf("exit %d: %s%s", code, out.String(), errOut.String())
	}
	return out.String()
}

// The parser binding as the JS parts drive it: callbacks by slot number,
// headers as latin1 strings, trailers through kOnHeaders, errors as Node's.
func TestParserBinding(t *testing.T) {
	got := run(t, `
const { HTTPParser } = require('_http_common');
const p = new HTTPParser();
p.initialize(HTTPParser.REQUEST, {}, 0, 0);
const log = [];
p[HTTPParser.kOnHeadersComplete] = (maj, min, headers, method, url, code, msg, upgrade, ka) => {
  log.push(['head', maj, min, headers, method, url, code, msg, upgrade, ka]);
  return 0;
};
p[HTTPParser.kOnBody] = (b) => log.push(['body', b.toString('latin1')]);
p[HTTPParser.kOnHeaders] = (h, url) => log.push(['trailers', h, url]);
p[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
const raw = Buffer.from('POST /x HTTP/1.1\r\nA: caf\xe9 \r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nT: 1\r\n\r\n', 'latin1');
for (const part of [raw.subarray(0, 20), raw.subarray(20, 50), raw.subarray(50)]) log.push(['exec', p.execute(part)]);
console.log(JSON.stringify(log));
const e = p.execute(Buffer.from('XYZ / HTTP/1.1\r\n\r\n'));
console.log(e instanceof Error, e.message, e.code, e.reason, e.bytesParsed, Object.keys(e).join());
console.log(p.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n')).code);

const q = new HTTPParser();
q.initialize(HTTPParser.RESPONSE, {}, 0, 0);
q[HTTPParser.kOnHeadersComplete] = () => { throw new Error('from callback'); };
try { q.execute(Buffer.from('HTTP/1.1 200 OK\r\n\r\n')); } catch (err) { console.log('thrown', err.message); }
console.log(q.execute(Buffer.from('HTTP/1.1 200 OK\r\n\r\n')).code);
`)
	want := `[["exec",20],["exec",30],["head",1,1,["A","café","Transfer-Encoding","chunked"],3,"/x",null,null,false,true],["body","abc"],["trailers",["T","1"],""],["complete"],["exec",27]]
true Parse Error HPE_INVALID_METHOD Invalid method encountered 0 bytesParsed,code,reason
HPE_INVALID_METHOD
thrown from callback
HPE_JS_EXCEPTION
`
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// ConnectionsList: idle and active parsers, and expiry by headers and
// request timeouts.
func TestConnectionsList(t *testing.T) {
	got := run(t, `
const { HTTPParser } = require('_http_common');
// The list class is internal: a server makes one on 'listening'.
const server = require('http').createServer();
server.emit('listening');
const symbol = (name) => Object.getOwnPropertySymbols(server).find((k) => String(k) === 'Symbol(' + name + ')');
clearInterval(server[symbol('http.server.connectionsCheckingInterval')]);
const ConnectionsList = server[symbol('http.server.connections')].constructor;
const list = new ConnectionsList();
const a = new HTTPParser();
const b = new HTTPParser();
a.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
b.initialize(HTTPParser.REQUEST, {}, 0, 0, list);
a.name = 'a'; b.name = 'b';
const names = (l) => l.map((p) => p.name).join(',');
console.log(names(list.all()), names(list.active()), names(list.idle()));
a.execute(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
console.log(names(list.all()), names(list.active()), names(list.idle()), a.duration());
b.execute(Buffer.from('GET / HT'));
console.log(b.headersCompleted(), b.duration() >= 0);
const t0 = Date.now();
while (Date.now() - t0 < 30);
console.log(names(list.expired(10, 1000)), names(list.active()), names(list.expired(10, 1000)));
b.remove();
console.log(names(list.all()));
`)
	want := "a,b a,b \na,b b a 0\nfalse true\nb  \na\n"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// execute from inside a callback (a stream pushed to while it is parsed):
// the input is parsed after what is being parsed, in order, not from the
// middle of the running message.
func TestParserReentrantExecute(t *testing.T) {
	got := run(t, `
const { HTTPParser } = require('_http_common');
const p = new HTTPParser();
p.initialize(HTTPParser.RESPONSE, {}, 0, 0);
const log = [];
p[HTTPParser.kOnHeadersComplete] = (maj, min, headers, method, url, code) => {
  log.push(['head', code]);
  if (code === 100) log.push(['nested', p.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'))]);
  return 0;
};
p[HTTPParser.kOnBody] = (b) => log.push(['body', b.toString()]);
p[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
log.push(['exec', p.execute(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n'))]);
console.log(JSON.stringify(log));
`)
	want := `[["head",100],["nested",40],["complete"],["head",200],["body","hi"],["complete"],["exec",25]]` + "\n"
	if got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
