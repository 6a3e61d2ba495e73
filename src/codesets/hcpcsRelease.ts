// HCPCS Level II from the CMS quarterly alpha-numeric release (January 2026): the fixed-width file
// parsed into a compact table (codes and Level II modifiers with their CMS long descriptions, the
// date each was added and the date it was terminated), and the look-ups the rules and the hover use.
// Pure: no fs, no vscode. The build step (src/node/editTables.ts) reads the vendored file.
//
// Record layout (HCPC2026_recordlayout.txt, 320 characters a record, 1-based columns):
//   1–5 code (a modifier is right-justified in 4–5), 6–10 sequence number, 11 record identifier
//   (3 = first line of a procedure, 4 = its continuation, 7 = first line of a modifier, 8 = its
//   continuation), 12–91 long description (80 characters a line, continued on the 4/8 records),
//   269–276 code added date, 277–284 action effective date, 285–292 termination date ("last date for
//   which a procedure or modifier code may be used by Medicare providers"), 293 action code; dates
//   are YYYYMMDD.
import { compactIcd } from './icd';

export const HCPCS_TABLE_FORMAT = 'ccc-hcpcs-release';
export const HCPCS_TABLE_VERSION = 1;

/** One code or modifier of the release. Dates are ISO (YYYY-MM-DD) or '' when the file has none. */
export interface HcpcsRecord {
  code: string;
  /** The CMS long description (public domain). */
  description: string;
  added: string;
  /** Last date of service the code may be used on ('' = not terminated). */
  terminated: string;
  /** Action code of this release (A added, D discontinued, C/B description changed, N no change …). */
  action: string;
}

export interface HcpcsTableData {
  format: typeof HCPCS_TABLE_FORMAT;
  version: number;
  /** e.g. "CMS HCPCS Level II, January 2026 quarterly release". */
  release: string;
  /** The first date of service the release is for (its quarter), ISO. */
  releaseDate: string;
  /** Source file name and sha256 of its uncompressed bytes. */
  source: { file: string; sha256: string };
  /** [code, description, added, terminated, action] rows, sorted by code. */
  codes: [string, string, string, string, string][];
  modifiers: [string, string, string, string, string][];
}

function isoDate(yyyymmdd: string): string {
  const s = yyyymmdd.trim();
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : '';
}

/**
 * Parses the fixed-width HCPCS file. Throws when a record breaks the layout (a continuation line
 * without a first line, an unknown record identifier, a short record).
 */
export function parseHcpcsFixedWidth(text: string): { codes: HcpcsRecord[]; modifiers: HcpcsRecord[] } {
  const codes: HcpcsRecord[] = [];
  const modifiers: HcpcsRecord[] = [];
  let current: { rec: HcpcsRecord; parts: string[] } | undefined;
  const flush = () => {
    if (current) current.rec.description = current.parts.join(' ').replace(/\s+/g, ' ').trim();
    current = undefined;
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, '');
    if (!line.trim()) continue;
    if (line.length < 293) throw new Error(`HCPCS file, line ${n + 1}: ${line.length} characters, expected 320`);
    const kind = line[10];
    const desc = line.slice(11, 91).trimEnd();
    if (kind === '4' || kind === '8') {
      if (!current) throw new Error(`HCPCS file, line ${n + 1}: a continuation line with no first line`);
      current.parts.push(desc.trim());
      continue;
    }
    if (kind !== '3' && kind !== '7') throw new Error(`HCPCS file, line ${n + 1}: unknown record identifier "${kind}"`);
    flush();
    const code = kind === '3' ? line.slice(0, 5).trim() : line.slice(3, 5).trim();
    const rec: HcpcsRecord = { code, description: '', added: isoDate(line.slice(268, 276)), terminated: isoDate(line.slice(284, 292)), action: line[292].trim() };
    (kind === '3' ? codes : modifiers).push(rec);
    current = { rec, parts: [desc.trim()] };
  }
  flush();
  return { codes, modifiers };
}

