// The patient's age on each service date, and whether a code's age/sex limits fit the patient. Pure.
import type { RuleContext } from '../rule';
import { codeLimits } from './codeBook';

/** Completed years of age on `date` (both YYYY-MM-DD). Feb 29 birthdays turn over on Mar 1 in common years. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

/** The patient's age on each service date that is a valid date and not before the birth date. */
export function patientAges(ctx: RuleContext, lines?: readonly number[]): { line: number; date: string; age: number }[] {
  const birth = ctx.claim.patient?.birthDate;
  if (!birth || ctx.isInvalid(['patient', 'birthDate'])) return [];
  const out: { line: number; date: string; age: number }[] = [];
  const which = lines ?? ctx.services.map((_, i) => i);
  for (const i of which) {
    const line = ctx.services[i];
    if (!line?.from || ctx.isInvalid(['services', i, 'from'])) continue;
    if (line.from < birth) continue; // birth-date-after-service
    out.push({ line: i, date: line.from, age: ageOn(birth, line.from) });
  }
  return out;
}

/** Describes an age range from the code book: "newborns (age 0)", "patients aged 9–64", … */
export function describeAgeRange(min: number | undefined, max: number | undefined): string {
  if (max === 0 && (min === undefined || min === 0)) return 'newborns (age 0)';
  if (min !== undefined && max !== undefined) return `patients aged ${min}–${max}`;
  if (min !== undefined) return `patients aged ${min} or older`;
  if (max !== undefined) return `patients aged ${max} or younger`;
  return 'patients of any age';
}

/** True when the code's code-book limits (sex, age on any service date) fit the patient. */
export function fitsPatient(ctx: RuleContext, code: string): boolean {
  const limits = codeLimits(ctx.codes, code);
  if (!limits) return true;
  const sex = ctx.claim.patient?.sex;
  if (limits.sex && sex && limits.sex !== sex) return false;
  if (limits.ageMin === undefined && limits.ageMax === undefined) return true;
  return patientAges(ctx).every(({ age }) => (limits.ageMin === undefined || age >= limits.ageMin) && (limits.ageMax === undefined || age <= limits.ageMax));
}
