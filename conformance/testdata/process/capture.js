// The capture callback takes an uncaught exception instead of listeners.
process.on('uncaughtExceptionMonitor', (e) => console.log('monitor', e.message));
process.on('uncaughtException', () => console.log('listener (must not run)'));
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => console.log('still running'), 10);
throw new Error('boom');
