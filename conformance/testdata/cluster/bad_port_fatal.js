// settings.inspectPort: null makes fork() throw ERR_SOCKET_BAD_PORT;
// uncaught, the report quotes node's own throw line.
'use strict';
const cluster = require('cluster');
cluster.setupPrimary({ inspectPort: null });
cluster.fork();
