// Deterministic generators for benchmarks and fuzzing: practice claims with N service lines.
// A tiny seeded PRNG keeps every run identical.
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ['99213', '99214', '99203', '93000', '85025', '80053', '36415', '71046', '90471', '96372'];
const DIAGNOSES = ['E11.9', 'I10', 'J06.9', 'E78.5', 'R05.9', 'M54.50', 'Z00.00', 'F41.1'];

/** A claim in YAML with `lines` service lines; `flaw` injects a typical trainee mistake. */
export function generateClaim(i: number, lines: number, rand: () => number = prng(i)): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const dx = [pick(DIAGNOSES), pick(DIAGNOSES), pick(DIAGNOSES)].filter((d, k, a) => a.indexOf(d) === k);
  const services: string[] = [];
  let total = 0;
  for (let l = 0; l < lines; l++) {
    const charge = Math.round((50 + rand() * 200) * 100) / 100;
    total += Math.round(charge * 100);
    services.push(
      [
        `  - from: 2026-10-${String(1 + (l % 28)).padStart(2, '0')}`,
        '    placeOfService: "11"',
        `    code: "${pick(CODES)}"`,
        `    pointers: [${dx.map((_, k) => 'ABC'[k]).slice(0, 1 + Math.floor(rand() * dx.length)).join(', ')}]`,
        `    charge: ${charge.toFixed(2)}`,
        '    units: 1',
        '    renderingNpi: "1234567893"',
      ].join('\n'),
    );
  }
  const flaw = i % 7;
  return `# generated practice claim ${i}
claim:
  id: GEN-${String(i).padStart(6, '0')}
  frequency: original
payer:
  id: PRACTICE-MEDICARE
  name: Medicare Part B (practice)
  coverage: medicare
insured:
  memberId: ${flaw === 1 ? '""' : `1EG4TE5MK${String(i % 100).padStart(2, '0')}`}
  name: { last: DOE, first: JANE }
  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }
  groupNumber: NONE
patient:
  name: { last: DOE, first: JANE }
  birthDate: 1958-04-12
  sex: F
  address: { street: 12 MAIN ST, city: SPRINGFIELD, state: IL, zip: "627011234" }
  relationship: self
condition: { employment: false, autoAccident: false, otherAccident: false }
diagnoses: [${dx.join(', ')}${flaw === 2 ? ', E11' : ''}]
services:
${services.join('\n')}
billingProvider:
  name: SPRINGFIELD FAMILY CLINIC
  type: organization
  npi: "${flaw === 3 ? '1234567890' : '1122334455'}"
  taxId: "371234567"
  taxIdType: ein
  address: { street: 400 OAK AVE, city: SPRINGFIELD, state: IL, zip: "627015555" }
  phone: "2175550100"
acceptAssignment: true
totalCharge: ${(total / 100).toFixed(2)}
signatures:
  patient: { onFile: true }
  insured: { onFile: ${flaw === 4 ? 'false' : 'true'} }
  provider: { name: ANNA SMITH MD, date: 2026-11-02 }
`;
}
