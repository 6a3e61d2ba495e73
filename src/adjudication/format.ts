// A submission result as readable text (claimlint submit --format text, and the panel's fallback).
import type { SubmissionResult } from './adjudicate';
import { explainCode } from './reasonCodes';

const money = (n: number) => `$${n.toFixed(2)}`;

export function formatResultText(r: SubmissionResult): string {
  const out: string[] = [];
  if (r.status === 'rejected') {
    out.push(`CLAIM ACKNOWLEDGMENT (277CA-style) — REJECTED`, `Claim ${r.claimId} to ${r.payerId}, submitted ${r.submittedAt}`);
    if (r.acknowledgment) out.push(`Status category ${r.acknowledgment.statusCategory}: ${r.acknowledgment.description}`);
    out.push('', 'Fields at fault:');
    for (const x of r.reasons) out.push(`  box ${x.box}${x.line ? `, line ${x.line}` : ''}: ${x.ruleId} — ${x.message}${x.rarc.length ? ` [RARC ${x.rarc.join(', ')}]` : ''}`);
  } else {
    out.push(`REMITTANCE ADVICE (835-style) — ${r.status.toUpperCase()}`, `Claim ${r.claimId} to ${r.payerId}, submitted ${r.submittedAt}${r.payerClaimNumber ? `, payer claim number ${r.payerClaimNumber}` : ''}`);
    out.push('', 'Line  Code    Status   Billed     Allowed    Paid       Patient    Adjustments');
    for (const l of r.lines) {
      const adj = l.adjustments.map((a) => `${a.group}-${a.carc}${a.rarc.length ? `/${a.rarc.join('/')}` : ''} ${money(a.amount)}`).join(', ');
      out.push(`${String(l.line).padEnd(6)}${l.code.padEnd(8)}${l.status.padEnd(9)}${money(l.billed).padEnd(11)}${money(l.allowed).padEnd(11)}${money(l.paid).padEnd(11)}${money(l.patientResponsibility).padEnd(11)}${adj}`);
    }
    out.push(`Totals: billed ${money(r.totals.billed)}, paid ${money(r.totals.paid)} to the ${r.payTo}, patient responsibility ${money(r.totals.patientResponsibility)}`);
    if (r.reasons.length) {
      out.push('', 'Reasons:');
      for (const x of r.reasons) {
        const t = x.carc ? explainCode('CARC', x.carc) : undefined;
        out.push(`  ${x.line ? `line ${x.line}` : 'claim'}: ${x.group ?? ''}-${x.carc ?? ''}${x.rarc.length ? ` RARC ${x.rarc.join(', ')}` : ''} ${x.ruleId} — ${x.message}${t ? ` (${t.meaning})` : ''}`);
      }
    }
  }
  if (r.notes.length) out.push('', ...r.notes.map((n) => `Note: ${n}`));
  return `${out.join('\n')}\n`;
}
