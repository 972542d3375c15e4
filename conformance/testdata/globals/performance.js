// performance: clock sanity, marks and measures, the entry buffer,
// PerformanceObserver, perf_hooks exports and errors. Times are only
// compared, never printed, except ones the script sets itself.
'use strict';
const util = require('util');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

t('clock', () => {
  const a = performance.now();
  const b = performance.now();
  return [typeof a, b >= a, a > 0, a < 10000, Math.abs(performance.timeOrigin + b - Date.now()) < 100];
});
t('proto', () => [Object.getOwnPropertyNames(Object.getPrototypeOf(performance)), Object.keys(performance),
  Object.prototype.toString.call(performance), performance.constructor.name, performance instanceof EventTarget]);
t('toJSON keys', () => Object.keys(performance.toJSON()));
t('nodeTiming', () => [performance.nodeTiming.name, performance.nodeTiming.entryType, performance.nodeTiming.startTime,
  Object.keys(performance.nodeTiming.toJSON())]);
t('elu', () => Object.keys(performance.eventLoopUtilization()));
t('now this', () => performance.now.call({}));
t('new Performance', () => new Performance());
t('new PerformanceEntry', () => new PerformanceEntry());
t('new PerformanceMeasure', () => new PerformanceMeasure());

const detail = { x: [1] };
const a = performance.mark('a', { detail });
t('mark', () => [a.name, a.entryType, typeof a.startTime, a.duration, a.detail, a.detail !== detail, a.constructor.name,
  Object.prototype.toString.call(a), Object.keys(a), Object.keys(a.toJSON())]);
const b = performance.mark('b', { startTime: 5 });
console.log(b, [b]);
t('measure marks', () => {
  const m = performance.measure('m', 'a', 'b');
  return [m.name, m.entryType, m.startTime === a.startTime, m.duration === 5 - a.startTime, m.detail, m.constructor.name];
});
t('measure opts', () => {
  const m = performance.measure('m2', { start: 1, end: 4, detail: 'd' });
  return [m.startTime, m.duration, m.detail];
});
t('measure start+duration', () => { const m = performance.measure('m3', { start: 2, duration: 3 }); return [m.startTime, m.duration]; });
t('measure end+duration', () => { const m = performance.measure('m5', { end: 10, duration: 3 }); return [m.startTime, m.duration]; });
t('measure mark to now', () => { const m = performance.measure('m6', 'b'); return [m.startTime, m.duration > 0]; });
t('measure none', () => { const m = performance.measure('m4'); return [m.startTime, typeof m.duration]; });
t('measure number marks', () => { const m = performance.measure('m7', { start: 'b', end: 7 }); return [m.startTime, m.duration]; });
t('measure bad mark', () => performance.measure('x', 'nope'));
t('measure all three', () => performance.measure('x', { start: 1, end: 2, duration: 1 }));
t('measure detail only', () => { const m = performance.measure('x', { detail: 1 }); return [m.startTime, m.detail]; });
t('measure detail endMark', () => { const m = performance.measure('x2', { detail: 2 }, 'b'); return [m.startTime, m.duration]; });
t('measure number start ignored', () => { const m = performance.measure('x3', 5, 'b'); return [m.startTime, m.duration]; });
t('measure end+duration mark', () => { const m = performance.measure('x4', { end: 'b', duration: 1 }); return [m.startTime, m.duration]; });
t('measure duration as mark', () => performance.measure('x5', { start: 1, duration: 'zz' }));
t('measure endMark with options', () => performance.measure('x', { start: 1 }, 'b'));
t('measure negative', () => performance.measure('x', { start: -1 }));
console.log(performance.measure('shown', { start: 1, end: 3 }));

t('getEntries', () => performance.getEntries().map((e) => `${e.entryType}:${e.name}`).slice(0, 4));
t('byName', () => [performance.getEntriesByName('a').length, performance.getEntriesByName('m', 'measure').length,
  performance.getEntriesByName('a', 'measure').length]);
t('byType', () => performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks('a');
t('cleared a', () => performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures('m');
t('measures left', () => performance.getEntriesByType('measure').map((e) => e.name));
performance.clearMeasures();
t('all cleared', () => performance.getEntries().length);
t('mark no name', () => performance.mark());
t('mark bad opts', () => performance.mark('x', 5));
t('mark neg start', () => performance.mark('x', { startTime: -1 }));
t('mark str start', () => performance.mark('x', { startTime: '1' }));
t('new PerformanceMark', () => {
  const x = new PerformanceMark('z', { detail: 1, startTime: 3 });
  return [x.name, x.startTime, x.detail, performance.getEntriesByName('z').length];
});
t('inspect depth', () => [util.inspect(new PerformanceMark('z', { startTime: 3 })), util.inspect([performance], { depth: 0 }),
  util.inspect({ b: [new PerformanceMark('q', { startTime: 1 })] }, { depth: 1 })]);
t('timerify', () => {
  const f = performance.timerify(function add(x, y) { return x + y; });
  return [f(1, 2), f.name, f.length];
});
t('timerify bad', () => performance.timerify(1));

const ph = require('perf_hooks');
t('perf_hooks', () => [ph.performance === performance, ph.PerformanceObserver === PerformanceObserver, ph.constants]);
t('supported', () => PerformanceObserver.supportedEntryTypes);
const obs = new PerformanceObserver((list, o) => {
  console.log('observer', list.getEntries().map((e) => e.name), o === obs, list.getEntriesByType('mark').length,
    list.getEntriesByName('o1').length);
  o.disconnect();
  console.log(o);
});
console.log(obs);
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('o1', { startTime: 20 });
performance.measure('o2', { start: 1, end: 2 });
console.log(util.inspect(obs, { depth: 0 }));
setImmediate(() => console.log('immediate after observer'));
process.nextTick(() => console.log('tick before observer'));
t('observe empty', () => obs.observe({}));
t('observe both', () => obs.observe({ entryTypes: ['mark'], type: 'mark' }));
t('observe switch', () => obs.observe({ type: 'mark' }));
t('observer bad cb', () => new PerformanceObserver(1));
const o2 = new PerformanceObserver(() => console.log('never'));
o2.observe({ type: 'mark' });
performance.mark('taken', { startTime: 6 });
t('takeRecords', () => [o2.takeRecords().map((e) => e.name), o2.takeRecords().length]);
o2.disconnect();
const o3 = new PerformanceObserver((l) => console.log('buffered', l.getEntries().map((e) => e.name)));
o3.observe({ type: 'mark', buffered: true });
