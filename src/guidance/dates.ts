// compat re-export: remove after parallel branches merge (dates live in src/util/dates.ts; "today"
// is the local calendar date, see there)
export { addDays, addMonths, daysBetween, formatIso, isIsoDate, localToday as todayIso } from '../util/dates';
