// The numbers behind the documented limits (README "Limits"): how much of a claim or config is read.
// Pure data, below every layer that checks them (src/parser/limits.ts applies them to a text).
export const LIMITS = {
  /** Size of a claim or config file, in bytes on disk (the CLI checks before reading it). */
  maxFileBytes: 256 * 1024,
  /**
   * Size of an 837P file (*.837p.x12, *.837, *.x12, *.edi), in bytes: a batch holds many claims, so
   * it may be larger than one claim file. The CLI checks before reading it; the editor checks its text.
   */
  maxX12FileBytes: 8 * 1024 * 1024,
  /** The same for a text in an editor, in characters. */
  maxChars: 256 * 1024,
  /** Lines in a claim or config file. */
  maxLines: 5_000,
  /** Keys and list items written in the file (counted generously, before parsing). */
  maxEntries: 5_000,
  /** Service lines (box 24) on one claim; too-many-service-lines flags more than 6 (and 50) already. */
  maxServiceLines: 200,
  /** Diagnoses (box 21) on one claim; too-many-diagnoses flags more than 12 already. */
  maxDiagnoses: 100,
  /** Nesting depth of maps and lists. */
  maxDepth: 64,
  /** Values materialised after aliases are expanded (alias bombs stay within this). */
  maxNodes: 50_000,
  /** Length of a regular expression in a payer profile (numberPattern). */
  maxPatternLength: 200,
  /** Length of a value a payer's regular expression is matched against. */
  maxPatternInput: 100,
} as const;
