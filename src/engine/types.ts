// Core types shared by the parser, the rule engine, adjudication, the CLI and the editor glue.
// Everything here is plain data: offsets into the document text, never vscode objects.

import type { Path, Range } from '../model/text';
import type { Severity } from '../model/severity';


/** 835 claim adjustment group codes. */
export type GroupCode = 'CO' | 'PR' | 'OA' | 'PI';

/** What the mock payer does about a finding (the "payer" line of each rule page in docs/rules/). */
export type PayerOutcome =
  | { action: 'none' }
  | { action: 'reject'; rarc?: string[] }
  | { action: 'deny'; carc: string; rarc?: string[]; group?: GroupCode };

/** One text edit, in offsets of the original text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix is data: the engine computes the edits, the glue only applies them. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes may be applied without review (`claimlint --fix`, "Fix all", fixAll on save). */
  safe: boolean;
  isPreferred?: boolean;
  /**
   * The value this fix writes is the trainee's to give (e.g. the payer's claim number): its edits
   * put a placeholder, and an editor may instead ask for the value (src/engine/fixInput.ts builds
   * the edits from the answer).
   */
  input?: FixInput;
}

/** A value the trainee types for a fix: how to ask for it, how to check it, and where it goes. */
export interface FixInput {
  /** The action offering to ask, e.g. 'Enter the original reference number…'. */
  action: string;
  /** The input box's title. */
  title: string;
  prompt: string;
  placeHolder?: string;
  /** A regular expression (source) the trimmed answer must match. */
  pattern: string;
  /** Shown while the answer does not match `pattern`. */
  invalidMessage: string;
  /** The field the trimmed answer is written to (replaced, or inserted into its parent map). */
  path: Path;
}

/** A finding as produced by the engine. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Dotted path of the field the finding is about ('' for the whole file). */
  path: string;
  /** 0-based index of the service line the finding concerns, when it concerns one. */
  serviceLine?: number;
  /** 0-based index into `diagnoses` when the finding concerns one diagnosis. */
  diagnosis?: number;
  /** True when the mock payer ignores this finding whatever its severity (see ReportInput). */
  noPayerOutcome?: boolean;
  fixes: Fix[];
}

/** Documentation carried by every rule; rendered to docs/rules/<id>.md. */
export interface RuleDocs {
  /** What the rule means, in a trainee's words. */
  meaning: string;
  /** Why payers care. */
  why: string;
  /** How to fix it. */
  fix: string;
  /** A claim fragment (YAML) that triggers the rule. */
  bad: string;
  /** The same fragment, corrected. */
  good: string;
}
