package cluster

import (
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gocluster/gocluster/modules/events"
	gcpath "github.com/gocluster/gocluster/modules/path"
	"github.com/gocluster/gocluster/modules/timers"
	gort "github.com/gocluster/gocluster/runtime"
)

// The modules package imports this one, so the tests register the few core
// modules the cluster files need themselves.
var registerOnce sync.Once

func newTestBinding(t *testing.T) (*gort.Runtime, *binding) {
	t.Helper()
	registerOnce.Do(func() {
		gort.RegisterCore(events.ModuleName, events.Require)
		gort.RegisterCore(gcpath.ModuleName, gcpath.Require)
		gort.RegisterCore(timers.ModuleName, timers.Require)
	})
	rt, err := gort.New(gort.Options{Stdout: io.Discard, Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	return rt, newBinding(rt)
}

// run evaluates a test body that throws on failure, with binding and a
// check(cond, what) helper in scope.
func run(t *testing.T, rt *gort.Runtime, b *binding, body string) {
	t.Helper()
	_ = rt.VM.Set("binding", b.obj)
	src := `(function() {
		function check(cond, what) { if (!cond) throw new Error('check failed: ' + what); }
		` + body + `
	})()`
	if _, err := rt.VM.RunString(src); err != nil {
		t.Fatal(err)
	}
}

// Every embedded file loads (the handle files are exercised by net later).
func TestEverySourceLoads(t *testing.T) {
	names, err := fs.Glob(sources, "*.js")
	if err != nil || len(names) != 7 {
		t.Fatalf("embedded sources: %v %v", names, err)
	}
	for _, name := range names {
		rt, b := newTestBinding(t)
		run(t, rt, b, `check(binding.load('`+strings.TrimSuffix(name, ".js")+`') !== undefined, 'exports');`)
	}
}

func TestLoadRejectsOtherNames(t *testing.T) {
	rt, b := newTestBinding(t)
	for _, name := range []string{"../cluster", "nope", "a.b"} {
		_ = rt.VM.Set("binding", b.obj)
		if _, err := rt.VM.RunString(`binding.load('` + name + `')`); err == nil {
			t.Errorf("load(%q) succeeded", name)
		}
	}
}

func TestSendHelperSeqAndAcks(t *testing.T) {
	rt, b := newTestBinding(t)
	run(t, rt, b, `
		const { sendHelper, internal } = binding.load('utils');
		const sent = [];
		const proc = { connected: true, send(m, h) { sent.push(JSON.stringify(m)); return h === undefined ? 'none' : h; } };
		check(sendHelper(proc, { act: 'online' }) === 'none', 'returns what send returns');
		let acked = null;
		const worker = { id: 1 };
		sendHelper(proc, { act: 'exitedAfterDisconnect' }, null, function(reply) { acked = [this === worker, reply.ack]; });
		proc.connected = false;
		check(sendHelper(proc, { act: 'lost' }) === false, 'false when disconnected');
		proc.connected = true;
		sendHelper(proc, { ack: 7, accepted: true });
		check(sent.join('|') === [
			'{"cmd":"NODE_CLUSTER","act":"online","seq":0}',
			'{"cmd":"NODE_CLUSTER","act":"exitedAfterDisconnect","seq":1}',
			'{"cmd":"NODE_CLUSTER","ack":7,"accepted":true,"seq":2}',
		].join('|'), 'wire: ' + sent.join('|'));

		const seen = [];
		const onMessage = internal(worker, function(m, h) { seen.push([this === worker, m.act, h]); });
		onMessage({ cmd: 'NODE_HANDLE_ACK' });
		onMessage({ cmd: 'NODE_CLUSTER', act: 'online' }, 'h');
		onMessage({ cmd: 'NODE_CLUSTER', ack: 1 });
		check(acked && acked[0] && acked[1] === 1, 'ack routed to its callback with the worker as this');
		onMessage({ cmd: 'NODE_CLUSTER', ack: 1, act: 'again' });
		check(JSON.stringify(seen) === '[[true,"online","h"],[true,"again",null]]', 'handler calls ' + JSON.stringify(seen));
	`)
}

// The round-robin dealing, without a listening socket: free workers in the
// order they became free, one unacknowledged connection each, refused
// connections dealt again, everything closed with the last worker.
func TestRoundRobinDealing(t *testing.T) {
	rt, b := newTestBinding(t)
	run(t, rt, b, `
		const RoundRobinHandle = binding.load('round_robin_handle');
		const { internal } = binding.load('utils');
		const log = [];
		const conn = (name) => ({ name, close() { log.push('close ' + name); } });
		const rr = Object.create(RoundRobinHandle.prototype);
		Object.assign(rr, { key: 'k', all: new Map(), free: new Map(), queue: [], server: null,
			handle: { getsockname(out) { out.port = 99; }, close() { log.push('close listener'); } } });
		const pending = {};
		function makeWorker(id) {
			const w = { id };
			w.process = { connected: true, send(m, h) {
				if (m.act === 'newconn') { pending[id] = m.seq; log.push(id + ' gets ' + h.name); }
				return true;
			} };
			w.reply = (accepted) => internal(w, () => {})({ cmd: 'NODE_CLUSTER', ack: pending[id], accepted });
			return w;
		}
		const w1 = makeWorker(1), w2 = makeWorker(2);
		const replies = [];
		rr.add(w1, (errno, reply, fd) => replies.push([errno, reply, fd]));
		rr.add(w2, (errno, reply, fd) => replies.push([errno, reply, fd]));
		check(JSON.stringify(replies) === '[[null,{"sockname":{"port":99}},null],[null,{"sockname":{"port":99}},null]]',
			'add replies ' + JSON.stringify(replies));
		rr.distribute(0, conn('c1'));
		rr.distribute(0, conn('c2'));
		rr.distribute(0, conn('c3'));
		rr.distribute(new Error('accept failed'));
		w1.reply(true);
		w2.reply(false);
		w1.reply(true);
		check(rr.remove({ id: 3 }) === false, 'unknown worker');
		check(rr.remove(w1) === false, 'w2 still there');
		rr.distribute(0, conn('c4'));
		check(rr.remove(w2) === true, 'last worker');
		check(log.join(', ') === [
			'1 gets c1', '2 gets c2', 'close c1', '1 gets c3', '2 gets c2', 'close c3',
			'close c4', 'close listener'].join(', '), log.join(', '));
	`)
}

func TestSharedHandleLifetime(t *testing.T) {
	rt, b := newTestBinding(t)
	run(t, rt, b, `
		const SharedHandle = binding.load('shared_handle');
		let closed = 0;
		const h = Object.create(SharedHandle.prototype);
		Object.assign(h, { key: 'k', workers: new Map(), errno: 0, handle: { close() { closed++; } } });
		const replies = [];
		h.add({ id: 1 }, (...a) => replies.push(a.length + ':' + a[0] + ':' + a[1] + ':' + (a[2] === h.handle)));
		h.add({ id: 2 }, (...a) => replies.push(a.length + ':' + a[0] + ':' + a[1] + ':' + (a[2] === h.handle)));
		check(replies.join(' ') === '3:0:null:true 3:0:null:true', replies.join(' '));
		check(h.remove({ id: 1 }) === false && closed === 0, 'first leaves');
		check(h.remove({ id: 1 }) === false, 'twice');
		check(h.remove({ id: 2 }) === true && closed === 1 && h.handle === null, 'last closes');
	`)
}

// Startup does nothing for -e code or a process that is not a worker.
func TestStartupOnlyForWorkers(t *testing.T) {
	rt, _ := newTestBinding(t)
	t.Setenv("NODE_UNIQUE_ID", "4")
	Startup(rt) // no main script
	if v, ok := os.LookupEnv("NODE_UNIQUE_ID"); !ok || v != "4" {
		t.Fatalf("NODE_UNIQUE_ID touched without a script: %q %v", v, ok)
	}
}
