#!/usr/bin/env node
// claimlint: the Clean Claim Coach rule engine on the command line (bundled into dist/cli.js).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('claimlint: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
