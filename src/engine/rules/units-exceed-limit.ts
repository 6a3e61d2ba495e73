import { defineRule, isBlank } from '../rule';
import type { Fix } from '../types';
import { isProcedureShaped } from '../util/codes';
import { forEachLine, lineDates } from '../util/serviceLines';
import { mueLimit } from '../util/ncci';

export default defineRule({
  id: 'units-exceed-limit',
  title: 'Units on a line exceed the practice MUE for the code',
  section: 'Diagnoses and procedures',
  box: '24G',
  x12: '2400 SV104',
  defaultSeverity: 'warning',
  payer: { action: 'deny', carc: '151' },
  docs: {
    meaning:
      'Medically Unlikely Edits (MUEs) set the most units of a code one provider would normally report for one patient on one date — e.g. 1 for a service that is given once a day, or 2 for one given once per side. This line (or, for date-of-service MUEs, all lines of the code on that date together) reports more units than the practice MUE table allows.',
    why: 'Payers deny units above the MUE (CARC 151: the claim does not support that many units). For a line edit the whole line is denied, not just the extra units. Too many units is often a typo, a per-minute count where the code counts 15-minute units, or two sessions that belong on separate lines with modifiers.',
    fix: 'Check what one unit of the code means (per visit, per 15 minutes, per injection, per side) and count again. If the units really were provided (e.g. separate sessions), follow the payer\'s MUE policy: split the line with the right modifiers, or be ready to appeal with documentation.',
    bad: 'services:\n  - code: "99214"\n    units: 2',
    good: 'services:\n  - code: "99214"\n    units: 1',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['services'])) return;
    // Date-of-service MUEs (MAI 2/3) add up the lines of one code on one date.
    const perDate = new Map<string, number>();
    // How many lines bill each code on each date (a units fix is offered only to a code's only line that day).
    const linesPerDate = new Map<string, number>();
    ctx.services.forEach((l) => {
      const d = lineDates(l);
      if (l?.code && d) linesPerDate.set(`${l.code.trim().toUpperCase()}|${d[0]}`, (linesPerDate.get(`${l.code.trim().toUpperCase()}|${d[0]}`) ?? 0) + 1);
    });
    const setUnits = (i: number, units: number): Fix[] => {
      const edits = ctx.edits.replaceValue(['services', i, 'units'], units);
      return edits ? [{ title: `Set units to ${units} (the MUE) — only if that is what was provided`, edits, safe: false }] : [];
    };
    forEachLine(ctx, 'code', (line, i) => {
      if (isBlank(line.code)) return;
      const units = line.units;
      if (units === undefined || ctx.isInvalid(['services', i, 'units']) || !(units > 0)) return; // invalid-units
      const code = (line.code as string).trim().toUpperCase();
      if (!isProcedureShaped(code)) return;
      const mue = mueLimit(code);
      if (!mue) return;
      const dateEdit = mue.mai === 2 || mue.mai === 3;
      const dates = lineDates(line);
      if (dateEdit && dates && !ctx.isInvalid(['services', i, 'from'])) {
        const key = `${code}|${dates[0]}`;
        const before = perDate.get(key) ?? 0;
        const total = before + units;
        perDate.set(key, total);
        if (total <= mue.units || before > mue.units) return; // reported once, where the total first goes over
        report({
          path: ['services', i, 'units'],
          serviceLine: i,
          fixes: linesPerDate.get(key) === 1 ? setUnits(i, mue.units) : [],
          message: before
            ? `Code ${code} adds up to ${total} units on ${dates[0]} (box 24G), above the practice MUE of ${mue.units} per date of service: check the units on each line of ${code} that day.`
            : `Service line ${i + 1} reports ${units} units of ${code} (box 24G), above the practice MUE of ${mue.units} per date of service: check what one unit means and count again.`,
        });
        return;
      }
      if (units <= mue.units) return;
      const fixes = setUnits(i, mue.units);
      report({
        path: ['services', i, 'units'],
        serviceLine: i,
        message: `Service line ${i + 1} reports ${units} units of ${code} (box 24G), above the practice MUE of ${mue.units}: check what one unit means and count again; the payer denies the whole line.`,
        fixes,
      });
    });
  },
});
