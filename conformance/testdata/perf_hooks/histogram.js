'use strict';
// perf_hooks histograms: HdrHistogram's buckets (3 significant figures by
// default), so min, max, mean, stddev and percentiles read as node's; and
// the event loop delay monitor, whose samples are checked for range only
// (the least of them is not: a tick that starts late, on a loaded machine,
// is followed by one less than the resolution after it, in node too).
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks'); const h=createHistogram(); for (const v of [1,2,3,1000,2047,2048,2049,4097,100000,123456789]) h.record(v); console.log(h.percentiles, h.percentile(50), h.percentile(99), h.percentile(100), h.min, h.max, h.mean, h.stddev);
try{h.percentile(0)}catch(e){console.log(e.code,e.message)} try{h.record(0)}catch(e){console.log(e.code,e.message)}
console.log(h.toJSON(), h.countBigInt, typeof h.minBigInt); const e=createHistogram(); console.log(e.percentile(50), e.min, e.percentiles, JSON.stringify(e.toJSON()));
const r=createHistogram(); for (let i=1;i<=1000;i++) r.record(i*i*37); console.log(r.percentiles, r.mean, r.stddev, r.percentile(33.3), r.max, r.min);
const r2=createHistogram({figures:1}); for (let i=1;i<=100;i++) r2.record(i*1234567); console.log(r2.percentiles, r2.mean, r2.percentile(90)); r.add(r2); console.log(r.count, r.max);
const d=monitorEventLoopDelay({resolution:5}); console.log(d.enable(), d.enable(), d.constructor.name, d.count);
setTimeout(()=>{ console.log(d.disable(), d.disable(), d.count>5, d.min > 0, d.max < 1e9, d.percentile(50) > 4e6, d.mean > 4e6); d.reset(); console.log(d.count, d.min, d.max); try{monitorEventLoopDelay({resolution:0})}catch(e){console.log(e.message)}},200)
