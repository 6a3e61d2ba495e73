// The payer's answer interchanges (999, then 277CA or 835) explained segment by segment, as the
// remittance panel's "X12" tab lists them: each segment's text and a one-line explanation (what the
// hovers say). Pure; the panel's protocol (src/shared/remittanceProtocol.ts) bounds the result.
import { describeAt, modelX12 } from './describe';
import type { X12Answer } from './submit';

export type AnswerKind = '999' | '277CA' | '835';

export interface ExplainedSegment {
  text: string;
  about: string;
}

export function explainAnswer(a: X12Answer): { accepted: boolean; documents: { kind: AnswerKind; segments: ExplainedSegment[] }[] } {
  const documents: { kind: AnswerKind; segments: ExplainedSegment[] }[] = [];
  for (const [kind, text] of [
    ['999', a.ack999],
    ['277CA', a.ca277],
    ['835', a.era835],
  ] as const) {
    if (!text) continue;
    const model = modelX12(text);
    if (!model.ok) continue;
    const term = model.delimiters.segment;
    documents.push({
      kind,
      segments: model.segments.slice(0, 2000).map((s) => {
        const d = describeAt(model, s.start);
        const lines = d ? [d.lines[0], ...d.lines.slice(2)] : [];
        return { text: `${text.slice(s.start, s.end)}${term}`.slice(0, 4000), about: lines.join(' — ').slice(0, 2000) };
      }),
    });
  }
  return { accepted: a.accepted, documents };
}
