import { defineRule, isBlank } from '../rule';
import { authorizationPatterns, box23, lineLabel, linesNeedingAuthorization } from '../util/authorization';

export default defineRule({
  id: 'authorization-not-valid-for-date',
  title: "Date of service lies outside the authorization's validity window",
  section: 'Authorizations and referrals',
  box: '23',
  x12: '2300 REF*G1 / 2400 DTP*472',
  defaultSeverity: 'error',
  payer: { action: 'deny', carc: '15' },
  docs: {
    meaning:
      'A prior authorization is valid for a period (`priorAuthorization.from` to `to`). A service that needs the authorization was performed before the window opened or after it closed, so the authorization does not cover it.',
    why: 'The payer approved the service for specific dates only. A service outside that window counts as unauthorized: the line is denied with CARC 15 (no usable authorization for this line).',
    fix: 'Check the dates of service and the authorization window against the approval letter. If the service really fell outside the window, ask the payer to extend the authorization or issue a new one, and put that number and window in box 23.',
    bad: 'priorAuthorization: { number: PA778812, from: 2026-09-01, to: 2026-09-30 }\nservices:\n  - { from: 2026-10-01, code: "70551", charge: 900.00, units: 1 }',
    good: 'priorAuthorization: { number: PA778812, from: 2026-09-01, to: 2026-10-31 }\nservices:\n  - { from: 2026-10-01, code: "70551", charge: 900.00, units: 1 }',
  },
  check(ctx, report) {
    const auth = box23(ctx);
    if (auth.invalid || auth.number === '' || (!auth.from && !auth.to)) return;
    // With a profile that lists codes, only those lines rely on the authorization; otherwise all do.
    const lines = authorizationPatterns(ctx).length ? linesNeedingAuthorization(ctx) : ctx.services.map((_, i) => i);
    const window = auth.from && auth.to ? `${auth.from} to ${auth.to}` : auth.from ? `from ${auth.from}` : `until ${auth.to}`;
    for (const i of lines) {
      const line = ctx.services[i];
      if (!line || isBlank(line.from) || ctx.isInvalid(['services', i, 'from'])) continue;
      const from = line.from!.trim();
      const to = !isBlank(line.to) && !ctx.isInvalid(['services', i, 'to']) ? line.to!.trim() : from;
      let key: 'from' | 'to' | undefined;
      let date = from;
      if ((auth.from && from < auth.from) || (auth.to && from > auth.to)) key = 'from';
      else if (auth.to && to > auth.to) {
        key = 'to';
        date = to;
      }
      if (!key) continue;
      report({
        path: ['services', i, key],
        serviceLine: i,
        message: `${lineLabel(ctx, i)} is dated ${date}, outside the authorization's validity window (${window}, box 23): check the dates, or ask the payer to extend the authorization or issue a new one.`,
      });
    }
  },
});
