// ICD-10-CM code sets: the bundled practice code book (data/icd10cm-practice.json, a curated FY2026
// subset) and the shared lookup interface an official file (./official) also implements.
// Pure: no fs, no vscode. The JSON is imported so esbuild bundles it; it is validated with zod once,
// on first use.
import bookJson from '../../data/icd10cm-practice.json';
import { IcdBookSchema, type FlagRule, type IcdBook } from '../model/reference';
import { compact, dotted, SortedCodeSet, type CodeFlags } from './codeSet';

export interface IcdEntry {
  /** Dotted canonical form, e.g. 'E11.9'. */
  code: string;
  title: string;
  /** false for category/subcategory headers that need more characters. */
  billable: boolean;
  /** The classification (or the MCE-style edit it is flagged with) limits the code to one sex. */
  sex?: 'M' | 'F';
  /** Inclusive age limits in completed years. */
  ageMin?: number;
  ageMax?: number;
}

export interface IcdCodeSet {
  readonly id: string;
  /** For the status bar, e.g. "ICD-10-CM practice code book (552 codes)" or "ICD-10-CM FY2026 (74,719 codes)". */
  readonly label: string;
  /** true for a full official code set (a code missing from it is an error, not a hint). */
  readonly official: boolean;
  readonly billableCount: number;
  /** Accepts 'e119', 'E11.9', ' E11.9 '. */
  get(code: string): IcdEntry | undefined;
  /** Billable codes under a header, in code order (the code itself excluded); `limit` defaults to 20. */
  billableDescendants(code: string, limit?: number): IcdEntry[];
  /** By code prefix ('E11', billable first) or by words of the title ('type 2 diabetes'), billable first. */
  search(query: string, limit: number): IcdEntry[];
  /** The ICD-10-CM fiscal year the set is for (FY2026: dates of service 2025-10-01 to 2026-09-30), when known. */
  readonly fiscalYear?: number;
  /** Where the set comes from, as shown to the user, e.g. "CDC/NCHS FY2026 order file (bundled)". */
  readonly origin?: string;
  /** How a code changed going into this fiscal year (new, deleted, now a header, new title), when the set knows. */
  changeOf?(code: string): IcdChange | undefined;
  /** Billable codes of this year that replace a code deleted or expanded going into it, nearest first. */
  replacementsOf?(code: string, limit?: number): IcdEntry[];
  /** The headers above a code, outermost first (category, subcategories), when the set lists them. */
  headerPath?(code: string): IcdEntry[];
}

/** A change to one code between the previous fiscal year and `fiscalYear`. */
export interface IcdChange {
  kind: 'added' | 'deleted' | 'to-header' | 'retitled';
  fiscalYear: number;
  /** The code as it was the year before (deleted and to-header: its title then; retitled: the old title). */
  previousTitle?: string;
  /** Whether it was billable the year before (deleted, to-header). */
  previousBillable?: boolean;
}

/** Upper case, trimmed, no dot: ' e11.9' → 'E119'. */
export function normalizeIcd(code: string): string {
  return compact(code);
}

/** The dotted form: 'e119' → 'E11.9'; 3-character codes stay as they are. */
export function formatIcd(code: string): string {
  return dotted(code);
}

let validated: IcdBook | undefined;

/** The practice code book file, validated once. Throws if the bundled data is broken (a build bug). */
export function practiceBookData(): IcdBook {
  if (validated) return validated;
  const parsed = IcdBookSchema.safeParse(bookJson);
  if (!parsed.success) throw new Error(`data/icd10cm-practice.json is invalid: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  validated = parsed.data;
  return validated;
}

/** Age/sex limits the practice book's flag rules give a code (by prefix), for codes outside the book. */
export function flagsFromRules(code: string, rules: readonly FlagRule[] = practiceBookData().meta.flagRules): CodeFlags | undefined {
  const c = compact(code);
  let out: CodeFlags | undefined;
  for (const r of rules) {
    if (!r.prefixes.some((p) => c.startsWith(compact(p)))) continue;
    out ??= {};
    if (r.sex) out.sex = r.sex;
    if (r.ageMin !== undefined) out.ageMin = r.ageMin;
    if (r.ageMax !== undefined) out.ageMax = r.ageMax;
  }
  return out;
}

let book: SortedCodeSet | undefined;

/** The bundled practice code book (memoized). */
export function practiceCodeBook(): IcdCodeSet {
  return practiceSortedBook();
}

/** The practice book with its implementation type (tests, flag merging for official sets). */
export function practiceSortedBook(): SortedCodeSet {
  if (book) return book;
  const data = practiceBookData();
  const rows = data.codes.map((e) => ({ c: compact(e.code), e })).sort((a, b) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  for (let i = 1; i < rows.length; i++) if (rows[i].c === rows[i - 1].c) throw new Error(`data/icd10cm-practice.json lists ${rows[i].e.code} twice`);
  const billable = new Uint8Array(rows.length);
  rows.forEach((r, i) => (billable[i] = r.e.billable ? 1 : 0));
  const count = rows.filter((r) => r.e.billable).length;
  book = new SortedCodeSet({
    id: 'practice',
    label: `ICD-10-CM practice code book (${count} codes)`,
    official: false,
    origin: 'practice code book (curated FY2026 subset)',
    codes: rows.map((r) => r.c),
    titles: rows.map((r) => r.e.title),
    billable,
    flags: (_c, i) => {
      const e = rows[i].e;
      return e.sex || e.ageMin !== undefined || e.ageMax !== undefined ? { sex: e.sex, ageMin: e.ageMin, ageMax: e.ageMax } : undefined;
    },
  });
  return book;
}
