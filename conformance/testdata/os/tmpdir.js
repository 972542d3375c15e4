'use strict';
// tmpdir() follows TMPDIR, TMP, TEMP in that order, dropping one
// trailing slash.
const os = require('os');

const show = () => console.log(JSON.stringify(os.tmpdir()));
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
show();
process.env.TEMP = '/temp/';
show();
process.env.TMP = '/tmp2';
show();
process.env.TMPDIR = '/var/tmp/';
show();
process.env.TMPDIR = '/';
show();
process.env.TMPDIR = '//';
show();
process.env.TMPDIR = '';
show();
process.env.TMPDIR = '/a//';
show();
