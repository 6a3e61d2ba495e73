// The rule catalogue, in the order of the rule pages (docs/rules/README.md). Add a rule: one file here + one line below (CONTRIBUTING.md).
import type { Rule } from '../rule';
import syntaxError from './syntax-error';
import schemaViolation from './schema-violation';
import unknownField from './unknown-field';
import unknownPayer from './unknown-payer';
import missingCoverageType from './missing-coverage-type';
import missingMemberId from './missing-member-id';
import missingPatientName from './missing-patient-name';
import missingPatientBirthDate from './missing-patient-birth-date';
import birthDateAfterService from './birth-date-after-service';
import missingPatientSex from './missing-patient-sex';
import missingInsuredName from './missing-insured-name';
import missingPatientAddress from './missing-patient-address';
import missingRelationship from './missing-relationship';
import missingConditionAnswers from './missing-condition-answers';
import missingAccidentState from './missing-accident-state';
import missingDiagnosis from './missing-diagnosis';
import invalidDiagnosisFormat from './invalid-diagnosis-format';
import nonBillableDiagnosis from './non-billable-diagnosis';
import unknownDiagnosis from './unknown-diagnosis';
import diagnosisNotValidForDate from './diagnosis-not-valid-for-date';
import codeSetYearNotBundled from './code-set-year-not-bundled';
import duplicateDiagnosis from './duplicate-diagnosis';
import tooManyDiagnoses from './too-many-diagnoses';
import unreferencedDiagnosis from './unreferenced-diagnosis';
import missingProcedureCode from './missing-procedure-code';
import invalidProcedureCode from './invalid-procedure-code';
import invalidModifier from './invalid-modifier';
import tooManyModifiers from './too-many-modifiers';
import conflictingModifiers from './conflicting-modifiers';
import modifierNotAllowed from './modifier-not-allowed';
import missingDiagnosisPointer from './missing-diagnosis-pointer';
import invalidDiagnosisPointer from './invalid-diagnosis-pointer';
import tooManyDiagnosisPointers from './too-many-diagnosis-pointers';
import duplicateDiagnosisPointer from './duplicate-diagnosis-pointer';
import ageConflict from './age-conflict';
import sexConflict from './sex-conflict';
import externalCauseFirstListed from './external-cause-first-listed';
import manifestationFirstListed from './manifestation-first-listed';
import excludes1Conflict from './excludes1-conflict';
import unknownHcpcsCode from './unknown-hcpcs-code';
import procedureCodeTerminated from './procedure-code-terminated';
import bundledProcedures from './bundled-procedures';
import unitsExceedLimit from './units-exceed-limit';
import missingServiceDate from './missing-service-date';
import invalidServiceDateRange from './invalid-service-date-range';
import futureServiceDate from './future-service-date';
import missingPlaceOfService from './missing-place-of-service';
import invalidPlaceOfService from './invalid-place-of-service';
import missingCharge from './missing-charge';
import invalidCharge from './invalid-charge';
import invalidUnits from './invalid-units';
import missingRenderingNpi from './missing-rendering-npi';
import tooManyServiceLines from './too-many-service-lines';
import totalChargeMismatch from './total-charge-mismatch';
import amountPaidExceedsTotal from './amount-paid-exceeds-total';
import missingAcceptAssignment from './missing-accept-assignment';
import missingPatientSignature from './missing-patient-signature';
import missingInsuredSignature from './missing-insured-signature';
import missingProviderSignature from './missing-provider-signature';
import missingProviderSignatureDate from './missing-provider-signature-date';
import signatureDateBeforeService from './signature-date-before-service';
import missingPriorAuthorization from './missing-prior-authorization';
import authorizationNotValidForDate from './authorization-not-valid-for-date';
import invalidAuthorizationNumber from './invalid-authorization-number';
import missingReferral from './missing-referral';
import missingReferringNpi from './missing-referring-npi';
import missingBillingNpi from './missing-billing-npi';
import invalidNpi from './invalid-npi';
import missingTaxId from './missing-tax-id';
import invalidTaxId from './invalid-tax-id';
import missingBillingAddress from './missing-billing-address';
import billingAddressPoBox from './billing-address-po-box';
import invalidZip from './invalid-zip';
import timelyFilingExceeded from './timely-filing-exceeded';
import missingOriginalReference from './missing-original-reference';
import possibleRealIdentifier from './possible-real-identifier';

export const RULES: readonly Rule[] = [
  syntaxError,
  schemaViolation,
  unknownField,
  unknownPayer,
  missingCoverageType,
  missingMemberId,
  missingPatientName,
  missingPatientBirthDate,
  birthDateAfterService,
  missingPatientSex,
  missingInsuredName,
  missingPatientAddress,
  missingRelationship,
  missingConditionAnswers,
  missingAccidentState,
  missingDiagnosis,
  invalidDiagnosisFormat,
  nonBillableDiagnosis,
  unknownDiagnosis,
  diagnosisNotValidForDate,
  codeSetYearNotBundled,
  duplicateDiagnosis,
  tooManyDiagnoses,
  unreferencedDiagnosis,
  missingProcedureCode,
  invalidProcedureCode,
  invalidModifier,
  tooManyModifiers,
  conflictingModifiers,
  modifierNotAllowed,
  missingDiagnosisPointer,
  invalidDiagnosisPointer,
  tooManyDiagnosisPointers,
  duplicateDiagnosisPointer,
  ageConflict,
  sexConflict,
  externalCauseFirstListed,
  manifestationFirstListed,
  excludes1Conflict,
  unknownHcpcsCode,
  procedureCodeTerminated,
  bundledProcedures,
  unitsExceedLimit,
  missingServiceDate,
  invalidServiceDateRange,
  futureServiceDate,
  missingPlaceOfService,
  invalidPlaceOfService,
  missingCharge,
  invalidCharge,
  invalidUnits,
  missingRenderingNpi,
  tooManyServiceLines,
  totalChargeMismatch,
  amountPaidExceedsTotal,
  missingAcceptAssignment,
  missingPatientSignature,
  missingInsuredSignature,
  missingProviderSignature,
  missingProviderSignatureDate,
  signatureDateBeforeService,
  missingPriorAuthorization,
  authorizationNotValidForDate,
  invalidAuthorizationNumber,
  missingReferral,
  missingReferringNpi,
  missingBillingNpi,
  invalidNpi,
  missingTaxId,
  invalidTaxId,
  missingBillingAddress,
  billingAddressPoBox,
  invalidZip,
  timelyFilingExceeded,
  missingOriginalReference,
  possibleRealIdentifier,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
