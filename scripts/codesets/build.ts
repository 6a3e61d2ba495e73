// Build step for the bundled ICD-10-CM code sets (run by esbuild.js, so by `npm run build`,
// `npm run package` and `prepare`): checks the sha256 of every vendored source in
// data/sources/icd10cm/ against scripts/codesets/sources.json, then generates dist/codesets/:
//   icd10cm-2026.idx       the FY2026 order file as a compact binary index (src/codesets/bundled.ts)
//   icd10cm-changes.json   FY2026 changes (from the FY2026 addenda) and the FY2027 change list
//   manifest.json          what each file is, its sha256 (checked at load), origin and counts
// FY2027 is derived: the FY2026 index with the FY2027 change list overlaid; the build asserts the
// official counts of both years and fails otherwise. Nothing is rebuilt when the manifest already
// records the same sources and builder version and the outputs still match their sha256.
// Usage: npx tsx scripts/codesets/build.ts [--force]
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { BundledIcdCodeSet, decodeIcdIndex, encodeIcdIndex, type YearChanges } from '../../src/codesets/bundled';
import { parseIcdFile } from '../../src/codesets/official';

export const BUILDER_VERSION = 1;
const ROOT = path.resolve(__dirname, '..', '..');

/** The official counts each year must have (CDC order files; FY2027 per the change list's SOURCES.md). */
export const EXPECTED_COUNTS: Record<number, { entries: number; billable: number }> = {
  2026: { entries: 98_186, billable: 74_719 },
  2027: { entries: 98_403, billable: 74_879 },
};

export const ORIGIN_2026 = 'CDC/NCHS ICD-10-CM FY2026 order file (official, bundled)';
export const ORIGIN_2027 = 'FY2026 official file + FY2027 change list (derived)';

interface SourceSpec {
  name: string;
  bytes: number;
  sha256: string;
  decompressedSha256?: string;
}

