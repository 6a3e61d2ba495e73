// Human labels and formatting for the sidebar.
import type { Accreditation, Body, Education, Provenance, Setting, TrainingFlag } from '../../model/guidance';
import type { GuidanceData } from '../../guidance/data';
import { h, type Child } from '../common/dom';
import type { Ctx } from './context';

export const SETTING_LABEL: Record<Setting, string> = {
  'physician-office': 'Physician office',
  'hospital-inpatient': 'Hospital inpatient',
  'hospital-outpatient': 'Hospital outpatient',
  payer: 'Payer (health plan)',
  'audit-compliance': 'Audit & compliance',
  'risk-adjustment': 'Risk adjustment',
  'billing-revenue-cycle': 'Billing & revenue cycle',
  'practice-management': 'Practice management',
  'specialty-practice': 'Specialty practice',
  'him-department': 'HIM department',
};

export const EDUCATION_LABEL: Record<Education, string> = {
  none: 'No diploma yet',
  'high-school': 'High-school diploma / GED',
  certificate: 'Postsecondary certificate or diploma',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
};

export const ACCREDITATION_LABEL: Record<Accreditation, string> = {
  none: 'Not accredited / not sure',
  CAHIIM: 'CAHIIM-accredited HIM program',
  PCAP: 'AHIMA-approved (PCAP) coding program',
};

export const TRAINING_LABEL: Record<TrainingFlag, string> = {
  'coding-course-80h': 'Completed a coding course of 80+ contact hours',
  practicode: "Completed AAPC's Practicode",
  'billing-coding-program-5y': 'Completed a billing/coding training program in the last 5 years',
  'cahiim-final-term': "In the final term of a CAHIIM-accredited associate-degree HIM program (the program director verifies it)",
  'cahiim-final-term-bacc': "In the final term of a CAHIIM-accredited bachelor's or master's HIM program (the program director verifies it)",
};

export const BODY_ORDER: Body[] = ['AAPC', 'AHIMA', 'NHA', 'PAHCS'];

export function confidenceText(p: Provenance): string {
  switch (p.confidence) {
    case 'D':
      return 'checked against data';
    case 'P':
      return 'primary source';
    case 'S':
      return 'secondary source only';
    case 'U':
      return 'not confirmed';
  }
}

/** "Verified" / "Unverified" badge with the reason, and the source links with the as-of date. */
export function provenanceBlock(ctx: Ctx, p: Provenance, what = 'Source'): HTMLElement {
  const badge = p.verified
    ? h('span', { class: 'badge badge-verified' }, 'Verified')
    : h('span', { class: 'badge badge-unverified' }, `Unverified: ${confidenceText(p)}`);
  return h(
    'div',
    { class: 'provenance' },
    badge,
    p.note ? h('span', { class: 'prov-note' }, ` ${p.note}`) : null,
    h('div', { class: 'prov-sources' }, `${what}${p.sources.length === 1 ? '' : 's'} (as of ${p.asOf}): `, ...sourceLinks(ctx, ctx.data, p.sources)),
  );
}

export function sourceLinks(ctx: Ctx, data: GuidanceData, ids: readonly string[]): Child[] {
  if (!ids.length) return ['none found'];
  const out: Child[] = [];
  ids.forEach((id, i) => {
    const s = data.sources[id];
    if (!s) return;
    if (i > 0) out.push('; ');
    out.push(externalLink(ctx, s.url, `${s.publisher}: ${s.title}`));
  });
  return out;
}

/** A link that asks the extension to open the URL in the browser (only on click or Enter). */
export function externalLink(ctx: Ctx, url: string, text: string): HTMLAnchorElement {
  const a = h('a', { href: url, class: 'ext-link', title: `${url} (opens in your browser)` }, text);
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    ctx.send({ type: 'openExternal', url });
  });
  return a;
}

export function formatFigure(value: number, unit: 'usd-per-year' | 'percent' | 'jobs'): string {
  switch (unit) {
    case 'usd-per-year':
      return `$${value.toLocaleString('en-US')} per year`;
    case 'percent':
      return `${value > 0 ? '+' : ''}${value}%`;
    case 'jobs':
      return `${value.toLocaleString('en-US')} jobs`;
  }
}
