// What a code set is, whichever file it comes from (the practice book or an official file).

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
