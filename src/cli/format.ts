// claimlint output formats: text (one line per finding + summary), json, SARIF 2.1.0. All three are
// streamed: each claim's findings are written as soon as it is linted and nothing of it is kept, so
// 100,000 claims take no more memory than one (one big JSON.stringify ran out of string length).
// Everything from a claim (messages, file names) is made safe first (src/shared/safeText.ts).
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { LintResult } from '../engine/lint';
import { RULES, RULES_BY_ID } from '../engine/rules';
import type { Severity } from '../model/severity';
import { X12_RULES, X12_RULES_BY_ID } from '../x12/rules';
import { safeJson, safeText } from '../util/safeText';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  absolute: string;
  result: LintResult;
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
}

export function toJsonFindings(r: FileResult): JsonFinding[] {
  return r.result.findings.map((f) => {
    const s = r.result.doc.lines.positionAt(f.range.start);
    const e = r.result.doc.lines.positionAt(f.range.end);
    return { file: r.file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, ruleId: f.ruleId, severity: f.severity, message: safeText(f.message) };
  });
}

/** What the run adds to the summary besides the findings. */
export interface RunSummary {
  /** Claim files that could not be read (they are named on stderr). */
  unreadable: number;
}

/** A streaming writer of one output format. */
export interface OutputSink {
  file(r: FileResult): void;
  end(summary: RunSummary): void;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function textSink(write: (s: string) => void): OutputSink {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let files = 0;
  let filesWithFindings = 0;
  return {
    file(r) {
      files++;
      const findings = toJsonFindings(r);
      if (!findings.length) return;
      filesWithFindings++;
      const shown = safeText(r.file);
      const lines: string[] = [];
      for (const f of findings) {
        counts[f.severity]++;
        lines.push(`${shown}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}\n`);
      }
      write(lines.join(''));
    },
    end(summary) {
      const total = counts.error + counts.warning + counts.information + counts.hint;
      const notRead = summary.unreadable ? `; ${plural(summary.unreadable, 'file')} could not be read` : '';
      write(
        total === 0
          ? `${plural(files, 'claim')} checked: no problems found${notRead}.\n`
          : `${plural(files, 'claim')} checked, ${filesWithFindings} with findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} information, ${plural(counts.hint, 'hint')}${notRead}.\n`,
      );
    },
  };
}

export function jsonSink(write: (s: string) => void): OutputSink {
  let first = true;
  write('[');
  return {
    file(r) {
      const findings = toJsonFindings(r);
      if (!findings.length) return;
      write(findings.map((f) => `${first ? ((first = false), '\n  ') : ',\n  '}${safeJson(JSON.stringify(f))}`).join(''));
    },
    end() {
      write(first ? ']\n' : '\n]\n');
    },
  };
}

/** Where a rule's documentation lives in the installed package (docs/rules/<id>.md). */
export function ruleDocUri(ruleId: string): string {
  // dist/cli.js → ../docs/rules
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const RESULTS_MARK = '"__claimlint_results__"';

export function sarifSink(write: (s: string) => void): OutputSink {
  const catalogue = [...RULES, ...X12_RULES];
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const skeleton = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimlint',
            fullName: 'Clean Claim Coach claimlint',
            version: '0.1.0',
            rules: catalogue.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.title },
              fullDescription: { text: r.docs.meaning },
              helpUri: ruleDocUri(r.id),
              help: { text: r.docs.fix },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { box: r.box, section: r.section },
            })),
          },
        },
        results: [JSON.parse(RESULTS_MARK)],
      },
    ],
  };
  const [head, tail] = JSON.stringify(skeleton, null, 2).split(RESULTS_MARK);
  const indent = '        ';
  let first = true;
  write(head.replace(/\s*$/, ''));
  return {
    file(r) {
      const uri = pathToFileURL(r.absolute).href;
      const out: string[] = [];
      for (const f of r.result.findings) {
        const s = r.result.doc.lines.positionAt(f.range.start);
        const e = r.result.doc.lines.positionAt(f.range.end);
        const result = {
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId) ?? -1,
          level: SARIF_LEVEL[f.severity],
          message: { text: safeText(f.message) },
          locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 } } }],
          properties: { severity: f.severity, box: (RULES_BY_ID.get(f.ruleId) ?? X12_RULES_BY_ID.get(f.ruleId))?.box },
        };
        out.push(`${first ? '\n' : ',\n'}${indent}${safeJson(JSON.stringify(result))}`);
        first = false;
      }
      if (out.length) write(out.join(''));
    },
    end() {
      write(`${first ? '' : '\n        '}${tail.replace(/^\s*/, '')}\n`);
    },
  };
}

function collect(make: (w: (s: string) => void) => OutputSink, results: readonly FileResult[]): string {
  let out = '';
  const sink = make((s) => (out += s));
  for (const r of results) sink.file(r);
  sink.end({ unreadable: 0 });
  return out;
}

export const formatText = (results: readonly FileResult[]) => collect(textSink, results);
export const formatJson = (results: readonly FileResult[]) => collect(jsonSink, results);
export const formatSarif = (results: readonly FileResult[]) => collect(sarifSink, results);
