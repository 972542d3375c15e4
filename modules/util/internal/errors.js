'use strict';
// util's errors are the runtime's shared ones (require('internal/errors')).
Object.assign(exports, require('internal/errors'));
