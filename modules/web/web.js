'use strict';
// internal/web: the web-platform classes, loaded together (each part sees
// the ones before it through binding.parts).

binding.loadParts();
const { parts } = binding;

module.exports = {
  DOMException: parts.domexception.DOMException,
  AbortController: parts.abort.AbortController,
  AbortSignal: parts.abort.AbortSignal,
  TextEncoder: parts.encoding.TextEncoder,
  TextDecoder: parts.encoding.TextDecoder,
  structuredClone: parts.clone.structuredClone,
  performance: parts.performance.performance,
  Performance: parts.performance.Performance,
  PerformanceEntry: parts.performance.PerformanceEntry,
  PerformanceMark: parts.performance.PerformanceMark,
  PerformanceMeasure: parts.performance.PerformanceMeasure,
  PerformanceObserver: parts.observer.PerformanceObserver,
  PerformanceObserverEntryList: parts.observer.PerformanceObserverEntryList,
  // For other core modules: their entries (net's 'connect').
  enqueueNodeEntry: parts.performance.enqueueNodeEntry,
};

// require('perf_hooks'), in Node's key order (without the resource timing
// API).
module.exports.perfHooks = {
  Performance: parts.performance.Performance,
  PerformanceEntry: parts.performance.PerformanceEntry,
  PerformanceMark: parts.performance.PerformanceMark,
  PerformanceMeasure: parts.performance.PerformanceMeasure,
  PerformanceObserver: parts.observer.PerformanceObserver,
  PerformanceObserverEntryList: parts.observer.PerformanceObserverEntryList,
  monitorEventLoopDelay: parts.histogram.monitorEventLoopDelay,
  createHistogram: parts.histogram.createHistogram,
  performance: parts.performance.performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
