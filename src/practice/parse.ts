// Case file text → a typed PracticeCase plus findings with ranges, the way claims are read: the same
// parser (src/parser: YAML or JSON, value tree + source ranges), then the zod model, then checks of
// what the schema cannot say (code shapes, known exam domains and guideline ids, duplicates).
// Never throws: a malformed case file is a list of findings, like a malformed claim.
import { z } from 'zod';
import { resolveRange } from '../engine/lint';
import type { Finding } from '../engine/types';
import type { Severity } from '../model/severity';
import type { Path } from '../model/text';
import { isIcdShaped, isModifierShaped, isProcedureShaped } from '../engine/util/codes';
import { pathKey, type ClaimFormat, type ParsedDocument } from '../parser/document';
import { parseClaimText } from '../parser/parse';
import { isIsoDate } from '../util/dates';
import { bundledPayers } from '../reference';
import { examDomains, guidelineSections } from './data';
import { CaseFileSchema, compareForm, type PracticeCase } from './model';

/** The ids of case findings (the editor maps them like rule ids). */
export const CASE_FINDING_IDS = ['case-syntax-error', 'case-schema', 'case-unknown-field', 'case-code-format', 'case-duplicate-code', 'case-unknown-domain', 'case-unknown-guideline', 'case-unknown-payer', 'case-rationale-code', 'case-dates'] as const;
export type CaseFindingId = (typeof CASE_FINDING_IDS)[number];

export interface ParsedCase {
  doc: ParsedDocument;
  /** The case when the file fits the model (findings may still hold warnings). */
  value: PracticeCase | undefined;
  findings: Finding[];
}

export interface LintCaseOptions {
  /** Payer ids the case may name (default: the bundled practice payers). */
  payerIds?: readonly string[];
}

/** `x.case.yaml` → yaml, `x.case.json` → json. */
export function isCaseFileName(name: string): boolean {
  return /\.case\.(ya?ml|json)$/i.test(name);
}

/** Code-like paths whose YAML numbers are read as their digits (like claim codes). */
const CODE_PATHS = [/^key\.diagnoses\.first$/, /^key\.diagnoses\.(others|optional)\.\d+$/, /^key\.services\.\d+\.code$/, /^key\.services\.\d+\.modifiers\.\d+$/, /^key\.rationale\.\d+\.codes\.\d+$/, /^case\.placeOfService$/, /^case\.payerId$/, /^case\.id$/];

function codesAsText(value: unknown, path: string, doc: ParsedDocument): unknown {
  if (typeof value === 'number') {
    if (CODE_PATHS.some((re) => re.test(path))) return doc.locations.get(path)?.numberText ?? String(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => codesAsText(v, path ? `${path}.${i}` : String(i), doc));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = codesAsText(v, path ? `${path}.${k}` : k, doc);
    return out;
  }
  return value;
}

export function parseCaseText(text: string, format: ClaimFormat, options: LintCaseOptions = {}): ParsedCase {
  const doc = parseClaimText(text, format);
  const findings: Finding[] = [];
  const report = (ruleId: CaseFindingId, path: Path, message: string, severity: Severity = 'error', at?: 'key' | 'value') => {
    findings.push({ ruleId, severity, message, range: resolveRange(doc, path, at), path: pathKey(path), fixes: [] });
  };
  if (doc.syntaxErrors.length) {
    for (const e of doc.syntaxErrors) findings.push({ ruleId: 'case-syntax-error', severity: 'error', message: e.message, range: e.range, path: '', fixes: [] });
    return { doc, value: undefined, findings };
  }
  const raw = doc.value;
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report('case-schema', [], 'A practice case file is a map with `version`, `case`, `note` and (in the instructor copy) `key`.');
    return { doc, value: undefined, findings };
  }
  const input = codesAsText(raw, '', doc);
  const result = CaseFileSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(issue, input, report);
    return { doc, value: undefined, findings: sortFindings(findings) };
  }
  const value = result.data;
  checkCase(value, report, options);
  return { doc, value, findings: sortFindings(findings) };
}

/** Findings of a case file's text (for the editor and `claimlint`): never throws. */
export function lintCase(text: string, format: ClaimFormat, options: LintCaseOptions = {}): Finding[] {
  return parseCaseText(text, format, options).findings;
}

