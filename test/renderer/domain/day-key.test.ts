import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKeyOf,
  daysBetween,
  eachDay,
  isDayKey,
  monthKeyOf,
  parseDayKey,
  toDayKey,
  weekdayOf,
} from '../../../src/renderer/src/domain/time/day-key';
import {
  addWorkingDays,
  countWorkingDays,
  endOfWeek,
  isWorkingDay,
  startOfWeek,
} from '../../../src/renderer/src/domain/time/week';

const d = toDayKey;

describe('day keys', () => {
  it('accepts only real days', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-2-1')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(() => toDayKey('yesterday')).toThrow(RangeError);
    expect(parseDayKey('2026-03-29')).toEqual({ year: 2026, month: 3, day: 29 });
  });

  it('adds days over month, year and leap-day edges', () => {
    expect(addDays(d('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-03-01'), -1)).toBe('2028-02-29');
    expect(addDays(d('2026-03-01'), -365)).toBe('2025-03-01');
    expect(daysBetween(d('2026-01-01'), d('2027-01-01'))).toBe(365);
    expect(daysBetween(d('2026-03-30'), d('2026-03-28'))).toBe(-2);
  });

  it('takes the local calendar day of an instant', () => {
    expect(dayKeyOf(new Date(2026, 6, 4, 23, 59))).toBe('2026-07-04');
    expect(dayKeyOf(new Date(2026, 6, 5, 0, 0))).toBe('2026-07-05');
  });

  it('knows weekdays, weeks and months', () => {
    expect(weekdayOf(d('2026-03-29'))).toBe(0); // a Sunday
    expect(startOfWeek(d('2026-03-29'), 1)).toBe('2026-03-23');
    expect(startOfWeek(d('2026-03-29'), 0)).toBe('2026-03-29');
    expect(startOfWeek(d('2026-03-25'), 6)).toBe('2026-03-21');
    expect(endOfWeek(d('2026-03-25'), 1)).toBe('2026-03-29');
    expect(monthKeyOf(d('2026-03-29'))).toBe('2026-03');
    expect(eachDay(d('2026-02-27'), d('2026-03-02'))).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(eachDay(d('2026-03-02'), d('2026-03-01'))).toEqual([]);
  });
});

describe('working days', () => {
  it('counts Monday to Friday in a five-day week', () => {
    expect(isWorkingDay(d('2026-03-27'), 5)).toBe(true); // Friday
    expect(isWorkingDay(d('2026-03-28'), 5)).toBe(false);
    expect(isWorkingDay(d('2026-03-28'), 7)).toBe(true);
    // Mon 2026-03-23 … Sun 2026-04-05: two full weeks
    expect(countWorkingDays(d('2026-03-23'), d('2026-04-05'), 5)).toBe(10);
    expect(countWorkingDays(d('2026-03-25'), d('2026-03-31'), 5)).toBe(5); // Wed–Tue
    expect(countWorkingDays(d('2026-03-28'), d('2026-03-29'), 5)).toBe(0);
    expect(countWorkingDays(d('2026-03-28'), d('2026-03-29'), 7)).toBe(2);
    expect(countWorkingDays(d('2026-03-29'), d('2026-03-28'), 5)).toBe(0);
    // 2026 has 261 weekdays
    expect(countWorkingDays(d('2026-01-01'), d('2026-12-31'), 5)).toBe(261);
  });

  it('adds working days forwards and backwards', () => {
    expect(addWorkingDays(d('2026-03-27'), 1, 5)).toBe('2026-03-30'); // Fri + 1 = Mon
    expect(addWorkingDays(d('2026-03-28'), 0, 5)).toBe('2026-03-30'); // Saturday rolls to Monday
    expect(addWorkingDays(d('2026-03-30'), -1, 5)).toBe('2026-03-27');
    expect(addWorkingDays(d('2026-03-23'), 12, 5)).toBe('2026-04-08');
    expect(addWorkingDays(d('2026-03-23'), 260, 5)).toBe('2027-03-22'); // 52 weeks
    expect(addWorkingDays(d('2026-03-23'), 261, 5)).toBe('2027-03-23');
    expect(addWorkingDays(d('2026-03-23'), 12, 7)).toBe('2026-04-04');
    for (let n = 0; n < 40; n += 1) {
      const end = addWorkingDays(d('2026-03-25'), n, 5);
      expect(countWorkingDays(d('2026-03-25'), end, 5)).toBe(n + 1);
    }
  });
});
