// Linting an 837P: the structure rules on the segments, then every CLM converted to the practice
// claim model with the location of each value kept, run through the very same engine, and each
// finding pointed back at its segment/element (or at the CLM when the field has no 837P home).
import { lintParsed, lintUnreadable, type LintOptions, type LintResult } from '../engine/lint';
import type { Finding } from '../engine/types';
import type { Severity } from '../model/severity';
import { LineIndex, type ParsedDocument } from '../parser/document';
import type { NormalizedClaim } from '../parser/normalize';
import { x12FileTooLargeMessage, x12TextTooLarge } from '../parser/limits';
import { readX12, scanX12, type ImportedClaim, type X12Read } from './import';
import type { StructureResult } from './structure';
import type { X12Segment } from './tokenize';
import { X12_RULES_BY_ID } from './rules';

export interface X12ClaimLint {
  claim: ImportedClaim;
  result: LintResult;
}

export interface X12LintResult extends LintResult {
  /** One engine result per CLM, in file order. */
  claims: X12ClaimLint[];
  read: X12Read;
  /** Why the file could not be read as X12 at all (also reported as one finding). */
  fatal?: string;
}

const EMPTY_NORMALIZED: NormalizedClaim = { claim: {}, isMap: true, schemaIssues: [], unknownKeys: [], invalid: new Set(), raw: new Map() };

/** File names linted as X12 (shared/spec/x12-837p.md). */
export function isX12FileName(name: string): boolean {
  return /\.(837p\.x12|837|x12|edi)$/i.test(name);
}

/** True when a text looks like an X12 interchange (starts with ISA after white space). */
export function looksLikeX12(text: string): boolean {
  return /^\uFEFF?\s*ISA/i.test(text.slice(0, 4200));
}

function x12Finding(ruleId: string, message: string, range: { start: number; end: number }, options: Pick<LintOptions, 'rules'>): Finding | undefined {
  const setting = options.rules?.[ruleId];
  if (setting === 'off') return undefined;
  const rule = X12_RULES_BY_ID.get(ruleId);
  const severity: Severity = setting ?? rule?.defaultSeverity ?? 'error';
  return { ruleId, severity, message, range, path: '', fixes: [] };
}

/**
 * The result for an 837P past maxX12FileBytes (README "Limits"): one syntax-error finding naming the
 * limit, as for a claim file past its size limit; nothing of the text is read. `text` may be '' (the
 * CLI does not read a file that is too large).
 */
export function x12TooLargeResult(text: string, options: Omit<LintOptions, 'format'>): X12LintResult {
  const message = x12FileTooLargeMessage();
  return { ...lintUnreadable(text, message, { ...options, format: 'yaml' }), claims: [], read: { ok: false, reason: message }, fatal: message };
}

export function lintX12Text(text: string, options: Omit<LintOptions, 'format'>): X12LintResult {
  if (x12TextTooLarge(text)) return x12TooLargeResult(text, options);
  const lines = new LineIndex(text);
  const fileDoc = fileDocument(text, lines);
  const read = readX12(text);
  const claims: X12ClaimLint[] = [];
  if (!read.ok) return { ...unreadable(read.reason, fileDoc, options), claims, read, fatal: read.reason };
  const findings = structureFindings(read.structure, read.segments[0], options);
  for (const claim of read.claims) {
    const result = lintClaim(claim, text, lines, options);
    for (const f of result.findings) findings.push(f);
    claims.push({ claim, result });
  }
  sortFindings(findings);
  const first = claims[0]?.result;
  return { findings, doc: fileDoc, normalized: first?.normalized ?? EMPTY_NORMALIZED, payer: first?.payer, today: options.today, claims, read };
}

/**
 * The findings of lintX12Text, claim by claim (claimlint on a big batch): each claim is built,
 * linted and dropped before the next one is read, so memory does not grow with the number of claims
 * (only the findings are kept). The result is that of the first claim, as lintX12Text's.
 */
export function lintX12Streamed(text: string, options: Omit<LintOptions, 'format'>): LintResult {
  if (x12TextTooLarge(text)) return x12TooLargeResult(text, options);
  const lines = new LineIndex(text);
  const fileDoc = fileDocument(text, lines);
  const claimFindings: Finding[] = [];
  let first: LintResult | undefined;
  const scan = scanX12(text, {
    comments: false,
    onClaim: (claim) => {
      const result = lintClaim(claim, text, lines, options);
      first ??= result;
      for (const f of result.findings) claimFindings.push(f);
    },
  });
  if (!scan.ok) return unreadable(scan.reason, fileDoc, options);
  // The order lintX12Text sorts from (structure, then claims), so equal ranges stay in the same order.
  const findings = structureFindings(scan.structure, scan.first, options);
  for (const f of claimFindings) findings.push(f);
  sortFindings(findings);
  const firstResult = first as LintResult | undefined;
  return { findings, doc: fileDoc, normalized: firstResult?.normalized ?? EMPTY_NORMALIZED, payer: firstResult?.payer, today: options.today };
}

function fileDocument(text: string, lines: LineIndex): ParsedDocument {
  return { text, format: 'yaml', value: undefined, locations: new Map(), syntaxErrors: [], suppressions: { file: new Set(), lines: new Map() }, lines };
}

/** A file that is not an X12 interchange at all: one finding saying why. */
function unreadable(reason: string, fileDoc: ParsedDocument, options: Omit<LintOptions, 'format'>): LintResult {
  const { text, lines } = fileDoc;
  const findings: Finding[] = [];
  const f = x12Finding('x12-isa-format', `This file cannot be read as an 837P: ${reason}.`, { start: 0, end: Math.max(Math.min(text.length, lines.lineEnd(0), 200), Math.min(1, text.length)) }, options);
  if (f) findings.push(f);
  return { findings, doc: fileDoc, normalized: EMPTY_NORMALIZED, payer: undefined, today: options.today };
}

function structureFindings(structure: StructureResult, firstSegment: X12Segment | undefined, options: Omit<LintOptions, 'format'>): Finding[] {
  const findings: Finding[] = [];
  for (const p of structure.problems) {
    const f = x12Finding(p.ruleId, p.message, p.range, options);
    if (f) findings.push(f);
  }
  if (structure.truncated && firstSegment) {
    const f = x12Finding('x12-misplaced-segment', 'More structure problems were found than are listed here; fix these first.', { start: firstSegment.start, end: firstSegment.end }, options);
    if (f) findings.push(f);
  }
  return findings;
}

/** One CLM through the engine, its findings pointed at the 837P (or at the CLM when the field has no home there). */
function lintClaim(claim: ImportedClaim, text: string, lines: LineIndex, options: Omit<LintOptions, 'format'>): LintResult {
  const doc: ParsedDocument = { text, format: 'yaml', value: claim.value, locations: claim.locations, syntaxErrors: [], suppressions: { file: new Set(), lines: new Map() }, lines };
  const result = lintParsed(doc, { ...options, format: 'yaml' });
  const clmId = { start: claim.clm.start, end: claim.clm.start + claim.clm.elements[0].length };
  for (const f of result.findings) {
    // Fixes are YAML edits: they have no meaning in X12 text.
    f.fixes = [];
    if (!located(claim, f.path)) f.range = clmId;
  }
  return result;
}

function sortFindings(findings: Finding[]): void {
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
}

/** True when the finding's path, or one of its ancestors (not the root), has a location. */
function located(claim: ImportedClaim, path: string): boolean {
  if (!path) return false;
  const parts = path.split('.');
  for (let n = parts.length; n >= 1; n--) if (claim.locations.has(parts.slice(0, n).join('.'))) return true;
  return false;
}
