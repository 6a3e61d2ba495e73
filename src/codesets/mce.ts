// Medicare Code Editor (MCE) diagnosis lists, FY2026: the four age categories and the manifestation
// codes that may not be the principal (first-listed) diagnosis. DERIVED, not official: parsed by a
// third party from CMS "Definitions of Medicare Code Edits" (data/sources/mce/SOURCES.md); the
// build step checks its sha256 and counts, and test/unit/codesets/mce.test.ts spot-checks entries
// against the CMS definitions' own examples. Pure: no fs, no vscode.
import { compactIcd } from './icd';

export const MCE_TABLE_FORMAT = 'ccc-mce-lists';
export const MCE_TABLE_VERSION = 1;

export type MceAgeCategory = 'newborn' | 'pediatric' | 'maternity' | 'adult';
export const MCE_AGE_CATEGORIES: readonly MceAgeCategory[] = ['newborn', 'pediatric', 'maternity', 'adult'];

export interface MceTableData {
  format: typeof MCE_TABLE_FORMAT;
  version: number;
  /** What the lists are and that they are derived. */
  label: string;
  fiscalYear: number;
  source: { file: string; sha256: string; origin: string };
  /** Inclusive age limits and compact codes of each age category. */
  ages: Record<MceAgeCategory, { min: number; max: number; codes: string[] }>;
  /** Compact codes of the "manifestation code as principal diagnosis" edit. */
  manifestation: string[];
}

const CodeList = (x: unknown, what: string): string[] => {
  if (!Array.isArray(x)) throw new Error(`MCE file: ${what} is not a list`);
  return x.map((e, i) => {
    const code = (e as { code?: unknown })?.code;
    if (typeof code !== 'string' || !/^[A-Z][0-9A-Z]{2,6}$/.test(code)) throw new Error(`MCE file: ${what}[${i}] has no valid code`);
    return code;
  });
};

/** The compact table from the derived JSON (codes/age_*, codes/manifestation_not_pdx, age_categories). */
export function mceTableData(json: unknown, source: MceTableData['source']): MceTableData {
  const j = json as { age_categories?: Record<string, { min_age?: unknown; max_age?: unknown }>; codes?: Record<string, unknown> };
  if (!j?.age_categories || !j.codes) throw new Error('MCE file: no age_categories or codes');
  const ages = {} as MceTableData['ages'];
  for (const cat of MCE_AGE_CATEGORIES) {
    const lim = j.age_categories[cat];
    if (!lim || typeof lim.min_age !== 'number' || typeof lim.max_age !== 'number') throw new Error(`MCE file: no age limits for ${cat}`);
    ages[cat] = { min: lim.min_age, max: lim.max_age, codes: CodeList(j.codes[`age_${cat}`], `age_${cat}`).sort() };
  }
  return {
    format: MCE_TABLE_FORMAT,
    version: MCE_TABLE_VERSION,
    label: 'Medicare Code Editor lists FY2026 (derived from the CMS "Definitions of Medicare Code Edits", not an official CMS file)',
    fiscalYear: 2026,
    source,
    ages,
    manifestation: CodeList(j.codes.manifestation_not_pdx, 'manifestation_not_pdx').sort(),
  };
}

export interface MceAgeLimit {
  category: MceAgeCategory;
  min: number;
  max: number;
}

/** Look-ups over the MCE lists, by exact billable code (the lists hold billable codes only). */
export class MceTable {
  private readonly ageOf = new Map<string, MceAgeLimit>();
  private readonly manifest: Set<string>;

  constructor(readonly data: MceTableData) {
    if (data.format !== MCE_TABLE_FORMAT || data.version !== MCE_TABLE_VERSION) throw new Error('not an MCE table of this version');
    for (const category of MCE_AGE_CATEGORIES) {
      const { min, max, codes } = data.ages[category];
      for (const c of codes) if (!this.ageOf.has(c)) this.ageOf.set(c, { category, min, max });
    }
    this.manifest = new Set(data.manifestation);
  }

  /** The MCE age category a diagnosis code belongs to ('E11.9' → undefined, 'Z38.00' → newborn 0–0). */
  ageLimit(code: string): MceAgeLimit | undefined {
    return typeof code === 'string' ? this.ageOf.get(compactIcd(code)) : undefined;
  }

  /** True for a manifestation code, which may not be the first-listed diagnosis. */
  isManifestation(code: string): boolean {
    return typeof code === 'string' && this.manifest.has(compactIcd(code));
  }

  count(category: MceAgeCategory | 'manifestation'): number {
    return category === 'manifestation' ? this.data.manifestation.length : this.data.ages[category].codes.length;
  }
}
