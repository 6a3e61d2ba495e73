// What a rule is: data (id, title, box, default severity, payer outcome, docs) plus a check.
// Rules never compute ranges or severities themselves: they report a path, the engine resolves it.
import type { Claim, ServiceLine } from '../model/claim';
import type { PayerProfile } from '../model/payer';
import type { IcdCodeSet } from '../codesets';
import type { EditTables } from '../codesets/editTables';
import type { IcdCodeSetProvider } from '../codesets/provider';
import type { ParsedDocument } from '../parser/document';
import type { NormalizedClaim } from '../parser/normalize';
import type { Fix, PayerOutcome, RuleDocs } from './types';
import type { Path, Range } from '../model/text';
import type { Severity } from '../model/severity';
import type { EditBuilder } from './edits';

export type RuleSection =
  | 'Structure'
  | 'Patient, insured, coverage'
  | 'Diagnoses and procedures'
  | 'Service lines and totals'
  | 'Signatures'
  | 'Authorizations and referrals'
  | 'Providers'
  | 'Filing and resubmission'
  | 'Practice data hygiene';

export interface Rule {
  id: string;
  title: string;
  section: RuleSection;
  /** CMS-1500 box(es), e.g. "24E" or "17b/24J/32a/33a"; "—" when none. */
  box: string;
  /** 837P location, when there is one. */
  x12?: string;
  defaultSeverity: Severity;
  /** How the default is chosen when it depends on context (shown in docs), e.g. unknown-diagnosis. */
  severityNote?: string;
  payer: PayerOutcome;
  /** Extra wording for the payer column when the outcome depends on context. */
  payerNote?: string;
  docs: RuleDocs;
  check(ctx: RuleContext, report: Report): void;
}

export interface ReportInput {
  /** Where the problem is; the engine points at the value, else the key, else the nearest parent. */
  path: Path;
  message: string;
  /** Point at the key of `path` instead of its value. */
  at?: 'key' | 'value';
  /** An exact range (syntax errors), overriding `path` resolution. */
  range?: Range;
  /** 0-based service line index, for payer adjudication and the remittance. */
  serviceLine?: number;
  /** 0-based diagnosis index, for payer adjudication (denies the lines that point at it). */
  diagnosis?: number;
  /** This finding's default severity when it differs from the rule's (config still wins). */
  severity?: Severity;
  /**
   * This finding carries no payer outcome whatever its (configured) severity, for a cause the
   * rule's payer column excludes (e.g. too-many-service-lines above 6 but not above 50).
   */
  noPayerOutcome?: boolean;
  fixes?: Fix[];
}

export type Report = (finding: ReportInput) => void;

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly normalized: NormalizedClaim;
  readonly claim: Claim;
  /** claim.services, never undefined (invalid items are holes: check for undefined). */
  readonly services: ReadonlyArray<ServiceLine | undefined>;
  /** claim.diagnoses, never undefined (invalid items are holes). */
  readonly diagnoses: ReadonlyArray<string | undefined>;
  /** The payer profile named by payer.id, if any. */
  readonly payer: PayerProfile | undefined;
  /**
   * The ICD-10-CM code set of the claim's (first) date of service: for views and rules that need
   * one set (age/sex limits). Diagnosis code checks ask per date: see `icd` and util/codeYears.ts.
   */
  readonly codes: IcdCodeSet;
  /** Code sets by fiscal year (date of service), when the caller gave them; undefined: `codes` serves every date. */
  readonly icd: IcdCodeSetProvider | undefined;
  /** "Today" as YYYY-MM-DD (config may fix it). */
  readonly today: string;
  /** Code-editor tables (HCPCS release, MCE lists, FY2027 Excludes notes); each may be absent. */
  readonly tables: EditTables;
  /** Builds text edits for fixes, format-aware (YAML or JSON). */
  readonly edits: EditBuilder;
  /** True when the path (or an ancestor) held a value of the wrong type (already reported). */
  isInvalid(path: Path): boolean;
  /** True when the path is written in the file (whatever its value). */
  isPresent(path: Path): boolean;
  /** Raw value kept for rules to judge (see NormalizedClaim.raw). */
  raw(path: Path): unknown;
}

/** Identity helper that gives rule modules type checking and a uniform shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A value is blank when absent, null, or a string of only white space. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}
