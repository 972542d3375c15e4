'use strict';
// pipeline() without a callback: a validator's error, reported from
// Node's internal/errors.
const { pipeline, PassThrough } = require('stream');

pipeline(new PassThrough(), new PassThrough());
