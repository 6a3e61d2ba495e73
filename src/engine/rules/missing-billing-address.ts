import { defineRule, isBlank } from '../rule';
import type { Path } from '../../model/text';

const PARTS = [
  ['street', 'street'],
  ['city', 'city'],
  ['state', 'state'],
  ['zip', 'ZIP code'],
] as const;

export default defineRule({
  id: 'missing-billing-address',
  title: 'Billing provider address (box 33) is incomplete',
  section: 'Providers',
  box: '33',
  x12: '2010AA N3/N4',
  defaultSeverity: 'error',
  payer: { action: 'reject' },
  docs: {
    meaning:
      "Box 33 carries the billing provider's physical address: street, city, two-letter state and ZIP code. One or more of those parts is missing.",
    why: "The 837P requires a complete billing provider address (N3 and N4 in loop 2010AA), and payers match it against the provider's enrollment record. An incomplete address gets the claim rejected at the front end.",
    fix: "Fill in every part of `billingProvider.address`: street, city, state (two letters) and the 9-digit ZIP (ZIP+4), exactly as on the practice's enrollment. Use the physical location, not a PO box.",
    bad: 'billingProvider:\n  address: { street: 400 OAK AVE, city: SPRINGFIELD }',
    good: 'billingProvider:\n  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "627015555" }',
  },
  check(ctx, report) {
    const base: Path = ['billingProvider', 'address'];
    if (ctx.isInvalid(base)) return;
    const address = ctx.claim.billingProvider?.address;
    if (!address || PARTS.every(([k]) => isBlank(address[k]) && !ctx.isInvalid([...base, k]))) {
      report({
        path: base,
        message: "The billing provider has no address (box 33): add billingProvider.address with street, city, state and the 9-digit ZIP of the practice's physical location.",
      });
      return;
    }
    const missing = PARTS.filter(([k]) => isBlank(address[k]) && !ctx.isInvalid([...base, k]));
    if (!missing.length) return;
    const names = missing.map(([, label]) => label);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    report({
      path: missing.length === 1 ? [...base, missing[0][0]] : base,
      message: `The billing provider address (box 33) has no ${list}: complete it with the practice's physical address as enrolled with the payer.`,
    });
  },
});
