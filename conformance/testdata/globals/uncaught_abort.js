// throwIfAborted with an Error reason, uncaught: node's report quotes the
// throw inside AbortSignal.
'use strict';
const ac = new AbortController();
ac.abort(new Error('stop here'));
ac.signal.throwIfAborted();
