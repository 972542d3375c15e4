'use strict';
// Rejecting with a non-Error wraps it in ERR_UNHANDLED_REJECTION.
Promise.reject(42);
