import * as assert from 'assert';
import { addDays, addMonths, daysBetween, isIsoDate, localToday } from '../../../src/util/dates';
import { todayFor } from '../../../src/config/config';

describe('dates (src/util/dates.ts)', () => {
  it('"today" is the local calendar date, also a minute either side of midnight', () => {
    // Built from local fields, so these hold in any time zone the tests run in.
    assert.strictEqual(localToday(new Date(2026, 10, 22, 23, 59, 30)), '2026-11-22');
    assert.strictEqual(localToday(new Date(2026, 10, 23, 0, 0, 30)), '2026-11-23');
    assert.strictEqual(localToday(new Date(2026, 11, 31, 23, 59)), '2026-12-31');
    assert.strictEqual(localToday(new Date(2027, 0, 1, 0, 1)), '2027-01-01');
  });

  it('the linter uses the same local date unless the config fixes one', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 59);
    assert.strictEqual(todayFor({}, lateEvening), '2026-11-22');
    assert.strictEqual(todayFor({ today: '2026-01-05' }, lateEvening), '2026-01-05');
  });

  it('accepts real calendar dates only', () => {
    for (const d of ['2026-02-28', '2024-02-29', '2000-02-29', '0050-01-01']) assert.ok(isIsoDate(d), d);
    for (const d of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '20260101', '']) assert.ok(!isIsoDate(d), d);
  });

  it('counts days in UTC, NaN for a non-date', () => {
    assert.strictEqual(daysBetween('2026-03-01', '2026-03-31'), 30);
    assert.strictEqual(daysBetween('2026-03-31', '2026-03-01'), -30);
    assert.strictEqual(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.ok(Number.isNaN(daysBetween('2026-02-30', '2026-03-01')));
    assert.strictEqual(addDays('2026-12-31', 1), '2027-01-01');
    assert.strictEqual(addMonths('2026-01-31', 1), '2026-02-28');
    assert.strictEqual(addMonths('0050-01-31', 1), '0050-02-28');
  });
});
