// process's own keys in node's order, its prototype, env semantics and
// argument validation of process methods.
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message); } };
console.log(Object.keys(process).filter((k) => k !== 'mainModule').join());
const proto = Object.getPrototypeOf(process);
console.log(proto.constructor.name, Object.getPrototypeOf(proto) === require('events').prototype, String(process));
process.env.GC_A = 1; process.env.GC_B = true;
console.log(typeof process.env.GC_A, process.env.GC_B, 'GC_A' in process.env, delete process.env.GC_A, process.env.GC_A);
show(() => { process.env.GC_C = Symbol('s'); });
show(() => Object.defineProperty(process.env, 'GC_D', { get() {} }));
show(() => Object.defineProperty(process.env, 'GC_D', { value: 'x' }));
show(() => process.hrtime([1]));
show(() => process.hrtime(1));
show(() => process.umask('8'));
show(() => process.umask(-1));
show(() => process.cpuUsage({ user: -1, system: 0 }));
show(() => { process.exitCode = 2.1; });
show(() => { process.exitCode = true; });
show(() => process.kill(1.5));
show(() => process.setuid({}));
show(() => process.setgroups([1, -1]));
show(() => process.setUncaughtExceptionCaptureCallback(42));
show(() => process.setSourceMapsEnabled(1));
show(() => process.getBuiltinModule('events') === require('events'));
show(() => process.getBuiltinModule('no-such-module'));
show(() => process._linkedBinding('x'));
show(() => process.dlopen({}));
console.log(process.domain, process._exiting, Object.isFrozen(process.config));
process.exitCode = 0;
