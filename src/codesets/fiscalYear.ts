// ICD-10-CM fiscal years: FY N runs from (N-1)-10-01 to N-09-30 (a date of service picks the year).
/** The ICD-10-CM fiscal year of an ISO date (YYYY-MM-DD): 2026-10-01 → 2027, 2026-09-30 → 2026. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
