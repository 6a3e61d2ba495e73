// INTERIM placeholder written so the engine type-checks while the data engineer's implementation lands.
// The data engineer owns this folder: replace this file wholesale.
import type { PayerProfile } from '../model/payer';

const PAYERS: PayerProfile[] = [
  { id: 'PRACTICE-MEDICARE', name: 'Medicare Part B (practice)', coverage: 'medicare', timelyFilingDays: 365, priorAuthorization: { required: [] }, referral: { required: false, exemptPlacesOfService: [], exemptCodes: [] }, insuredSignatureRequired: false, payment: { allowedPercentOfCharge: 0.8, coinsurance: 0.2 } },
  { id: 'PRACTICE-MEDICAID', name: 'State Medicaid plan (practice)', coverage: 'medicaid', timelyFilingDays: 180, priorAuthorization: { required: ['70551-70553'] }, referral: { required: false, exemptPlacesOfService: [], exemptCodes: [] }, insuredSignatureRequired: false, payment: { allowedPercentOfCharge: 0.6, coinsurance: 0 } },
  { id: 'PRACTICE-PPO', name: 'Acme PPO (practice)', coverage: 'group', timelyFilingDays: 180, priorAuthorization: { required: ['70551-70553', '72141-72158', 'E0601'] }, referral: { required: false, exemptPlacesOfService: [], exemptCodes: [] }, insuredSignatureRequired: true, payment: { allowedPercentOfCharge: 0.85, coinsurance: 0.2 } },
  { id: 'PRACTICE-HMO', name: 'Acme HMO (practice)', coverage: 'group', timelyFilingDays: 90, priorAuthorization: { required: ['70551-70553', '72141-72158', 'E0601'], numberPattern: '^[A-Z0-9]{6,15}$' }, referral: { required: true, exemptPlacesOfService: ['20', '23'], exemptCodes: ['99381-99397'] }, insuredSignatureRequired: true, payment: { allowedPercentOfCharge: 0.75, coinsurance: 0.1 } },
];

export function bundledPayers(): PayerProfile[] {
  return PAYERS;
}


export interface PlaceOfService {
  code: string;
  name: string;
}

// CMS Place of Service code set (claims brief §3.5; source: CMS POS code set page).
const POS: PlaceOfService[] = [
  { code: '01', name: 'Pharmacy' },
  { code: '02', name: "Telehealth provided other than in patient's home" },
  { code: '03', name: 'School' },
  { code: '04', name: 'Homeless shelter' },
  { code: '05', name: 'Indian Health Service free-standing facility' },
  { code: '06', name: 'IHS provider-based facility' },
  { code: '07', name: 'Tribal 638 free-standing facility' },
  { code: '08', name: 'Tribal 638 provider-based facility' },
  { code: '09', name: 'Prison/correctional facility' },
  { code: '10', name: "Telehealth provided in patient's home" },
  { code: '11', name: 'Office' },
  { code: '12', name: 'Home' },
  { code: '13', name: 'Assisted living facility' },
  { code: '14', name: 'Group home' },
  { code: '15', name: 'Mobile unit' },
  { code: '16', name: 'Temporary lodging' },
  { code: '17', name: 'Walk-in retail health clinic' },
  { code: '18', name: 'Place of employment/worksite' },
  { code: '19', name: 'Off-campus outpatient hospital' },
  { code: '20', name: 'Urgent care facility' },
  { code: '21', name: 'Inpatient hospital' },
  { code: '22', name: 'On-campus outpatient hospital' },
  { code: '23', name: 'Emergency room – hospital' },
  { code: '24', name: 'Ambulatory surgical center' },
  { code: '25', name: 'Birthing center' },
  { code: '26', name: 'Military treatment facility' },
  { code: '27', name: 'Outreach site/street' },
  { code: '31', name: 'Skilled nursing facility' },
  { code: '32', name: 'Nursing facility' },
  { code: '33', name: 'Custodial care facility' },
  { code: '34', name: 'Hospice' },
  { code: '41', name: 'Ambulance – land' },
  { code: '42', name: 'Ambulance – air or water' },
  { code: '49', name: 'Independent clinic' },
  { code: '50', name: 'Federally qualified health center' },
  { code: '51', name: 'Inpatient psychiatric facility' },
  { code: '52', name: 'Psychiatric facility – partial hospitalization' },
  { code: '53', name: 'Community mental health center' },
  { code: '54', name: 'Intermediate care facility/individuals with intellectual disabilities' },
  { code: '55', name: 'Residential substance abuse treatment facility' },
  { code: '56', name: 'Psychiatric residential treatment center' },
  { code: '57', name: 'Non-residential substance abuse treatment facility' },
  { code: '58', name: 'Non-residential opioid treatment facility' },
  { code: '60', name: 'Mass immunization center' },
  { code: '61', name: 'Comprehensive inpatient rehabilitation facility' },
  { code: '62', name: 'Comprehensive outpatient rehabilitation facility' },
  { code: '65', name: 'End-stage renal disease treatment facility' },
  { code: '66', name: 'Programs of All-Inclusive Care for the Elderly (PACE) center' },
  { code: '71', name: 'Public health clinic (state or local)' },
  { code: '72', name: 'Rural health clinic' },
  { code: '81', name: 'Independent laboratory' },
  { code: '99', name: 'Other place of service' },
];

let posMap: ReadonlyMap<string, PlaceOfService> | undefined;
export function posCodes(): ReadonlyMap<string, PlaceOfService> {
  return (posMap ??= new Map(POS.map((p) => [p.code, p])));
}
