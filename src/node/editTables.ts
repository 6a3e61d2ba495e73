// The build step and the loader of the code-editor tables (HCPCS release, MCE lists, FY2027
// Excludes notes). Build: data/sources/ (vendored by scripts/vendor-edit-sources.mjs) → sha256 of
// every source checked against the values recorded below and in data/sources/*/SOURCES.md → parsed
// → counts asserted → dist/edit-tables/{hcpcs,mce,excludes}.json.gz + manifest.json (sha256 of each
// table). esbuild.js runs it on every build; the output is generated, never edited, never in git.
// Load: the CLI and the extension read dist/edit-tables once (lazily), check each table's sha256
// against the manifest and hand the engine table objects through LintOptions.tables.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { editTablesFrom, type EditTables, type EditTablesData } from '../codesets/editTables';
import { EXCLUDES_TABLE_FORMAT, EXCLUDES_TABLE_VERSION, excludesNotesFromCsv, type ExcludesTableData } from '../codesets/excludes';
import { hcpcsTableData, parseHcpcsFixedWidth } from '../codesets/hcpcsRelease';
import { mceTableData } from '../codesets/mce';

/** Vendored source files (relative to data/sources/) and the sha256 of their bytes (of the uncompressed bytes for .gz). */
export const EDIT_SOURCES = {
  hcpcs: { file: 'hcpcs/HCPC2026_JAN_ANWEB_01122026.txt.gz', sha256: '1a9ce53ae6546c54e8150fc51b25d2b3e3eeefbca657c2ab2f7f1d7888a2239e' },
  mce: { file: 'mce/mce-edits-fy2026-derived.json', sha256: '1f370f5d63f4a9c8a80125ddea8dff36d7e06ac9e902ea8946158d3f7e16fb13' },
  excludes1: { file: 'excludes/fy2027-excludes1.csv', sha256: 'e053f74cff83457efbd52a0ae8cdcbaeed577be524fbeaac68342b3a018ae725' },
  excludes2: { file: 'excludes/fy2027-excludes2.csv', sha256: '65002e99357d043a33810f660f3cb0f87266ee58c0a1cbf8f43d1d982382488e' },
} as const;

export type EditSources = Record<keyof typeof EDIT_SOURCES, { file: string; sha256: string }>;

/** Counts every build asserts (data/sources/*\/SOURCES.md). */
export const EXPECTED_COUNTS = {
  hcpcsCodes: 8623,
  hcpcsModifiers: 383,
  hcpcsTerminatedCodes: 1300,
  excludes1: 5411,
  excludes2: 2529,
  mce: { newborn: 42, pediatric: 125, maternity: 2543, adult: 856, manifestation: 422 },
} as const;

export const TABLE_FILES = { hcpcs: 'hcpcs.json.gz', mce: 'mce.json.gz', excludes: 'excludes.json.gz' } as const;
type TableName = keyof typeof TABLE_FILES;

export interface TablesManifest {
  format: 'ccc-edit-tables';
  version: 1;
  /** Table file → sha256 of its (gzip) bytes. */
  tables: Record<string, string>;
  /** Source file → sha256 checked at build time. */
  sources: Record<string, string>;
}

const sha256 = (buf: Uint8Array | string) => createHash('sha256').update(buf).digest('hex');

