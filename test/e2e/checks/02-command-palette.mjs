// A command runs from the command palette: Lint All Practice Claims reports on every example.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { t } from '../../harness/ui.mjs';

export default {
  name: 'Lint All runs from the command palette',
  async run({ page, ui, shot, pkg, workspace, claimlint }) {
    const cmd = pkg.contributes?.commands?.find((c) => c.command === 'cleanClaimCoach.lintAll');
    assert.ok(cmd, 'package.json contributes no cleanClaimCoach.lintAll command');
    const title = `${cmd.category ? `${cmd.category}: ` : ''}${cmd.title}`;
    await ui.runCommand(page, title);
    const claims = fs.readdirSync(workspace).filter((f) => /\.claim\.(ya?ml|json)$/.test(f)).length;
    const [msg] = await ui.waitForNotification(page, 'Linted ', t(30000));
    await shot('notification');
    // the summary agrees with the packaged CLI on the same folder
    const findings = claimlint(['.']);
    const count = (sev) => findings.filter((f) => f.severity === sev).length;
    const e = count('error');
    const w = count('warning');
    assert.match(msg, new RegExp(`^Linted ${claims} practice claims?: ${e} errors?, ${w} warnings?`), msg);
  },
};
