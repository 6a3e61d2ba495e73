// A new claim skeleton: every box present as a commented placeholder, so the trainee fills the
// form top to bottom and the linter says what is still missing.
import type { PayerProfile } from '../model/payer';

export function claimSkeleton(payer: PayerProfile, claimId: string, today: string): string {
  return `# Practice claim — fictional data only. Hover a key to see its CMS-1500 box; Ctrl+Space completes.
claim:
  id: ${claimId}                  # 26 patient account number
  frequency: original            # 22 original | replacement | void
payer:
  id: ${payer.id}
  name: ${payer.name}
  coverage: ${payer.coverage}               # 1 medicare | medicaid | tricare | champva | group | feca | other
insured:
  memberId: ""                   # 1a exactly as on the card
  name: { last: "", first: "" }  # 4
  address: { street: "", city: "", state: "", zip: "" }   # 7
  groupNumber: ""                # 11 (Medicare: NONE)
patient:
  name: { last: "", first: "" }  # 2
  birthDate:                     # 3 YYYY-MM-DD
  sex:                           # 3 M | F
  address: { street: "", city: "", state: "", zip: "" }   # 5
  relationship: self             # 6 self | spouse | child | other
condition:                       # 10a–c: answer all three
  employment: false
  autoAccident: false
  otherAccident: false
# referringProvider: { qualifier: DN, name: { last: "", first: "" }, npi: "" }   # 17 / 17b (HMO referrals)
# priorAuthorization: ""         # 23 when the payer requires it for a service
diagnoses:                       # 21 ICD-10-CM, most important first (A–L)
  - ""
services:                        # 24 one entry per service line
  - from: ${today}               # 24A
    placeOfService: "11"         # 24B
    code: ""                     # 24D CPT or HCPCS
    pointers: [A]                # 24E
    charge:                      # 24F
    units: 1                     # 24G
    renderingNpi: ""             # 24J the clinician's NPI (needed when the billing provider is an organization)
billingProvider:                 # 33 / 33a / 25
  name: ""
  type: organization
  npi: ""
  taxId: ""
  taxIdType: ein
  address: { street: "", city: "", state: "", zip: "" }
acceptAssignment: true           # 27
signatures:
  patient: { onFile: true }      # 12 release of information
  insured: { onFile: true }      # 13 assignment of benefits
  provider: { name: "", date: ${today} }   # 31
`;
}
