'use strict';
// rmSync of a directory without recursive: ERR_FS_EISDIR, a SystemError.
const fs = require('fs');

fs.rmSync('.');