type Report = (ruleId: CaseFindingId, path: Path, message: string, severity?: Severity, at?: 'key' | 'value') => void;

function has(value: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, p)) return false;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v !== undefined && v !== null;
}

function reportIssue(issue: z.core.$ZodIssue, input: unknown, report: Report): void {
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const where = path.length ? path.join('.') : 'the file';
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) report('case-unknown-field', [...path, key], `Unknown field "${key}" in ${where === 'the file' ? 'the top level' : where}.`, 'warning', 'key');
    return;
  }
  if (path.length && !has(input, path)) {
    report('case-schema', path.slice(0, -1), `Missing field "${String(path[path.length - 1])}"${path.length > 1 ? ` in ${path.slice(0, -1).join('.')}` : ''}.`, 'error', 'key');
    return;
  }
  report('case-schema', path, `${where}: ${issue.message}.`);
}

function checkCase(c: PracticeCase, report: Report, options: LintCaseOptions): void {
  const info = c.case;
  if (!isIsoDate(info.dateOfService)) report('case-dates', ['case', 'dateOfService'], `case.dateOfService "${info.dateOfService}" is not a real date.`);
  if (!isIsoDate(info.patient.birthDate)) report('case-dates', ['case', 'patient', 'birthDate'], `The patient's birth date "${info.patient.birthDate}" is not a real date.`);
  else if (isIsoDate(info.dateOfService) && info.patient.birthDate > info.dateOfService) report('case-dates', ['case', 'patient', 'birthDate'], 'The patient is born after the date of service.');

  const domains = examDomains();
  info.examDomains.forEach((d, i) => {
    if (!domains.has(d)) report('case-unknown-domain', ['case', 'examDomains', i], `Unknown exam domain "${d}": use an id from data/exam-domains.json.`);
  });
  const payerIds = options.payerIds ?? bundledPayers().map((p) => p.id);
  if (!payerIds.some((p) => p.toUpperCase() === info.payerId.toUpperCase())) report('case-unknown-payer', ['case', 'payerId'], `No payer profile "${info.payerId}": the claim would be linted with the generic rules only.`, 'warning');

  const key = c.key;
  if (!key) return;
  const seen = new Map<string, Path>();
  const dx = (code: string, path: Path) => {
    if (!isIcdShaped(code.trim().toUpperCase())) report('case-code-format', path, `"${code}" is not an ICD-10-CM code.`);
    const k = compareForm(code);
    if (seen.has(k)) report('case-duplicate-code', path, `${code} is listed twice in the key's diagnoses.`);
    else seen.set(k, path);
  };
  dx(key.diagnoses.first, ['key', 'diagnoses', 'first']);
  key.diagnoses.others.forEach((c2, i) => dx(c2, ['key', 'diagnoses', 'others', i]));
  key.diagnoses.optional.forEach((c2, i) => dx(c2, ['key', 'diagnoses', 'optional', i]));
  key.services.forEach((s, i) => {
    if (!isProcedureShaped(s.code.trim().toUpperCase())) report('case-code-format', ['key', 'services', i, 'code'], `"${s.code}" is not a CPT or HCPCS Level II code (quote codes with leading zeros).`);
    s.modifiers.forEach((m, j) => {
      if (!isModifierShaped(m.trim().toUpperCase())) report('case-code-format', ['key', 'services', i, 'modifiers', j], `"${m}" is not a two-character modifier.`);
    });
  });
  const keyCodes = new Set([...seen.keys(), ...key.services.map((s) => compareForm(s.code))]);
  const sections = guidelineSections();
  key.rationale.forEach((r, i) => {
    if (r.guideline !== undefined && !sections.has(r.guideline)) report('case-unknown-guideline', ['key', 'rationale', i, 'guideline'], `Guideline section "${r.guideline}" is not in data/guideline-sections.json (add it there with its source first).`);
    r.codes.forEach((code, j) => {
      if (!keyCodes.has(compareForm(code))) report('case-rationale-code', ['key', 'rationale', i, 'codes', j], `${code} is explained in the rationale but is not in the key.`, 'warning');
    });
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
}
