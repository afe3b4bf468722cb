import { describe, expect, it } from 'vitest';
import { cycleStartOf, cyclesBetween } from '../../../../src/renderer/src/domain/budget/retainer';
import { dayKeyOf, toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { pinMoment } from '../../../support/vitest-clock';

// Retainer cycles at month ends. The start day is 1–28 so every month has it (a 29th–31st is refused,
// schemas.test.ts, not clamped: docs/decisions.md, "Time edges"); February's end moves with leap years.

const d = toDayKey;

describe('retainer cycles at month ends', () => {
  it('runs calendar months from day 1: Jan 31 then February to its 28th (2027) or 29th (2028)', () => {
    expect(cyclesBetween(d('2027-01-31'), d('2027-03-01'), 1)).toEqual([
      { start: '2027-01-01', end: '2027-01-31' },
      { start: '2027-02-01', end: '2027-02-28' },
      { start: '2027-03-01', end: '2027-03-31' },
    ]);
    expect(cyclesBetween(d('2028-01-31'), d('2028-02-29'), 1)).toEqual([
      { start: '2028-01-01', end: '2028-01-31' },
      { start: '2028-02-01', end: '2028-02-29' },
    ]);
  });

  it('starts every month on day 28, so 29 February 2028 is in the cycle from the 28th', () => {
    expect(cycleStartOf(d('2027-02-28'), 28)).toBe('2027-02-28');
    expect(cycleStartOf(d('2027-03-27'), 28)).toBe('2027-02-28');
    expect(cyclesBetween(d('2028-02-29'), d('2028-03-28'), 28)).toEqual([
      { start: '2028-02-28', end: '2028-03-27' },
      { start: '2028-03-28', end: '2028-04-27' },
    ]);
  });

  it('is in the new cycle at 00:01 on the 1st, though UTC is still on the last day of the month before', () => {
    pinMoment('2027-03-01T00:01:00+01:00', 'Europe/Berlin');
    const today = dayKeyOf(new Date());
    expect(cyclesBetween(today, today, 1)).toEqual([{ start: '2027-03-01', end: '2027-03-31' }]);
  });
});
