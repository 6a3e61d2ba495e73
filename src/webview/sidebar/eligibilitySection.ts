// "Can I sit for it?": the profile form and, for every credential, eligible now / after N months / not eligible.
import { h, replaceChildren } from '../common/dom';
import { EchoGuard } from '../common/echoGuard';
import { checkAll, type EligibilityResult } from '../../guidance/eligibility';
import { ACCREDITATIONS, BODIES, EDUCATION_LEVELS, TRAINING_FLAGS, type Profile } from '../../model/guidance';
import type { Ctx, Section } from './context';
import { ACCREDITATION_LABEL, BODY_ORDER, EDUCATION_LABEL, TRAINING_LABEL } from './labels';
import { checkbox, field, list, select } from './widgets';

const STATUS_TEXT = {
  'eligible-now': 'Eligible now',
  'eligible-after': 'Eligible later',
  'not-eligible': 'Not eligible yet',
} as const;

function statusLine(r: EligibilityResult): string {
  if (r.status === 'eligible-after') return `Eligible after ${r.monthsToGo} more month${r.monthsToGo === 1 ? '' : 's'} of experience (about ${r.eligibleOn})`;
  if (r.status === 'eligible-now' && r.awards !== r.credentialId) return `Eligible now: passing earns ${r.awards}`;
  return STATUS_TEXT[r.status];
}

