// INTERIM placeholder written so the engine type-checks while the data engineer's implementation lands.
// The data engineer owns this folder: replace this file wholesale.
export interface IcdEntry {
  code: string;
  title: string;
  billable: boolean;
  sex?: 'M' | 'F';
  ageMin?: number;
  ageMax?: number;
}

export interface IcdCodeSet {
  readonly id: string;
  readonly label: string;
  readonly official: boolean;
  readonly billableCount: number;
  get(code: string): IcdEntry | undefined;
  billableDescendants(code: string, limit?: number): IcdEntry[];
  search(query: string, limit: number): IcdEntry[];
}

export function normalizeIcd(code: string): string {
  return code.trim().toUpperCase().replace('.', '');
}

export function formatIcd(code: string): string {
  const c = normalizeIcd(code);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

const ENTRIES: IcdEntry[] = [
  { code: 'E11', title: 'Type 2 diabetes mellitus', billable: false },
  { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true },
  { code: 'I10', title: 'Essential (primary) hypertension', billable: true },
  { code: 'J06', title: 'Acute upper respiratory infections of multiple and unspecified sites', billable: false },
  { code: 'J06.9', title: 'Acute upper respiratory infection, unspecified', billable: true },
];

let book: IcdCodeSet | undefined;
export function practiceCodeBook(): IcdCodeSet {
  if (book) return book;
  const byCode = new Map(ENTRIES.map((e) => [normalizeIcd(e.code), e]));
  book = {
    id: 'practice',
    label: `ICD-10-CM practice code book (${ENTRIES.filter((e) => e.billable).length} codes)`,
    official: false,
    billableCount: ENTRIES.filter((e) => e.billable).length,
    get: (c) => byCode.get(normalizeIcd(c)),
    billableDescendants: (c, limit = 20) => ENTRIES.filter((e) => e.billable && normalizeIcd(e.code).startsWith(normalizeIcd(c)) && normalizeIcd(e.code) !== normalizeIcd(c)).slice(0, limit),
    search: (q, limit) => ENTRIES.filter((e) => e.code.startsWith(q.toUpperCase()) || e.title.toLowerCase().includes(q.toLowerCase())).slice(0, limit),
  };
  return book;
}
