import { defineRule, isBlank } from '../rule';

export default defineRule({
  id: 'missing-referring-npi',
  title: 'Referring provider (box 17) is filled in without an NPI (17b)',
  section: 'Authorizations and referrals',
  box: '17b',
  x12: '2310A NM109 (NM108 = XX)',
  defaultSeverity: 'error',
  payer: { action: 'reject', rarc: ['N286'] },
  docs: {
    meaning:
      'Box 17 names the provider who referred, ordered or supervised the service (qualifier DN, DK or DQ), and box 17b must carry that provider\'s 10-digit NPI. Here box 17 is filled in (a name or a qualifier) but 17b is empty.',
    why: 'In the 837P the referring provider is only identified by the NPI (NM109 with qualifier XX); a name alone cannot be checked against enrollment. Medicare and most payers reject the claim with remark N286 (no usable identifier for the referring provider).',
    fix: "Add the referring provider's NPI as `referringProvider.npi` (10 digits, in quotes). If nobody referred or ordered the service, remove the whole `referringProvider` block instead.",
    bad: 'referringProvider:\n  qualifier: DN\n  name: { last: SMITH, first: ANNA }',
    good: 'referringProvider:\n  qualifier: DN\n  name: { last: SMITH, first: ANNA }\n  npi: "1558598797"',
  },
  check(ctx, report) {
    if (ctx.isInvalid(['referringProvider']) || ctx.isInvalid(['referringProvider', 'npi'])) return;
    const ref = ctx.claim.referringProvider;
    if (!ref || !isBlank(ref.npi)) return;
    const name = ref.name;
    const named = !!name && [name.last, name.first, name.middle, name.suffix].some((p) => !isBlank(p));
    if (!named && !ref.qualifier) return;
    const who = ref.qualifier === 'DK' ? 'ordering' : ref.qualifier === 'DQ' ? 'supervising' : 'referring';
    const display = named ? ` ${[name!.first, name!.last].filter((p) => !isBlank(p)).map((p) => p!.trim()).join(' ')}` : '';
    report({
      path: ['referringProvider', 'npi'],
      message: `Box 17 names a ${who} provider${display} but box 17b has no NPI: add their 10-digit NPI as referringProvider.npi, or remove referringProvider if nobody ${who === 'referring' ? 'referred' : who === 'ordering' ? 'ordered' : 'supervised'} the service.`,
    });
  },
});
