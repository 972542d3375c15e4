'use strict';
// Packages in node_modules: package.json "main", "exports" (with subpaths and
// conditions), index.js fallback, and a subpath that is not exported.
require('./fixtures/use_packages');
