// Calendar dates as ISO "YYYY-MM-DD" strings, in one place for every layer (the engine's rules, the
// config's `today:`, the guide's CEU cycles, the CLI's --today). Pure, no imports.
//
// "Today" is the LOCAL calendar date of the machine running the code (localToday): a trainee
// working at 8 pm in California is still on the 22nd even though UTC has moved to the 23rd. Every
// caller (the linter, the guide, the CLI, the webviews) asks localToday; a `today:` in the config or
// the `cleanClaimCoach.today` setting beats it for the linter. Date arithmetic on the strings
// (addDays, addMonths, daysBetween) is done in UTC, so it never depends on the time zone or on
// daylight-saving changes.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-29 is not). */
export function isIsoDate(v: string): boolean {
  const m = ISO.exec(v);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** Midnight UTC of an ISO date (years below 100 too), or undefined when it is not a date. */
function utc(iso: string): Date | undefined {
  if (!isIsoDate(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  const out = new Date(0);
  out.setUTCFullYear(y, m - 1, d);
  return out;
}

function parse(iso: string): Date {
  const d = utc(iso);
  if (!d) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${iso}`);
  return d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The UTC calendar date of a Date, as YYYY-MM-DD. */
export function formatIso(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Today's LOCAL calendar date as YYYY-MM-DD (see the note at the top of this file). */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds whole months; the day is clamped to the target month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const d = parse(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(2000, 0, 1));
  last.setUTCFullYear(y, m + 1, 0);
  const out = new Date(0);
  out.setUTCFullYear(y, m, Math.min(d.getUTCDate(), last.getUTCDate()));
  return formatIso(out);
}

export function addDays(iso: string, days: number): string {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIso(d);
}

/** Whole days from a to b (b − a; negative when b is earlier); NaN when either is not a date. */
export function daysBetween(a: string, b: string): number {
  const da = utc(a);
  const db = utc(b);
  return da && db ? Math.round((db.getTime() - da.getTime()) / 86_400_000) : NaN;
}
