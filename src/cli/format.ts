// claimlint output formats: text (one line per finding + summary), json, SARIF 2.1.0.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { LintResult } from '../engine/lint';
import { RULES, RULES_BY_ID } from '../engine/rules';
import type { Finding } from '../engine/types';
import type { Severity } from '../model/severity';
import { X12_RULES, X12_RULES_BY_ID } from '../x12/rules';

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
    return { file: r.file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, ruleId: f.ruleId, severity: f.severity, message: f.message };
  });
}

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let filesWithFindings = 0;
  for (const r of results) {
    const findings = toJsonFindings(r);
    if (findings.length) filesWithFindings++;
    for (const f of findings) {
      counts[f.severity]++;
      lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    total === 0
      ? `${plural(results.length, 'claim')} checked: no problems found.`
      : `${plural(results.length, 'claim')} checked, ${filesWithFindings} with findings: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.information} information, ${plural(counts.hint, 'hint')}.`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results.flatMap(toJsonFindings), null, 2)}\n`;
}

/** Where a rule's documentation lives in the installed package (docs/rules/<id>.md). */
export function ruleDocUri(ruleId: string): string {
  // dist/cli.js → ../docs/rules
  return pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).href;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: readonly FileResult[]): string {
  const catalogue = [...RULES, ...X12_RULES];
  const index = new Map(catalogue.map((r, i) => [r.id, i]));
  const sarif = {
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
        results: results.flatMap((r) =>
          r.result.findings.map((f: Finding) => {
            const s = r.result.doc.lines.positionAt(f.range.start);
            const e = r.result.doc.lines.positionAt(f.range.end);
            return {
              ruleId: f.ruleId,
              ruleIndex: index.get(f.ruleId) ?? -1,
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: pathToFileURL(r.absolute).href },
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
              properties: { severity: f.severity, box: (RULES_BY_ID.get(f.ruleId) ?? X12_RULES_BY_ID.get(f.ruleId))?.box },
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
