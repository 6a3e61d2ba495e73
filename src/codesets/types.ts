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
}
