// Plain-language CARC/RARC/group texts for the remittance: data/reason-codes.json, read once through
// the reference data (src/reference/index.ts).
import { reasonCode } from '../reference';
import type { ReasonCode } from '../model/reference';

export type ReasonText = ReasonCode;

export function explainCode(kind: 'CARC' | 'RARC' | 'GROUP', code: string): ReasonText | undefined {
  return reasonCode(kind, code);
}
