// Runs on any Node.js, however old: no syntax newer than ES5 here, so that a too-old Node gets one
// Swedish sentence about what to install instead of a stack trace about ".ts" or "export".
'use strict';
var parts = process.versions.node.split('.');
var major = Number(parts[0]);
var minor = Number(parts[1]);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    'Frågelådan behöver Node.js 22.12 eller senare, helst 24 (se .nvmrc); du har ' +
      process.version +
      '. Installera Node.js 24 LTS från https://nodejs.org/ eller med nvm ("nvm install 24") och försök igen.\n'
  );
  process.exit(1);
}
