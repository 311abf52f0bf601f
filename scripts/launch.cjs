// `node scripts/launch.cjs <script.ts> [args…]`: checks the Node version on any Node, then runs the
// TypeScript script in this same process, so that signals reach it directly (npm start → Ctrl-C).
'use strict';
require('./node-check.cjs');
var path = require('path');
var url = require('url');
var script = process.argv[2];
process.argv.splice(2, 1);
import(url.pathToFileURL(path.resolve(__dirname, script)).href).catch(function (error) {
  process.stderr.write((error && error.stack) || String(error));
  process.stderr.write('\n');
  process.exit(1);
});
