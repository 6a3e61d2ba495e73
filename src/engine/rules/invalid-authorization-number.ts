import { defineRule } from '../rule';
import type { Fix, Severity } from '../types';
import { authorizationPatterns, box23, lineLabel, lineList, linesNeedingAuthorization } from '../util/authorization';

function compile(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern === '') return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

export default defineRule({
  id: 'invalid-authorization-number',
  title: "Prior authorization number does not look like this payer's numbers",
  section: 'Authorizations and referrals',
  box: '23',
  x12: '2300 REF02 (REF01 = G1)',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '15' },
  docs: {
    meaning:
      "Each payer issues authorization numbers in its own format (for example 6 to 15 capital letters and digits). The payer profile describes that format, and the number in box 23 does not match it: it is probably mistyped, has extra characters, or is another kind of number (a referral or claim number).",
    why: 'The payer looks the number up in its authorization system. A number it cannot find means the service counts as unauthorized, and the lines that need the authorization are denied with CARC 15 (no usable authorization for this line).',
    fix: 'Copy the number again from the approval letter or portal, exactly as issued: no spaces, dashes or prefixes the payer does not print. Put a referral number in `referralNumber`, not in `priorAuthorization`.',
    bad: 'payer: { id: PRACTICE-HMO }\npriorAuthorization: PA-7788',
    good: 'payer: { id: PRACTICE-HMO }\npriorAuthorization: PA778812',
  },
  check(ctx, report) {
    const auth = box23(ctx);
    if (auth.invalid || auth.number === '') return;
    const re = compile(ctx.payer?.priorAuthorization?.numberPattern);
    if (!re || re.test(auth.number)) return;
    const payerName = ctx.payer?.name ?? 'the payer';
    const fixes: Fix[] = [];
    const upper = auth.number.toUpperCase();
    const compact = upper.replace(/[\s\-./]/g, '');
    if (upper !== auth.number && re.test(upper)) {
      const edits = ctx.edits.replaceValue(auth.path, upper);
      if (edits) fixes.push({ title: `Write the number in capitals: ${upper}`, edits, safe: true, isPreferred: true });
    } else if (compact !== auth.number && re.test(compact)) {
      const edits = ctx.edits.replaceValue(auth.path, compact);
      if (edits) fixes.push({ title: `Remove the separators: ${compact}`, edits, safe: false });
    }
    const base = `The prior authorization number "${auth.number}" (box 23) does not match the format ${payerName} issues`;
    const patterns = authorizationPatterns(ctx);
    if (!patterns.length) {
      report({ path: auth.path, message: `${base}: copy it again exactly as the payer issued it.`, fixes });
      return;
    }
    const lines = linesNeedingAuthorization(ctx);
    if (!lines.length) {
      // No line relies on the authorization: worth a note, but the payer has nothing to deny.
      const severity: Severity = 'information';
      report({ path: auth.path, severity, noPayerOutcome: true, message: `${base}; no line on this claim needs an authorization from this payer, so check whether box 23 belongs on this claim at all.`, fixes });
      return;
    }
    // One finding per line that relies on the authorization, so the payer denies exactly those lines.
    for (const i of lines) {
      report({
        path: auth.path,
        serviceLine: i,
        message: `${base}, so ${lineLabel(ctx, i).replace(/^Service line/, 'service line')} would be unauthorized: copy the number again exactly as issued${lines.length > 1 ? ` (it covers lines ${lineList(lines)})` : ''}.`,
        fixes,
      });
    }
  },
});
