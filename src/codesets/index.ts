// ICD-10-CM code sets: the bundled practice code book (data/icd10cm-practice.json, a curated FY2026
// subset) and the shared lookup interface an official file (./official) also implements.
// Pure: no fs, no vscode. The JSON is imported so esbuild bundles it; it is validated with zod once,
// on first use.
import bookJson from '../../data/icd10cm-practice.json';
import { dataLoader } from '../model/dataFiles';
import type { FlagRule, IcdBook } from '../model/reference';
import { SortedCodeSet, type CodeFlags } from './codeSet';
import { compactIcd as compact } from './icd';
import type { IcdCodeSet } from './types';

export type { IcdChange, IcdCodeSet, IcdEntry } from './types';

/** The practice code book file, validated once. Throws if the bundled data is broken (a build bug). */
export const practiceBookData: () => IcdBook = dataLoader('icd10cmPractice', bookJson);

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
