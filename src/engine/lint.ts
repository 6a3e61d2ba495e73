// lint(text) → findings. Pure: the caller supplies today's date, the code set, payers and config.
// Pipeline: parse → normalize → run each rule → resolve paths to ranges → apply severity config
// and suppression comments → sort and de-duplicate.
import { practiceCodeBook, type IcdCodeSet } from '../codesets';
import type { EditTables } from '../codesets/editTables';
import { fiscalYearOf } from '../codesets/fiscalYear';
import { nearestYear, type IcdCodeSetProvider } from '../codesets/provider';
import type { PayerProfile } from '../model/payer';
import { bundledPayers } from '../reference';
import { LineIndex, pathKey, type ClaimFormat, type ParsedDocument } from '../parser/document';
import { normalizeClaim, type NormalizedClaim } from '../parser/normalize';
import { parseClaimText } from '../parser/parse';
import { EditBuilder } from './edits';
import { guardFixes } from './fixGuard';
import type { ReportInput, Rule, RuleContext } from './rule';
import { RULES, RULES_BY_ID } from './rules';
import type { Finding } from './types';
import type { Path, Range } from '../model/text';
import type { SeveritySetting } from '../model/severity';
import { safeText } from '../util/safeText';

export interface LintOptions {
  format: ClaimFormat;
  /** Today as YYYY-MM-DD (the CLI and editor pass the real date or the config's `today`). */
  today: string;
  /** Active ICD-10-CM code set; defaults to the bundled practice code book. With `codeSets`, only the fallback for views. */
  codes?: IcdCodeSet;
  /** ICD-10-CM code sets by fiscal year: each service line's date picks its year (the CLI and the editor pass the bundled ones). */
  codeSets?: IcdCodeSetProvider;
  /** Payer profiles; defaults to the bundled ones. Config profiles replace bundled ones with the same id. */
  payers?: readonly PayerProfile[];
  /** Severity overrides by rule id (from config and settings). */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Code-editor tables (HCPCS release, MCE lists, Excludes notes); rules needing an absent one stay silent. */
  tables?: EditTables;
}

export interface LintResult {
  findings: Finding[];
  doc: ParsedDocument;
  normalized: NormalizedClaim;
  payer: PayerProfile | undefined;
  /** The "today" the claim was linted as of (options.today). */
  today?: string;
}

export function lintText(text: string, options: LintOptions): LintResult {
  const doc = parseClaimText(text, options.format);
  return lintParsed(doc, options);
}

/**
 * The result for a file that cannot be parsed at all (larger than the size limit, not UTF-8): one
 * syntax-error finding with `message` on its first line. `text` may be empty (the file was not read).
 */
export function lintUnreadable(text: string, message: string, options: LintOptions): LintResult {
  const doc: ParsedDocument = {
    text,
    format: options.format,
    value: undefined,
    locations: new Map(),
    syntaxErrors: [{ message, range: { start: 0, end: Math.min(text.length, 1) } }],
    suppressions: { file: new Set(), lines: new Map() },
    lines: new LineIndex(text),
  };
  return lintParsed(doc, options);
}