/** Reads a vendored source and checks its sha256; throws naming the file when it differs. */
function readSource(sourceDir: string, src: { file: string; sha256: string }): Buffer {
  const file = path.join(sourceDir, src.file);
  let buf = fs.readFileSync(file);
  if (file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  const got = sha256(buf);
  if (got !== src.sha256) throw new Error(`${src.file}: sha256 ${got} differs from the recorded ${src.sha256}; re-vendor it with scripts/vendor-edit-sources.mjs and record the new hash only after checking the source.`);
  return buf;
}

function assertCount(what: string, got: number, want: number): void {
  if (got !== want) throw new Error(`${what}: ${got}, expected ${want}`);
}

/** Parses and checks every source into table data (no files written). */
export function buildEditTablesData(sourceDir: string, sources: EditSources = EDIT_SOURCES): Required<EditTablesData> {
  const hcpcsText = readSource(sourceDir, sources.hcpcs).toString('latin1');
  const parsed = parseHcpcsFixedWidth(hcpcsText);
  assertCount('HCPCS procedure codes', parsed.codes.length, EXPECTED_COUNTS.hcpcsCodes);
  assertCount('HCPCS modifiers', parsed.modifiers.length, EXPECTED_COUNTS.hcpcsModifiers);
  assertCount('HCPCS terminated codes', parsed.codes.filter((c) => c.terminated).length, EXPECTED_COUNTS.hcpcsTerminatedCodes);
  const hcpcs = hcpcsTableData(parsed, {
    release: 'CMS HCPCS Level II, January 2026 quarterly release',
    releaseDate: '2026-01-01',
    source: { file: 'HCPC2026_JAN_ANWEB_01122026.txt', sha256: sources.hcpcs.sha256 },
  });

  const mce = mceTableData(JSON.parse(readSource(sourceDir, sources.mce).toString('utf8')), {
    file: path.basename(sources.mce.file),
    sha256: sources.mce.sha256,
    origin: 'github.com/oihuegbu/new-podiatry-coder data/codes/mce_edits.json, commit 471e9bf6c483 (parsed from CMS "Definitions of Medicare Code Edits", FY2026)',
  });
  for (const [k, want] of Object.entries(EXPECTED_COUNTS.mce)) {
    assertCount(`MCE ${k} codes`, k === 'manifestation' ? mce.manifestation.length : mce.ages[k as 'newborn'].codes.length, want);
  }

  const owners: Record<string, string> = {};
  const ex1 = excludesNotesFromCsv(readSource(sourceDir, sources.excludes1).toString('utf8'), 1, owners);
  const ex2 = excludesNotesFromCsv(readSource(sourceDir, sources.excludes2).toString('utf8'), 2, owners);
  assertCount('Excludes1 notes', ex1.length, EXPECTED_COUNTS.excludes1);
  assertCount('Excludes2 notes', ex2.length, EXPECTED_COUNTS.excludes2);
  const excludes: ExcludesTableData = {
    format: EXCLUDES_TABLE_FORMAT,
    version: EXCLUDES_TABLE_VERSION,
    fiscalYear: 2027,
    label: 'ICD-10-CM FY2027 Tabular List Excludes1/Excludes2 notes (derived from the CMS FY2027 tabular release; CC0)',
    sources: [
      { file: path.basename(sources.excludes1.file), sha256: sources.excludes1.sha256 },
      { file: path.basename(sources.excludes2.file), sha256: sources.excludes2.sha256 },
    ],
    owners,
    notes: [...ex1, ...ex2],
  };
  return { hcpcs, mce, excludes };
}

/** The build step: sources → dist/edit-tables tables + manifest. Returns what it wrote. */
export function buildEditTables(sourceDir: string, outDir: string, sources: EditSources = EDIT_SOURCES): TablesManifest {
  const data = buildEditTablesData(sourceDir, sources);
  fs.mkdirSync(outDir, { recursive: true });
  const manifest: TablesManifest = { format: 'ccc-edit-tables', version: 1, tables: {}, sources: {} };
  for (const src of Object.values(sources)) manifest.sources[src.file] = src.sha256;
  for (const name of Object.keys(TABLE_FILES) as TableName[]) {
    const gz = zlib.gzipSync(JSON.stringify(data[name]), { level: 9 });
    writeAtomically(path.join(outDir, TABLE_FILES[name]), gz);
    manifest.tables[TABLE_FILES[name]] = sha256(gz);
  }
  writeAtomically(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function writeAtomically(file: string, content: Buffer | string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Where the built tables are: next to the bundle (dist/edit-tables), or the repo's dist/edit-tables from sources. */
export function defaultTablesDir(): string {
  const candidates = [path.join(__dirname, 'edit-tables'), path.join(__dirname, '..', '..', 'dist', 'edit-tables')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'manifest.json'))) ?? candidates[0];
}

export interface LoadedEditTables {
  tables: EditTables;
  /** Why some or all tables could not be loaded (the rules that need them then stay silent). */
  error?: string;
}

/** Reads and checks the built tables in `dir` (sha256 against the manifest). Never throws. */
export function loadEditTablesFrom(dir: string): LoadedEditTables {
  let manifest: TablesManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as TablesManifest;
  } catch (e) {
    return { tables: {}, error: `The code-editor tables are missing from ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): run npm run build.` };
  }
  const data: EditTablesData = {};
  const problems: string[] = [];
  for (const name of Object.keys(TABLE_FILES) as TableName[]) {
    const file = TABLE_FILES[name];
    try {
      const gz = fs.readFileSync(path.join(dir, file));
      if (sha256(gz) !== manifest.tables?.[file]) throw new Error('sha256 differs from the manifest');
      (data as Record<string, unknown>)[name] = JSON.parse(zlib.gunzipSync(gz).toString('utf8'));
    } catch (e) {
      problems.push(`${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  try {
    const tables = editTablesFrom(data);
    return problems.length ? { tables, error: `Some code-editor tables could not be loaded (${problems.join('; ')}): run npm run build.` } : { tables };
  } catch (e) {
    return { tables: {}, error: `The code-editor tables in ${dir} are damaged (${(e as Error).message}): run npm run build.` };
  }
}

const loaded = new Map<string, LoadedEditTables>();

/** The built tables, loaded once per folder (the CLI and the extension share this). */
export function loadEditTables(dir: string = defaultTablesDir()): LoadedEditTables {
  let hit = loaded.get(dir);
  if (!hit) {
    hit = loadEditTablesFrom(dir);
    loaded.set(dir, hit);
  }
  return hit;
}