export function sourceSpecs(): { dir: string; files: SourceSpec[] } {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'codesets', 'sources.json'), 'utf8'));
}

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Reads each vendored source and checks its sha256; throws naming every file that is missing or differs. */
export function verifySources(dir: string, files: readonly SourceSpec[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const bad: string[] = [];
  for (const f of files) {
    const p = path.join(dir, f.name);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(p);
    } catch (e) {
      bad.push(`${f.name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    const h = sha256(buf);
    if (h !== f.sha256) bad.push(`${f.name}: sha256 ${h}, expected ${f.sha256}`);
    else out.set(f.name, buf);
  }
  if (bad.length) throw new Error(`ICD-10-CM sources in ${dir} do not match scripts/codesets/sources.json (run node scripts/codesets/import-sources.mjs):\n  ${bad.join('\n  ')}`);
  return out;
}

/** RFC 4180 CSV (quoted fields, doubled quotes) into rows of strings, keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  if (!head) return [];
  return body.map((r, n) => {
    if (r.length !== head.length) throw new Error(`CSV row ${n + 2} has ${r.length} fields, expected ${head.length}`);
    return Object.fromEntries(head.map((h, k) => [h, r[k]]));
  });
}

const CODE = /^[A-Z][0-9A-Z]{2,6}$/;

function code(s: string | undefined, where: string): string {
  const c = (s ?? '').trim().toUpperCase();
  if (!CODE.test(c)) throw new Error(`${where}: "${s}" is not a compact ICD-10-CM code`);
  return c;
}

function bool(s: string | undefined, where: string): boolean {
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw new Error(`${where}: "${s}" is not true/false`);
}

/** The FY2027 change list CSVs (added, deleted, billable-status-changes, revised) as YearChanges. */
export function parseChangeList(csv: { added: string; deleted: string; statusChanges: string; revised: string }, fiscalYear: number): YearChanges {
  const added = parseCsv(csv.added).map((r, n) => ({ code: code(r.code, `added.csv row ${n + 2}`), billable: bool(r.billable, `added.csv row ${n + 2}`), title: r.longTitle || r.shortTitle }));
  const deleted = parseCsv(csv.deleted).map((r, n) => ({ code: code(r.code, `deleted.csv row ${n + 2}`), billable: bool(r.wasBillable, `deleted.csv row ${n + 2}`), title: r.longTitle || r.shortTitle }));
  const toHeader = parseCsv(csv.statusChanges).map((r, n) => {
    const where = `billable-status-changes.csv row ${n + 2}`;
    if (r.direction !== 'billable-to-header' || r.previousBillable !== 'true' || r.newBillable !== 'false') throw new Error(`${where}: only billable-to-header changes are supported, got ${r.direction}`);
    return code(r.code, where);
  });
  const revised = parseCsv(csv.revised).map((r, n) => ({ code: code(r.code, `revised.csv row ${n + 2}`), previousTitle: r.previousLongTitle, title: r.newLongTitle }));
  return { fiscalYear, added, deleted, toHeader, revised };
}

/**
 * The CDC order addenda (what changed going into a year): "Add:", "Delete:", "Revise from:" /
 * "Revise to:" rows with flag, code, 60-character short title and long title. A code deleted as
 * billable and added back as a header was expanded: it is listed in toHeader, not in deleted/added.
 */
export function parseAddenda(text: string, fiscalYear: number): YearChanges {
  const adds = new Map<string, { billable: boolean; title: string }>();
  const dels = new Map<string, { billable: boolean; title: string }>();
  const revFrom = new Map<string, string>();
  const revised: YearChanges['revised'] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = /^(Add|Delete|Revise from|Revise to):\s+([01]) ([A-Z][0-9A-Z]{2,6})\s/.exec(line);
    if (!m) continue;
    const title = line.slice(84).trim() || line.slice(23, 83).trim();
    const billable = m[2] === '1';
    const c = m[3];
    if (m[1] === 'Add') adds.set(c, { billable, title });
    else if (m[1] === 'Delete') dels.set(c, { billable, title });
    else if (m[1] === 'Revise from') revFrom.set(c, title);
    else if (revFrom.get(c) !== title) revised.push({ code: c, previousTitle: revFrom.get(c) ?? '', title });
  }
  const toHeader: string[] = [];
  for (const [c, d] of dels) {
    const a = adds.get(c);
    if (!a) continue;
    if (d.billable && !a.billable) toHeader.push(c);
    else if (d.title !== a.title) revised.push({ code: c, previousTitle: d.title, title: a.title });
    dels.delete(c);
    adds.delete(c);
  }
  return {
    fiscalYear,
    added: [...adds].map(([c, a]) => ({ code: c, ...a })),
    deleted: [...dels].map(([c, d]) => ({ code: c, ...d })),
    toHeader,
    revised,
  };
}

export interface BuildInputs {
  orderText: string;
  addendaText: string;
  changeList: { added: string; deleted: string; statusChanges: string; revised: string };
}

export interface BuildOutputs {
  index: Uint8Array;
  changes: Record<string, YearChanges>;
  counts: Record<number, { entries: number; billable: number }>;
}

/**
 * Turns the sources into the index and the change lists, checking both years against the official
 * counts (`expected`, EXPECTED_COUNTS by default) and the change list against the FY2026 file.
 * Throws an Error naming the first check that fails.
 */
export function buildArtifacts(inputs: BuildInputs, expected = EXPECTED_COUNTS): BuildOutputs {
  const base = parseIcdFile(inputs.orderText, 'icd10cm-order-2026.txt');
  if (base.kind !== 'order') throw new Error('icd10cm-order-2026.txt is not an order file');
  const index = encodeIcdIndex(base, { fiscalYear: 2026, source: 'icd10cm-order-2026.txt' });
  const decoded = decodeIcdIndex(index);
  const fy2026 = new BundledIcdCodeSet(decoded, { fiscalYear: 2026, origin: ORIGIN_2026, overlay: false });
  const counts: BuildOutputs['counts'] = { 2026: { entries: fy2026.size, billable: fy2026.billableCount } };
  const c26 = expected[2026];
  if (fy2026.size !== c26.entries || fy2026.billableCount !== c26.billable)
    throw new Error(`FY2026 order file: ${fy2026.size} entries / ${fy2026.billableCount} billable, expected the official ${c26.entries} / ${c26.billable}`);

  const fy26changes = parseAddenda(inputs.addendaText, 2026);
  const fy27changes = parseChangeList(inputs.changeList, 2027);
  // The change list must fit the FY2026 file it is applied to.
  const problems: string[] = [];
  for (const a of fy27changes.added) if (fy2026.get(a.code)) problems.push(`added ${a.code} is already in FY2026`);
  for (const d of fy27changes.deleted) {
    const e = fy2026.get(d.code);
    if (!e) problems.push(`deleted ${d.code} is not in FY2026`);
    else if (e.billable !== d.billable) problems.push(`deleted ${d.code}: billable ${e.billable} in FY2026, the list says ${d.billable}`);
  }
  for (const c of fy27changes.toHeader) if (fy2026.get(c)?.billable !== true) problems.push(`${c} turned header is not billable in FY2026`);
  for (const r of fy27changes.revised) if (fy2026.get(r.code)?.title !== r.previousTitle) problems.push(`revised ${r.code}: FY2026 title is "${fy2026.get(r.code)?.title}", the list says "${r.previousTitle}"`);
  if (problems.length) throw new Error(`the FY2027 change list does not fit the FY2026 order file: ${problems.slice(0, 5).join('; ')}`);

  const fy2027 = new BundledIcdCodeSet(decoded, { fiscalYear: 2027, origin: ORIGIN_2027, changes: fy27changes, overlay: true });
  counts[2027] = { entries: fy2027.size, billable: fy2027.billableCount };
  const c27 = expected[2027];
  if (fy2027.size !== c27.entries || fy2027.billableCount !== c27.billable)
    throw new Error(`derived FY2027: ${fy2027.size} entries / ${fy2027.billableCount} billable, expected the official ${c27.entries} / ${c27.billable}`);
  return { index, changes: { 2026: fy26changes, 2027: fy27changes }, counts };
}

export interface Manifest {
  format: 'ccc-codesets';
  builderVersion: number;
  /** sha256 of each vendored source the outputs were built from. */
  builtFrom: Record<string, string>;
  files: Record<string, { bytes: number; sha256: string }>;
  icd10cm: {
    fiscalYear: number;
    /** The index file the year reads. */
    index: string;
    /** The key of its change list in icd10cm-changes.json (changes going into the year). */
    changes: string;
    /** true when the change list is overlaid on the index (a derived year). */
    overlay: boolean;
    origin: string;
    entries: number;
    billable: number;
    validFrom: string;
    validTo: string;
  }[];
}

function writeAtomically(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function upToDate(outDir: string, builtFrom: Record<string, string>): boolean {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    if (m.builderVersion !== BUILDER_VERSION || JSON.stringify(m.builtFrom) !== JSON.stringify(builtFrom)) return false;
    return Object.entries(m.files).every(([f, d]) => sha256(fs.readFileSync(path.join(outDir, f))) === d.sha256);
  } catch {
    return false;
  }
}

/** The whole build step: verify sources, (re)generate dist/codesets/ when needed. Returns what it did. */
export function buildCodesets(opts: { root?: string; outDir?: string; force?: boolean } = {}): { rebuilt: boolean; outDir: string; ms: number } {
  const t0 = performance.now();
  const root = opts.root ?? ROOT;
  const spec = sourceSpecs();
  const dir = path.join(root, spec.dir);
  const outDir = opts.outDir ?? path.join(root, 'dist', 'codesets');
  const bufs = verifySources(dir, spec.files);
  const builtFrom = Object.fromEntries(spec.files.map((f) => [f.name, f.sha256]));
  if (!opts.force && upToDate(outDir, builtFrom)) return { rebuilt: false, outDir, ms: performance.now() - t0 };

  const order = zlib.gunzipSync(bufs.get('icd10cm-order-2026.txt.gz')!);
  const orderSpec = spec.files.find((f) => f.name === 'icd10cm-order-2026.txt.gz')!;
  if (orderSpec.decompressedSha256 && sha256(order) !== orderSpec.decompressedSha256) throw new Error('icd10cm-order-2026.txt.gz decompresses to a file with another sha256');
  const text = (name: string) => bufs.get(name)!.toString('utf8');
  const out = buildArtifacts({
    orderText: order.toString('latin1'),
    addendaText: zlib.gunzipSync(bufs.get('icd10cm-order-addenda-2026.txt.gz')!).toString('latin1'),
    changeList: { added: text('fy2027/added.csv'), deleted: text('fy2027/deleted.csv'), statusChanges: text('fy2027/billable-status-changes.csv'), revised: text('fy2027/revised.csv') },
  });
  fs.mkdirSync(outDir, { recursive: true });
  const changes = JSON.stringify(out.changes);
  const files: Manifest['files'] = {
    'icd10cm-2026.idx': { bytes: out.index.length, sha256: sha256(out.index) },
    'icd10cm-changes.json': { bytes: Buffer.byteLength(changes), sha256: sha256(changes) },
  };
  const manifest: Manifest = {
    format: 'ccc-codesets',
    builderVersion: BUILDER_VERSION,
    builtFrom,
    files,
    icd10cm: [
      { fiscalYear: 2026, index: 'icd10cm-2026.idx', changes: '2026', overlay: false, origin: ORIGIN_2026, ...out.counts[2026], validFrom: '2025-10-01', validTo: '2026-09-30' },
      { fiscalYear: 2027, index: 'icd10cm-2026.idx', changes: '2027', overlay: true, origin: ORIGIN_2027, ...out.counts[2027], validFrom: '2026-10-01', validTo: '2027-09-30' },
    ],
  };
  writeAtomically(path.join(outDir, 'icd10cm-2026.idx'), out.index);
  writeAtomically(path.join(outDir, 'icd10cm-changes.json'), changes);
  writeAtomically(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { rebuilt: true, outDir, ms: performance.now() - t0 };
}

if (require.main === module) {
  try {
    const r = buildCodesets({ force: process.argv.includes('--force') });
    console.log(`codesets: ${r.rebuilt ? 'built' : 'up to date'} in ${Math.round(r.ms)} ms → ${path.relative(process.cwd(), r.outDir)}`);
  } catch (e) {
    console.error(`codesets build failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
