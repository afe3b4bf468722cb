import { describe, expect, it } from 'vitest';
import { burnWindow, runOutOf } from '../../../../src/renderer/src/domain/budget/burn';
import { dayKeyOf, toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { pinMoment } from '../../../support/vitest-clock';

// Burn windows and run-out dates counted in calendar and working days across the year end and the
// spring-forward change (Europe/Berlin): a working day is a day key, never 24 hours of milliseconds.

const d = toDayKey;

describe('burn window and run-out across the year end and a clock change', () => {
  it('reaches back into December from Saturday 2027-01-02, 00:30 local (still 1 January in UTC)', () => {
    pinMoment('2027-01-02T00:30:00+01:00', 'Europe/Berlin');
    const today = dayKeyOf(new Date());
    expect(today).toBe('2027-01-02');
    // Sun 20 Dec … Sat 2 Jan: Mon–Fri 21–25 Dec and 28 Dec–1 Jan
    expect(burnWindow(today, 14, 5)).toEqual({ from: '2026-12-20', to: '2027-01-02', workingDays: 10 });
    expect(burnWindow(today, 14, 7)).toEqual({ from: '2026-12-20', to: '2027-01-02', workingDays: 14 });
  });

  it('runs out in January from Monday 2026-12-28: ten working days after it, weekends skipped', () => {
    // 10 h left at 10 h per 10 working days: 29, 30, 31 Dec, 1, 4, 5, 6, 7, 8, 11 Jan
    expect(runOutOf(600, 600, 10, d('2026-12-28'), 5)).toEqual({ kind: 'date', day: '2027-01-11', workingDays: 10 });
    expect(runOutOf(600, 600, 10, d('2026-12-28'), 7)).toEqual({ kind: 'date', day: '2027-01-07', workingDays: 10 });
  });

  it('counts the 23-hour Sunday 2027-03-28 as one calendar day in the window and the run-out', () => {
    pinMoment('2027-04-02T17:00:00+02:00', 'Europe/Berlin');
    // Sat 20 Mar … Fri 2 Apr: 22–26 Mar and 29 Mar–2 Apr
    expect(burnWindow(dayKeyOf(new Date()), 14, 5)).toEqual({ from: '2027-03-20', to: '2027-04-02', workingDays: 10 });
    expect(burnWindow(d('2027-03-29'), 14, 7)).toEqual({ from: '2027-03-16', to: '2027-03-29', workingDays: 14 });
    // from Friday 26 Mar, three working days: Mon 29, Tue 30, Wed 31 Mar
    expect(runOutOf(180, 600, 10, d('2027-03-26'), 5)).toEqual({ kind: 'date', day: '2027-03-31', workingDays: 3 });
  });
});
