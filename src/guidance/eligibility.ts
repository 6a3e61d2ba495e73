// "Can I sit for it?": compares a trainee's profile with a credential's eligibility routes.
// Pure: no vscode, no Node built-ins.
import { EDUCATION_LEVELS, type Credential, type Education, type Profile, type Route, type TrainingFlag } from '../model/guidance';
import { addMonths } from '../util/dates';

export type EligibilityStatus = 'eligible-now' | 'eligible-after' | 'not-eligible';

export interface RouteAssessment {
  routeId: string;
  label: string;
  met: boolean;
  /** Months of experience still needed (0 when the experience condition is met). */
  monthsShort: number;
  /** Conditions other than experience time that are not met, in plain words. */
  missing: string[];
}

export interface EligibilityResult {
  credentialId: string;
  status: EligibilityStatus;
  /** Set when status is eligible-after: months of experience still to gain. */
  monthsToGo?: number;
  /** Set when status is eligible-after: asOf + monthsToGo. */
  eligibleOn?: string;
  /** The profile already lists this credential. */
  held: boolean;
  /** What passing the exam now would give (an apprentice designation when experience is not yet proven). */
  awards: string;
  /** Apprentice designations only: months until the "-A" can be removed (0 = you can apply now). */
  apprenticeMonthsToGo?: number;
  reasons: string[];
  /** Recommended, not required (AHIMA's wording). */
  recommendations: string[];
  /** The route that gets you there soonest (the met one when eligible now). */
  fastestRoute: RouteAssessment | null;
  /** Whether the eligibility facts behind this answer come from a primary source. */
  verified: boolean;
}

const TRAINING_TEXT: Record<TrainingFlag, string> = {
  'coding-course-80h': 'an 80-contact-hour coding course',
  practicode: "AAPC's Practicode",
  'billing-coding-program-5y': 'a billing/coding training program completed within the last 5 years',
  'cahiim-final-term': "to be in the final term of a CAHIIM-accredited associate-degree HIM program, verified by the program director (AHIMA early testing)",
  'cahiim-final-term-bacc': "to be in the final term of a CAHIIM-accredited bachelor's or master's HIM program, verified by the program director (AHIMA early testing)",
};

const EDUCATION_TEXT: Record<Education, string> = {
  none: 'no formal education',
  'high-school': 'a high-school diploma or GED',
  certificate: 'a postsecondary certificate or diploma',
  associate: 'an associate degree',
  bachelor: "a bachelor's degree",
  master: "a master's degree",
};

export function educationRank(e: Education): number {
  return EDUCATION_LEVELS.indexOf(e);
}

export function assessRoute(profile: Profile, route: Route): RouteAssessment {
  const missing: string[] = [];
  if (educationRank(profile.education) < educationRank(route.minEducation)) {
    missing.push(`needs ${EDUCATION_TEXT[route.minEducation]} (you have ${EDUCATION_TEXT[profile.education]})`);
  }
  if (route.accreditation && profile.programAccreditation !== route.accreditation) {
    missing.push(`the program must be ${route.accreditation}-accredited`);
  }
  for (const id of route.prerequisiteCredentials) {
    if (!profile.credentialsHeld.includes(id)) missing.push(`needs the ${id} credential first`);
  }
  if (route.anyOfCredentials.length && !route.anyOfCredentials.some((id) => profile.credentialsHeld.includes(id))) {
    missing.push(`needs one of ${route.anyOfCredentials.join(', ')}`);
  }
  for (const t of route.training) if (!profile.training.includes(t)) missing.push(`needs ${TRAINING_TEXT[t]}`);
  const monthsShort = Math.max(0, route.minMonthsExperience - profile.monthsExperience);
  return { routeId: route.id, label: route.label, met: missing.length === 0 && monthsShort === 0, monthsShort, missing };
}

/** Soonest first: met routes, then time-only gaps by months, then by fewest other gaps. */
function compareRoutes(a: RouteAssessment, b: RouteAssessment): number {
  const rank = (r: RouteAssessment) => (r.met ? 0 : r.missing.length === 0 ? 1 : 2);
  return rank(a) - rank(b) || a.missing.length - b.missing.length || a.monthsShort - b.monthsShort;
}

