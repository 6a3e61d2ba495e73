// Calendar-date helpers on ISO "YYYY-MM-DD" strings, in UTC so results never depend on the host's
// time zone. Pure: no vscode, no Node built-ins.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(s: string): Date {
  if (!isIsoDate(s)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${s}`);
  const m = ISO.exec(s)!;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

export function formatIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return formatIso(now);
}

/** Adds whole months; the day is clamped to the target month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const d = parse(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatIso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

export function addDays(iso: string, days: number): string {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return formatIso(d);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / 86_400_000);
}
