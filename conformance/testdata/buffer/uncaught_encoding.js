// An unknown encoding, uncaught.
'use strict';
Buffer.from('abc').toString('utf-9');
