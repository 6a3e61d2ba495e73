// Mocha reporter for scripts/test-all.mjs: the usual spec output, plus exact counts written as JSON
// to the file named by `--reporter-option output=FILE`:
//   {"passes":N,"failures":N,"pending":N,"tests":N,"failed":["full title", ...]}
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL } = Mocha.Runner.constants;

class ResultsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const output = options && options.reporterOptions && options.reporterOptions.output;
    const failed = [];
    runner.on(EVENT_TEST_FAIL, (test) => failed.push(test.fullTitle()));
    runner.once(EVENT_RUN_END, () => {
      if (!output) return;
      const s = runner.stats || {};
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, tests: s.tests, failed }, null, 2));
    });
  }
}

module.exports = ResultsReporter;
