import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, daysBetween, eachDay, toDayKey } from '../../../src/renderer/src/domain/time/day-key';
import { countWorkingDays } from '../../../src/renderer/src/domain/time/week';
import { elapsedMinutesBetween, localDateAt, minuteOfDay, minutesInDay } from '../../../src/renderer/src/domain/time/wall-clock';

import { pinZone } from '../../support/vitest-clock';

// These run in the run's zone when its change days are in the table (Berlin, New York), else in Berlin
// (a sweep zone such as Asia/Kathmandu has no daylight saving to test).
interface ZoneCase {
  spring: string; // clocks jump 02:00 → 03:00
  fall: string; // clocks go back, one hour repeats
  springGapStartMinute: number; // first wall-clock minute that does not exist
}

const ZONES: Record<string, ZoneCase> = {
  'Europe/Berlin': { spring: '2026-03-29', fall: '2026-10-25', springGapStartMinute: 120 },
  'America/New_York': { spring: '2026-03-08', fall: '2026-11-01', springGapStartMinute: 120 },
};

const runZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zone = runZone in ZONES ? runZone : 'Europe/Berlin';

describe(`daylight saving in ${zone}`, () => {
  beforeEach(() => pinZone(zone));

  const { spring, fall, springGapStartMinute } = ZONES[zone]!;
  const springDay = toDayKey(spring);
  const fallDay = toDayKey(fall);

  it('has 23- and 25-hour days', () => {
    expect(minutesInDay(springDay)).toBe(1380);
    expect(minutesInDay(fallDay)).toBe(1500);
    expect(minutesInDay(addDays(springDay, 1))).toBe(1440);
  });

  it('steps day keys over the change by calendar, not by 24 hours', () => {
    const before = addDays(springDay, -1);
    expect(addDays(before, 1)).toBe(springDay);
    expect(addDays(before, 2)).toBe(addDays(springDay, 1));
    expect(daysBetween(addDays(springDay, -3), addDays(fallDay, 3)) > 0).toBe(true);
    expect(eachDay(addDays(fallDay, -1), addDays(fallDay, 1))).toHaveLength(3);
    // A naive "+24 h from local midnight" lands on the same day when the day has 25 hours:
    const naive = dayKeyOf(new Date(localDateAt(fallDay, 0).getTime() + 86_400_000));
    expect(naive).toBe(fallDay);
    expect(addDays(fallDay, 1)).not.toBe(naive);
    expect(countWorkingDays(addDays(springDay, -6), addDays(springDay, 7), 5)).toBe(10);
  });

  it('keeps wall-clock minutes on every day around the change', () => {
    for (const day of eachDay(addDays(springDay, -2), addDays(springDay, 2))) {
      for (const minute of [0, 60, 9 * 60, 17 * 60 + 30, 23 * 60 + 45]) {
        const instant = localDateAt(day, minute);
        expect(dayKeyOf(instant)).toBe(day);
        if (day !== springDay || minute < springGapStartMinute || minute >= springGapStartMinute + 60) {
          expect(minuteOfDay(instant)).toBe(minute);
        }
      }
    }
    for (const day of eachDay(addDays(fallDay, -1), addDays(fallDay, 1))) {
      expect(minuteOfDay(localDateAt(day, 9 * 60))).toBe(9 * 60);
    }
  });

  it('resolves a minute inside the spring gap forward, on the same day', () => {
    const inGap = localDateAt(springDay, springGapStartMinute + 30);
    expect(dayKeyOf(inGap)).toBe(springDay);
    expect(minuteOfDay(inGap)).toBe(springGapStartMinute + 90);
  });

  it('measures real time across the change', () => {
    expect(elapsedMinutesBetween(springDay, 60, 240)).toBe(120); // 01:00–04:00 loses an hour
    expect(elapsedMinutesBetween(addDays(springDay, 1), 60, 240)).toBe(180);
    expect(elapsedMinutesBetween(springDay, 9 * 60, 17 * 60)).toBe(480); // a workday is untouched
    expect(elapsedMinutesBetween(fallDay, 0, 240)).toBe(300);
  });

  it('maps UTC instants to the local day they started on', () => {
    // 05:30 UTC is 07:30 CEST in Berlin and 01:30 EDT in New York: the same local day either way
    const instant = new Date(`${spring}T05:30:00.000Z`);
    expect(dayKeyOf(instant)).toBe(springDay);
    // 03:30 UTC the next day is still the previous evening in New York but not in Berlin
    const late = new Date(`${addDays(springDay, 1)}T03:30:00.000Z`);
    expect(dayKeyOf(late)).toBe(zone === 'America/New_York' ? springDay : addDays(springDay, 1));
  });
});