/** The compact table the build step writes (sorted rows). */
export function hcpcsTableData(parsed: { codes: HcpcsRecord[]; modifiers: HcpcsRecord[] }, meta: Pick<HcpcsTableData, 'release' | 'releaseDate' | 'source'>): HcpcsTableData {
  const row = (r: HcpcsRecord): [string, string, string, string, string] => [r.code, r.description, r.added, r.terminated, r.action];
  const byCode = (a: HcpcsRecord, b: HcpcsRecord) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return { format: HCPCS_TABLE_FORMAT, version: HCPCS_TABLE_VERSION, ...meta, codes: [...parsed.codes].sort(byCode).map(row), modifiers: [...parsed.modifiers].sort(byCode).map(row) };
}

/** A search over one code system, for the code lookup (the codesets lookup plugs these in). */
export interface CodeSearchSource {
  system: 'HCPCS';
  search(query: string, limit: number): { code: string; title: string; note?: string }[];
}

/** Look-ups over a release table: codes and modifiers by value, and a search for the code lookup. */
export class HcpcsTable implements CodeSearchSource {
  readonly system = 'HCPCS' as const;
  readonly release: string;
  readonly releaseDate: string;
  private readonly codeIndex: Map<string, number>;
  private readonly modIndex: Map<string, number>;
  private lower: string[] | undefined;

  constructor(readonly data: HcpcsTableData) {
    if (data.format !== HCPCS_TABLE_FORMAT || data.version !== HCPCS_TABLE_VERSION) throw new Error('not a HCPCS table of this version');
    this.release = data.release;
    this.releaseDate = data.releaseDate;
    this.codeIndex = new Map(data.codes.map((r, i) => [r[0], i]));
    this.modIndex = new Map(data.modifiers.map((r, i) => [r[0], i]));
  }

  get codeCount(): number {
    return this.data.codes.length;
  }

  get modifierCount(): number {
    return this.data.modifiers.length;
  }

  private static record(r: [string, string, string, string, string] | undefined): HcpcsRecord | undefined {
    return r && { code: r[0], description: r[1], added: r[2], terminated: r[3], action: r[4] };
  }

  /** The release's record of a HCPCS Level II code ('g0438', ' G0438 '), if listed. */
  code(code: string): HcpcsRecord | undefined {
    if (typeof code !== 'string') return undefined;
    const i = this.codeIndex.get(compactIcd(code));
    return i === undefined ? undefined : HcpcsTable.record(this.data.codes[i]);
  }

  /** The release's record of a Level II modifier ('lt', 'XS'), if listed. */
  modifier(mod: string): HcpcsRecord | undefined {
    if (typeof mod !== 'string') return undefined;
    const i = this.modIndex.get(mod.trim().toUpperCase());
    return i === undefined ? undefined : HcpcsTable.record(this.data.modifiers[i]);
  }

  /** Codes by prefix ('J11') or by words of the long description ('dexamethasone 1 mg'); current codes first. */
  search(query: string, limit: number): { code: string; title: string; note?: string }[] {
    const q = typeof query === 'string' ? query.trim() : '';
    if (!q || limit <= 0) return [];
    const out = (i: number) => {
      const r = this.data.codes[i];
      return { code: r[0], title: r[1], ...(r[3] ? { note: `terminated ${r[3]}` } : {}) };
    };
    const rows = this.data.codes;
    const upper = q.toUpperCase();
    if (/^[A-Z]\d{0,4}$/.test(upper)) {
      const hits: number[] = [];
      for (let i = 0; i < rows.length; i++) if (rows[i][0].startsWith(upper)) hits.push(i);
      if (hits.length) return hits.sort((a, b) => Number(!!rows[a][3]) - Number(!!rows[b][3]) || a - b).slice(0, limit).map(out);
    }
    const words = q.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    if (!words.length) return [];
    const patterns = words.map((w) => new RegExp(`(^|[^a-z0-9])${w}`));
    const lower = (this.lower ??= rows.map((r) => r[1].toLowerCase()));
    const hits: { i: number; score: number }[] = [];
    for (let i = 0; i < lower.length; i++) {
      const t = lower[i];
      if (!patterns.every((p) => p.test(t))) continue;
      hits.push({ i, score: (rows[i][3] ? 1_000_000 : 0) + t.length });
    }
    return hits.sort((a, b) => a.score - b.score || a.i - b.i).slice(0, limit).map((h) => out(h.i));
  }
}