export function lintParsed(doc: ParsedDocument, options: LintOptions): LintResult {
  const normalized = normalizeClaim(doc);
  const payers = options.payers ?? bundledPayers();
  const payerId = normalized.claim.payer?.id?.trim().toUpperCase();
  const payer = payerId ? payers.find((p) => p.id.toUpperCase() === payerId) : undefined;
  const codes = claimCodeSet(normalized, options);
  const edits = new EditBuilder(doc);

  const ctx: RuleContext = {
    doc,
    normalized,
    claim: normalized.claim,
    services: normalized.claim.services ?? [],
    diagnoses: normalized.claim.diagnoses ?? [],
    payer,
    codes,
    icd: options.codeSets,
    today: options.today,
    tables: options.tables ?? {},
    edits,
    isInvalid: (path) => {
      if (normalized.invalid.size === 0) return false; // the common case, asked thousands of times
      for (let i = path.length; i > 0; i--) if (normalized.invalid.has(pathKey(path.slice(0, i)))) return true;
      return false;
    },
    isPresent: (path) => doc.locations.has(pathKey(path)),
    raw: (path) => normalized.raw.get(pathKey(path)),
  };

  // A file that cannot be read, or is not a map, gets only that one kind of finding: anything else
  // would be noise about a structure the author did not write.
  const active: readonly Rule[] = doc.syntaxErrors.length
    ? [RULES_BY_ID.get('syntax-error')!]
    : !normalized.isMap
      ? [RULES_BY_ID.get('schema-violation')!]
      : RULES;

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of active) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const report = (input: ReportInput) => {
      const range = input.range ?? resolveRange(doc, input.path, input.at);
      const severity = setting ?? input.severity ?? rule.defaultSeverity;
      const key = `${rule.id}\u0000${range.start}\u0000${range.end}\u0000${input.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        ruleId: rule.id,
        severity,
        // Messages quote claim values: nothing in them may break an output line or reach a terminal.
        message: safeText(input.message),
        range,
        path: pathKey(input.path),
        serviceLine: input.serviceLine,
        diagnosis: input.diagnosis,
        ...(input.noPayerOutcome ? { noPayerOutcome: true } : {}),
        fixes: input.fixes?.length ? guardFixes(doc, input.fixes) : [],
      });
    };
    try {
      rule.check(ctx, report);
    } catch (e) {
      // A rule bug must never take the editor down; say so where the user can see it.
      report({ path: [], message: `Internal error in rule ${rule.id}: ${(e as Error).message}. Please report this.`, severity: 'hint' });
    }
  }

  const kept = findings.filter((f) => !isSuppressed(doc, f));
  kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  return { findings: kept, doc, normalized, payer, today: options.today };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The code set of the claim's earliest date of service (else today's) from `codeSets`, else `codes`, else the practice book. */
function claimCodeSet(normalized: NormalizedClaim, options: LintOptions): IcdCodeSet {
  const provider = options.codeSets;
  if (provider && !provider.unavailable) {
    let first: string | undefined;
    for (const l of normalized.claim.services ?? []) if (l?.from && ISO_DATE.test(l.from) && (!first || l.from < first)) first = l.from;
    const fy = fiscalYearOf(first ?? options.today);
    const set = provider.forYear(fy) ?? provider.forYear(nearestYear(provider, fy) ?? fy);
    if (set) return set;
  }
  return options.codes ?? practiceCodeBook();
}

function isSuppressed(doc: ParsedDocument, f: Finding): boolean {
  const s = doc.suppressions;
  if (s.file.has('*') || s.file.has(f.ruleId)) return true;
  if (s.lines.size === 0) return false;
  const line = doc.lines.positionAt(f.range.start).line;
  const ids = s.lines.get(line);
  return !!ids && (ids.has('*') || ids.has(f.ruleId));
}

/**
 * The narrowest range that explains a finding: the value at `path`, else its key, else the key of
 * the nearest written ancestor, else the first line of the file.
 */
export function resolveRange(doc: ParsedDocument, path: Path, at?: 'key' | 'value'): Range {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n);
    const loc = doc.locations.get(pathKey(p));
    if (!loc || n === 0) continue;
    const exact = n === path.length;
    if (exact && at !== 'key' && loc.kind === 'scalar' && loc.value.end > loc.value.start) return loc.value;
    if (loc.key) return loc.key;
    // A list item without a key: its first line.
    const line = doc.lines.positionAt(loc.value.start).line;
    return { start: loc.value.start, end: Math.max(loc.value.start + 1, Math.min(loc.value.end, doc.lines.lineEnd(line))) };
  }
  return firstLine(doc);
}

function firstLine(doc: ParsedDocument): Range {
  // Skip a leading comment block / document marker so the squiggle lands on content.
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const start = doc.lines.lineStart(line);
    const end = doc.lines.lineEnd(line);
    const t = doc.text.slice(start, end).trim();
    if (t && !t.startsWith('#') && t !== '---') return { start, end };
  }
  return { start: 0, end: doc.lines.lineEnd(0) };
}
