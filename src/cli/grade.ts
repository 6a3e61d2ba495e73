// `claimlint grade`: grade practice claims against the case each names (practice-cases.md).
//   claimlint grade [--format text|json|classroom|csv] [--cases PATH]... [--config FILE] [--today YYYY-MM-DD] PATH...
// Each claim is linted and mock-submitted like `claimlint submit`, then graded (src/grading).
// Cases come from the --cases files/folders first, then from the bundled cases/. A claim is linted
// as of --today, else the config's today, else the case's date of service (so a practice case from
// months ago is not "past timely filing").
// Exit status: 0 every graded claim passes, 1 one does not (or is ungraded), 2 could not run.
import * as fs from 'fs';
import * as path from 'path';
import { adjudicate } from '../adjudication';
import { lintParsed } from '../engine/lint';
import { grade, type GradeResult } from '../grading/grade';
import { bundledCasesDir, findCaseFiles, readCaseFile, type LoadedCase } from '../node/cases';
import { WorkspaceConfig } from '../node/workspace';
import { formatFromFileName, parseClaimText } from '../parser/parse';
import type { PracticeCase } from '../practice/model';
import { formatValue, GRADE_USAGE, readCommandLine, todayValue, UsageError, type Io } from './args';
import { displayPath, expandPaths } from './paths';
import { formatGradeClassroom, formatGradeCsv, formatGradeJson, formatGradeText, type GradedClaim } from './gradeFormat';

export interface GradeArgs {
  format: 'text' | 'json' | 'classroom' | 'csv';
  cases: string[];
  config?: string;
  today?: string;
  paths: string[];
}


export function parseGradeArgs(argv: readonly string[]): GradeArgs {
  const args: GradeArgs = { format: 'text', cases: [], paths: [] };
  args.paths = readCommandLine(
    argv,
    {
      '--format': { value: true, set: (v) => (args.format = formatValue<GradeArgs['format']>(v, ['text', 'json', 'classroom', 'csv'])) },
      '--cases': { value: true, set: (v) => args.cases.push(v) },
      '--config': { value: true, set: (v) => (args.config = v) },
      '--today': { value: true, set: (v) => (args.today = todayValue(v)) },
    },
    { help: true },
  );
  if (!args.paths.length) throw new UsageError('grade needs claim files or folders (PATH)');
  return args;
}

/** Case id (upper case) → the case; --cases paths first, then the bundled cases. */
export function loadCases(casePaths: readonly string[], cwd: string, notes: string[], bundled: string | undefined = bundledCasesDir()): Map<string, { loaded: LoadedCase; case: PracticeCase }> {
  const files: string[] = [];
  for (const p of casePaths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read --cases ${p}: no such file or folder`);
    }
    if (stat.isDirectory()) files.push(...findCaseFiles(abs));
    else files.push(abs);
  }
  if (bundled) files.push(...findCaseFiles(bundled));
  const byId = new Map<string, { loaded: LoadedCase; case: PracticeCase }>();
  for (const file of files) {
    let loaded: LoadedCase;
    try {
      loaded = readCaseFile(file);
    } catch (e) {
      throw new UsageError(`cannot read case file ${displayPath(file, cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    const errors = loaded.findings.filter((f) => f.severity === 'error');
    if (!loaded.value || errors.length) {
      const first = errors[0] ?? loaded.findings[0];
      const pos = first ? loaded.doc.lines.positionAt(first.range.start) : { line: 0, character: 0 };
      notes.push(`${displayPath(file, cwd)}:${pos.line + 1}:${pos.character + 1}: ${first?.message ?? 'not a practice case'} (case file skipped)`);
      continue;
    }
    const id = loaded.value.case.id.toUpperCase();
    if (!byId.has(id)) byId.set(id, { loaded, case: loaded.value });
  }
  return byId;
}

export async function runGrade(argv: readonly string[], io: Io): Promise<number> {
  let args: GradeArgs;
  try {
    args = parseGradeArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message === 'help') {
        io.out(`usage: ${GRADE_USAGE}\n`);
        return 0;
      }
      e.usageHint = true;
    }
    throw e;
  }
  const configFile = args.config ? path.resolve(io.cwd, args.config) : undefined;
  if (configFile && !fs.existsSync(configFile)) throw new UsageError(`cannot read config file ${args.config}`);
  const notes: string[] = [];
  const cases = loadCases(args.cases, io.cwd, notes);
  const files = expandPaths(args.paths, io.cwd);
  const results = await gradeFiles(files, cases, { configFile, today: args.today, now: io.now(), cwd: io.cwd }, notes);
  for (const n of notes) io.err(`claimlint: ${n}\n`);
  const out = args.format === 'json' ? formatGradeJson(results) : args.format === 'classroom' ? formatGradeClassroom(results) : args.format === 'csv' ? formatGradeCsv(results) : formatGradeText(results);
  io.out(out);
  return results.length > 0 && results.every((r) => r.status === 'passed') ? 0 : 1;
}

export async function gradeFiles(
  files: readonly string[],
  cases: ReadonlyMap<string, { case: PracticeCase }>,
  opts: { configFile?: string; today?: string; now: Date; cwd: string },
  notes: string[],
): Promise<GradedClaim[]> {
  const ws = new WorkspaceConfig();
  const results: GradedClaim[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${displayPath(file, opts.cwd)}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
    const setup = await ws.setupFor(file, { configFile: opts.configFile, today: opts.today, now: opts.now });
    if (setup.codeSetError && !notes.includes(setup.codeSetError)) notes.push(setup.codeSetError);
    const doc = parseClaimText(text, formatFromFileName(file));
    // Only the case id is needed before linting (to date the lint): read it from the value tree.
    const top = doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value) ? (doc.value as Record<string, unknown>) : undefined;
    const caseIdRaw = typeof top?.practiceCase === 'number' ? String(top.practiceCase) : top?.practiceCase;
    const caseId = typeof caseIdRaw === 'string' && caseIdRaw.trim() ? caseIdRaw.trim() : undefined;
    const found = caseId ? cases.get(caseId.toUpperCase()) : undefined;
    const today = opts.today ?? setup.config.config.today ?? found?.case.case.dateOfService ?? setup.options.today;
    const lint = lintParsed(doc, { ...setup.options, today });
    const errorFindings = lint.findings.filter((f) => f.severity === 'error');
    const errors = errorFindings.length;
    const warnings = lint.findings.filter((f) => f.severity === 'warning').length;
    const submission = adjudicate(lint, { submittedAt: `${today}T12:00:00Z` });
    const shown = displayPath(file, opts.cwd);
    const lintErrors = errorFindings.slice(0, 3).map((f) => `${f.ruleId}: ${f.message}`);
    if (!caseId || !found?.case.key) {
      const reason = !caseId ? 'the claim names no practice case (add `practiceCase: ID` at the top level)' : !found ? `no practice case ${caseId} was found (check the id, or pass the keyed cases with --cases)` : `practice case ${caseId} has no answer key (a student copy): grade with --cases pointing at the keyed copy`;
      results.push({ file: shown, caseId: caseId ?? null, status: 'ungraded', reason, lint: { errors, warnings }, lintErrors, submission: { status: submission.status } });
      continue;
    }
    const g: GradeResult = grade(found.case.key, lint.normalized.claim, { errors, warnings }, submission);
    results.push({ file: shown, caseId: found.case.case.id, status: g.passed ? 'passed' : 'failed', grade: g, rationale: found.case.key.rationale, lint: { errors, warnings }, lintErrors, submission: { status: submission.status } });
  }
  return results;
}