function fastest(assessments: RouteAssessment[]): RouteAssessment | null {
  return [...assessments].sort(compareRoutes)[0] ?? null;
}

function monthsText(n: number): string {
  return `${n} more month${n === 1 ? '' : 's'} of coding experience`;
}

function describeGap(r: RouteAssessment): string {
  const parts = [...r.missing];
  if (r.monthsShort > 0) parts.push(monthsText(r.monthsShort));
  return `${r.label}: ${parts.join('; ')}`;
}

/**
 * Can this profile sit for this credential as of `asOf` (YYYY-MM-DD)?
 * A credential is open when any of its routes is met. For AAPC CPC/COC the exam needs no experience,
 * but passing without 2 years of proven experience earns the apprentice designation (CPC-A/COC-A).
 */
export function checkEligibility(profile: Profile, credential: Credential, asOf: string): EligibilityResult {
  const el = credential.eligibility;
  const held = profile.credentialsHeld.includes(credential.id);
  const assessments = el.routes.map((r) => assessRoute(profile, r));
  const best = fastest(assessments);
  const reasons: string[] = [];
  let status: EligibilityStatus;
  let monthsToGo: number | undefined;

  if (held) reasons.push(`You already hold ${credential.id}.`);
  if (best?.met) {
    status = 'eligible-now';
    reasons.push(`You meet: ${best.label}.`);
  } else if (best && best.missing.length === 0) {
    status = 'eligible-after';
    monthsToGo = best.monthsShort;
    reasons.push(`${best.label}: ${monthsText(best.monthsShort)} needed.`);
  } else {
    status = 'not-eligible';
    for (const a of [...assessments].sort(compareRoutes)) reasons.push(describeGap(a));
  }

  let awards = credential.id;
  let apprenticeMonthsToGo: number | undefined;
  const app = el.apprentice;
  if (app) {
    const removal = app.removalRoutes.map((r) => assessRoute(profile, r));
    const bestRemoval = fastest(removal)!;
    if (credential.kind === 'apprentice') {
      const full = credential.renewal.countsAs ?? credential.id;
      reasons.push(`${credential.id} is not applied for directly: it is what passing the ${full} exam gives you until your experience is proven.`);
      apprenticeMonthsToGo = bestRemoval.met ? 0 : bestRemoval.monthsShort;
    } else if (profile.credentialsHeld.includes(app.designation) && !held) {
      apprenticeMonthsToGo = bestRemoval.met ? 0 : bestRemoval.monthsShort;
      reasons.push(
        bestRemoval.met
          ? `You hold ${app.designation}: you can apply now to remove the apprentice designation (${bestRemoval.label}).`
          : `You hold ${app.designation}: ${describeGap(bestRemoval)} to remove the apprentice designation.`,
      );
    } else if (!bestRemoval.met) {
      awards = app.designation;
      apprenticeMonthsToGo = bestRemoval.monthsShort;
      reasons.push(`Passing now earns ${app.designation}. To remove the "-A": ${describeGap(bestRemoval)}.`);
    } else {
      reasons.push(`Your experience/training already meets the apprenticeship removal route (${bestRemoval.label}), so passing earns the full ${credential.id}.`);
    }
  }

  if (el.membership && !profile.memberships.includes(el.membership)) {
    reasons.push(
      el.membership === 'AAPC'
        ? 'You will need an AAPC membership (annual dues) and to follow its Code of Ethics to keep the credential active.'
        : `Membership of ${el.membership} is described as required.`,
    );
  }
  if (!el.provenance.verified) {
    reasons.push(`Not verified: ${el.provenance.note ?? 'these eligibility facts come from a secondary source only.'}`);
  }

  return {
    credentialId: credential.id,
    status,
    ...(monthsToGo !== undefined ? { monthsToGo, eligibleOn: addMonths(asOf, monthsToGo) } : {}),
    held,
    awards,
    ...(apprenticeMonthsToGo !== undefined ? { apprenticeMonthsToGo } : {}),
    reasons,
    recommendations: [...el.recommended],
    fastestRoute: best,
    verified: el.provenance.verified,
  };
}

export function checkAll(profile: Profile, credentials: readonly Credential[], asOf: string): EligibilityResult[] {
  return credentials.map((c) => checkEligibility(profile, c, asOf));
}
