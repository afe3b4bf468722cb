import { describe, expect, it } from 'vitest';
import { eachDay, toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { endOfWeek, startOfWeek, weekDays, type WeekStart } from '../../../src/renderer/src/domain/time/week';
import { minutesInDay } from '../../../src/renderer/src/domain/time/wall-clock';
import { pinMoment } from '../../support/vitest-clock';

// Weeks for every week start (0 Sunday … 6 Saturday) over a year end and over the 23-hour day in
// Berlin: a week is seven calendar days whatever the clock does, so 2027-03-28 is in its week once.

const d = toDayKey;
const WEEK_STARTS: WeekStart[] = [0, 1, 2, 3, 4, 5, 6];

describe('week boundaries for every week start', () => {
  it('holds Thursday 2026-12-31 in a week that crosses the year end for every start but Friday', () => {
    const expected = [
      ['2026-12-27', '2027-01-02'],
      ['2026-12-28', '2027-01-03'],
      ['2026-12-29', '2027-01-04'],
      ['2026-12-30', '2027-01-05'],
      ['2026-12-31', '2027-01-06'],
      ['2026-12-25', '2026-12-31'],
      ['2026-12-26', '2027-01-01'],
    ];
    expect(WEEK_STARTS.map((start) => [startOfWeek(d('2026-12-31'), start), endOfWeek(d('2026-12-31'), start)])).toEqual(expected);
  });

  it('counts the spring-forward Sunday 2027-03-28 once, in a week of seven days', () => {
    pinMoment('2027-03-28T12:00:00+02:00', 'Europe/Berlin');
    expect(minutesInDay(d('2027-03-28'))).toBe(1380);
    const starts = ['2027-03-28', '2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27'];
    for (const start of WEEK_STARTS) {
      const from = startOfWeek(d('2027-03-28'), start);
      expect(from).toBe(starts[start]);
      expect(eachDay(from, endOfWeek(d('2027-03-28'), start))).toHaveLength(7);
    }
  });
});

describe('the shown days of a week', () => {
  // 2026-03-04 is a Wednesday.
  it('shows the working days of the week from its start', () => {
    expect(weekDays(d('2026-03-04'), { weekStart: 1, workWeekDays: 5 })).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
    expect(weekDays(d('2026-03-04'), { weekStart: 0, workWeekDays: 7 })).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    // A Sunday-start 5-day week still shows Monday to Friday.
    expect(weekDays(d('2026-03-04'), { weekStart: 0, workWeekDays: 5 })).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
  });
});
