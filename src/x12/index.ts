// The X12 layer: pure reader/writer for the 837P and the payer's 999 / 277CA / 835 answers.
export { tokenize, detectDelimiters, DEFAULT_DELIMITERS, type Delimiters, type X12Segment } from './tokenize';
export { exportClaims, type ExportOptions } from './export';
export { readX12, scanX12, type ImportedClaim, type X12Read } from './import';
export { claimToYaml } from './yamlOut';
export { lintX12Text, lintX12Streamed, isX12FileName, looksLikeX12, type X12LintResult } from './lint';
export { X12_RULES, X12_RULES_BY_ID, isX12RuleId, type X12Rule } from './rules';
export { answerX12, answerForDecided, composeAnswer, type X12Answer } from './submit';
export { modelX12, describeAt, boxOf, type X12Model, type X12Description } from './describe';
export { write999, write277CA, write835, ackInput, segmentAt, elementAt } from './answers';
export { safeClaimFileBase, importedClaimBase, importedClaimYaml } from './importFiles';
