// uncaughtException, not unhandledRejection, gets it; the exit code is 0.
process.on('uncaughtException', (err) => console.log('uncaughtException:', err.message));
process.on('unhandledRejection', (err) => console.log('unhandledRejection:', err.message));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await null;
throw new Error('boom');
