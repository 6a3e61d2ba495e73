import { forEachLine } from '../util/serviceLines';
import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { isValidNpi } from '../util/npi';

export default defineRule({
  id: 'missing-rendering-npi',
  title: 'Group claim names no rendering provider NPI for a line',
  section: 'Service lines and totals',
  box: '24J',
  x12: '2310B NM1*82 NM109 (claim) / 2420A NM1*82 NM109 (line)',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '16', rarc: ['N290'] },
  docs: {
    meaning:
      'When the billing provider (box 33) is an organization, such as a group practice or clinic, the payer needs to know which individual clinician performed each service: box 24J carries that rendering provider\'s NPI. This line has none, and the claim has no claim-level rendering provider either.',
    why: "Payers pay an organization for the work of its enrolled clinicians, and they check the rendering clinician's enrollment, specialty and credentials for each service. Without the rendering NPI the line is denied with CARC 16 (information missing or wrong) and remark N290 (no usable identifier for the rendering provider).",
    fix: "Add the individual clinician's NPI (a type 1 NPI, usually starting with 1), either once for the whole claim as `renderingProvider: { npi: … }` or on each line as `renderingNpi`. A line-level NPI is only needed when a line was performed by someone else.",
    bad: 'billingProvider:\n  type: organization\n  npi: "1122334455"\nservices:\n  - code: "99213"\n    charge: 110.00',
    good: 'billingProvider:\n  type: organization\n  npi: "1122334455"\nrenderingProvider:\n  npi: "1234567893"\nservices:\n  - code: "99213"\n    charge: 110.00',
  },
  check(ctx, report) {
    if (ctx.claim.billingProvider?.type !== 'organization') return;
    if (ctx.isInvalid(['renderingProvider', 'npi'])) return;
    if (!isBlank(ctx.claim.renderingProvider?.npi)) return;
    // A likely (unsafe) fill-in: the one valid rendering NPI that the other lines name, if they agree.
    const named = new Set<string>();
    forEachLine(ctx, 'renderingNpi', (line) => {
      const npi = line.renderingNpi?.trim();
      if (npi && isValidNpi(npi)) named.add(npi);
    });
    const common = named.size === 1 ? [...named][0] : undefined;
    forEachLine(ctx, 'renderingNpi', (line, i, path) => {
      if (!isBlank(line.renderingNpi)) return;
      const fixes: Fix[] = [];
      if (common) {
        const edits = ctx.edits.setProperty(['services', i], 'renderingNpi', common);
        if (edits) fixes.push({ title: `Use rendering NPI ${common}, like the other lines`, edits, safe: false });
      }
      report({
        path,
        serviceLine: i,
        message: `Service line ${i + 1} names no rendering provider (box 24J), and the billing provider is an organization: add the NPI of the clinician who performed it, as renderingProvider.npi for the whole claim or renderingNpi on the line.`,
        fixes,
      });
    });
  },
});