export function buildEligibility(panel: HTMLElement, ctx: Ctx): Section {
  const { data } = ctx;
  let profile: Profile = ctx.state().profile;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  // An echo of an earlier send must not undo what the user typed since.
  const echoes = new EchoGuard<Profile>();
  const results = h('div', { id: 'elig-results' });
  const summary = h('p', { id: 'elig-summary', class: 'summary' });

  const change = (p: Partial<Profile>) => {
    profile = { ...profile, ...p };
    renderResults(true);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      echoes.sent(profile);
      ctx.send({ type: 'setProfile', profile });
    }, 250);
  };
  const toggle = <T extends string>(arr: readonly T[], v: T, on: boolean): T[] => (on ? [...new Set([...arr, v])] : arr.filter((x) => x !== v));

  const education = select('elig-education', EDUCATION_LEVELS.map((e) => [e, EDUCATION_LABEL[e]] as const), profile.education, (v) =>
    change({ education: v as Profile['education'] }),
  );
  const accreditation = select('elig-accreditation', ACCREDITATIONS.map((a) => [a, ACCREDITATION_LABEL[a]] as const), profile.programAccreditation, (v) =>
    change({ programAccreditation: v as Profile['programAccreditation'] }),
  );
  const months = h('input', { id: 'elig-months', type: 'number', min: 0, max: 1200, step: 1, inputmode: 'numeric' });
  months.value = String(profile.monthsExperience);
  months.addEventListener('input', () => {
    const n = Number(months.value);
    const ok = months.value !== '' && Number.isInteger(n) && n >= 0 && n <= 1200;
    months.setAttribute('aria-invalid', String(!ok));
    if (ok) change({ monthsExperience: n });
  });

  const trainingBox = h('fieldset', {}, h('legend', {}, 'Training and study'));
  const heldBox = h('fieldset', { class: 'held' }, h('legend', {}, 'Credentials you hold'));
  const memberBox = h('fieldset', {}, h('legend', {}, 'Memberships'));
  const renderChecks = () => {
    replaceChildren(trainingBox, h('legend', {}, 'Training and study'), ...TRAINING_FLAGS.map((t) => checkbox(`elig-training-${t}`, TRAINING_LABEL[t], profile.training.includes(t), (on) => change({ training: toggle(profile.training, t, on) }))));
    replaceChildren(
      heldBox,
      h('legend', {}, 'Credentials you hold'),
      ...BODY_ORDER.map((b) =>
        h(
          'div',
          { class: 'held-group', role: 'group', 'aria-label': `${b} credentials` },
          h('div', { class: 'group-title', 'aria-hidden': 'true' }, b),
          ...data.credentials
            .filter((c) => c.body === b)
            .map((c) => checkbox(`elig-held-${c.id}`, c.id, profile.credentialsHeld.includes(c.id), (on) => change({ credentialsHeld: toggle(profile.credentialsHeld, c.id, on) }))),
        ),
      ),
    );
    replaceChildren(memberBox, h('legend', {}, 'Memberships'), ...BODIES.map((b) => checkbox(`elig-member-${b}`, b, profile.memberships.includes(b), (on) => change({ memberships: toggle(profile.memberships, b, on) }))));
  };

  panel.append(
    h('h2', {}, 'Can I sit for it?'),
    h('p', { class: 'hint' }, 'Answers update as you type and are saved. They follow the rules in our sources; check with the certifying body before you register.'),
    h(
      'form',
      { id: 'elig-form', 'aria-label': 'Your education and experience', onsubmit: (ev: Event) => ev.preventDefault() },
      field('Highest education', education),
      field('Accreditation of that program', accreditation),
      field('Months of coding experience', months, 'Whole months of on-the-job coding (CPT, ICD-10-CM or HCPCS).'),
      trainingBox,
      heldBox,
      memberBox,
    ),
    h('h3', {}, 'Results'),
    summary,
    results,
  );

  function renderResults(announce: boolean): void {
    const all = checkAll(profile, data.credentials, ctx.today());
    const n = (s: EligibilityResult['status']) => all.filter((r) => r.status === s).length;
    const text = `${n('eligible-now')} eligible now, ${n('eligible-after')} eligible after more experience, ${n('not-eligible')} not eligible yet.`;
    summary.textContent = text;
    if (announce) ctx.announce(text);
    const order = { 'eligible-now': 0, 'eligible-after': 1, 'not-eligible': 2 } as const;
    const sorted = [...all].sort((a, b) => order[a.status] - order[b.status]);
    replaceChildren(
      results,
      h(
        'ul',
        { class: 'results', 'aria-label': 'Eligibility for every credential' },
        ...sorted.map((r) => {
          const c = data.credentialById.get(r.credentialId)!;
          return h(
            'li',
            { class: `result status-${r.status}`, 'data-credential': r.credentialId },
            h('div', { class: 'result-head' }, h('strong', {}, `${c.id} `), h('span', { class: 'muted' }, `(${c.body}) `), h('span', { class: 'status' }, statusLine(r)), r.verified ? null : h('span', { class: 'badge badge-unverified' }, 'Unverified')),
            r.fastestRoute ? h('div', {}, h('strong', {}, r.status === 'eligible-now' ? 'Route: ' : 'Fastest route: '), r.fastestRoute.label) : null,
            list(r.reasons, 'reasons'),
            r.recommendations.length ? h('div', {}, h('strong', {}, 'Recommended (not required): '), r.recommendations.join('; ')) : null,
          );
        }),
      ),
    );
  }

  function update(): void {
    const p = ctx.state().profile;
    if (timer) return; // the user's newer edit is about to be sent; its echo will follow
    if (!echoes.accept(p)) {
      // An older echo: ours is on its way. Look again once it would be overdue (import, other window).
      if (recheck) clearTimeout(recheck);
      recheck = setTimeout(() => {
        recheck = undefined;
        update();
      }, echoes.msUntilExpiry() + 10);
      return;
    }
    if (JSON.stringify(p) === JSON.stringify(profile) && results.childElementCount) return;
    profile = p;
    if (education.value !== p.education) education.value = p.education;
    if (accreditation.value !== p.programAccreditation) accreditation.value = p.programAccreditation;
    if (Number(months.value) !== p.monthsExperience) months.value = String(p.monthsExperience);
    renderChecks();
    renderResults(false);
  }

  renderChecks();
  return { update };
}

export function currentEducation(): string {
  return (document.getElementById('elig-education') as HTMLSelectElement | null)?.value ?? '';
}
