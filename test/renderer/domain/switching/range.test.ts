import { describe, expect, it } from 'vitest';
import { clientLookup } from '../../../../src/renderer/src/domain/switching/client-switches';
import { DaySwitchingBuilder } from '../../../../src/renderer/src/domain/switching/day-rollup';
import type { DayEntry } from '../../../../src/renderer/src/domain/switching/day-rollup';
import { plannedByDay } from '../../../../src/renderer/src/domain/switching/plan-figures';
import {
  bucketKeys,
  deepWorkSeries,
  granularityFor,
  hatGranularityFor,
  hatSeries,
  switchSeries,
} from '../../../../src/renderer/src/domain/switching/range-series';
import { summarizeRange } from '../../../../src/renderer/src/domain/switching/range-summary';
import type { SwitchingRangeInput } from '../../../../src/renderer/src/domain/switching/range-summary';
import { stretchBuckets } from '../../../../src/renderer/src/domain/switching/stretch-buckets';
import { addDays } from '../../../../src/renderer/src/domain/time/day-key';
import { MONDAY, block, day, entry, springForwardDay } from './fixtures';

const clientOf = clientLookup([
  { id: 'WEB', clientId: 'acme' },
  { id: 'APP', clientId: 'acme' },
  { id: 'ADS', clientId: 'globex' },
]);
const settings = { deepWorkTargetMinutes: 120, minutesLostPerSwitch: 10, weekStart: 1 as const };

/** `switches` alternations WEB/ADS of 30 minutes from 09:00, after a production run of `deep` minutes. */
function dayWith(on: typeof MONDAY, switches: number, deep = 0): DayEntry[] {
  const items: DayEntry[] = [];
  let minute = 8 * 60;
  if (deep > 0) {
    items.push(entry('APP', on, '08:00', deep));
    minute += deep;
  }
  for (let index = 0; index <= switches; index += 1) {
    const start = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    items.push(entry(index % 2 === 0 ? 'WEB' : 'ADS', on, start, 30, index % 2 === 0 ? 'project' : 'account'));
    minute += 30;
  }
  return items;
}

function input(
  entries: DayEntry[],
  from = MONDAY,
  to = addDays(MONDAY, 6),
  blocks = [block(MONDAY, '08:00', '10:00', 'deep_work', 'APP')],
) {
  const builder = new DaySwitchingBuilder();
  for (const item of entries) builder.add(item);
  return { from, to, rows: builder.rows(), planned: plannedByDay(blocks), clientOf, settings } satisfies SwitchingRangeInput;
}

describe('a range of days', () => {
  // Mon: deep 120 then 4 switches (APP→WEB is a 5th); Tue: 2 switches; Wed: nothing; Thu: 6 switches.
  const week = [...dayWith(MONDAY, 4, 120), ...dayWith(addDays(MONDAY, 1), 2), ...dayWith(addDays(MONDAY, 3), 6, 60)];

  it('sums switches, time lost, deep work and stretches over worked days', () => {
    const { totals, days, buckets, worst } = summarizeRange(input(week));
    expect(days.map((summary) => summary.projectSwitches)).toEqual([5, 2, 7]);
    expect(totals).toMatchObject({
      workedDays: 3,
      projectSwitches: 14,
      clientSwitches: 12, // 14 less APP→WEB on Monday and Thursday, both within Acme
      averageSwitches: 4.7,
      minutesLost: 140,
      deepWorkMinutes: 180,
      plannedDeepWorkMinutes: 120,
      daysOnTarget: 1,
      stretchCount: 17,
      longestStretch: 120,
      distinctProjects: 3,
      distinctClients: 2,
      hatMinutes: { production: 180, account: 180, project: 270 },
    });
    expect(buckets.map((bucket) => bucket.count)).toEqual([0, 0, 15, 1, 0, 1]);
    expect(worst.map((summary) => [summary.day, summary.projectSwitches])).toEqual([
      [addDays(MONDAY, 3), 7],
      [MONDAY, 5],
      [addDays(MONDAY, 1), 2],
    ]);
  });

  it('lists four worst days when four were worked, in a week from Saturday (week start 6)', () => {
    const saturday = addDays(MONDAY, -2);
    const four = [1, 3, 2, 4].flatMap((switches, index) => dayWith(addDays(MONDAY, index), switches));
    const range = { ...input(four, saturday, addDays(saturday, 6), []), settings: { ...settings, weekStart: 6 as const } };
    expect(summarizeRange(range).worst.map((summary) => [summary.day, summary.projectSwitches])).toEqual([
      [addDays(MONDAY, 3), 4],
      [addDays(MONDAY, 1), 3],
      [addDays(MONDAY, 2), 2],
      [MONDAY, 1],
    ]);
    expect(bucketKeys(range.from, range.to, 'week', 6)).toEqual([saturday]);
  });

  it('ranks equal days by client switches, then by less deep work', () => {
    const tuesday = addDays(MONDAY, 1);
    const sameClient = [entry('WEB', MONDAY, '09:00', 30), entry('APP', MONDAY, '09:30', 30)];
    const acrossClients = [entry('WEB', tuesday, '09:00', 30), entry('ADS', tuesday, '09:30', 30)];
    const { worst } = summarizeRange(input([...sameClient, ...acrossClients]));
    expect(worst.map((summary) => summary.day)).toEqual([tuesday, MONDAY]);
  });

  it('draws switches per day with a trailing 7-day average over worked days', () => {
    const points = switchSeries(input(week), 'day');
    expect(points).toHaveLength(7);
    expect(points.map((point) => point.switches)).toEqual([5, 2, null, 7, null, null, null]);
    expect(points.map((point) => point.average)).toEqual([5, 3.5, 3.5, 4.7, 4.7, 4.7, 4.7]);
  });

  it('uses days before the range for the first days’ average', () => {
    const previousFriday = addDays(MONDAY, -3);
    const points = switchSeries(input([...dayWith(previousFriday, 9), ...week]), 'day');
    expect(points[0]).toEqual({ key: MONDAY, switches: 5, average: 7 }); // (9 + 5) / 2
  });

  it('shows deep work per day against the plan, and minutes per hat', () => {
    const deep = deepWorkSeries(input(week), 'day');
    expect(deep[0]).toEqual({ key: MONDAY, actual: 120, planned: 120 });
    expect(deep[1]).toEqual({ key: addDays(MONDAY, 1), actual: 0, planned: null });
    expect(deep[2]).toEqual({ key: addDays(MONDAY, 2), actual: null, planned: null });
    const hats = hatSeries(input(week), 'week');
    expect(hats).toEqual([{ key: MONDAY, production: 180, account: 180, project: 270 }]);
  });

  it('aggregates long ranges by week and month, averaging per worked day', () => {
    expect(granularityFor(MONDAY, addDays(MONDAY, 119))).toBe('day');
    expect(granularityFor(MONDAY, addDays(MONDAY, 120))).toBe('week');
    expect(granularityFor(MONDAY, addDays(MONDAY, 365 * 5))).toBe('month');
    expect(hatGranularityFor(MONDAY, addDays(MONDAY, 13))).toBe('day');
    expect(hatGranularityFor(MONDAY, addDays(MONDAY, 30))).toBe('week');
    // A decade stays well under 500 points.
    expect(bucketKeys(day('2016-01-01'), day('2025-12-31'), 'month', 1)).toHaveLength(120);
    expect(bucketKeys(day('2026-03-04'), day('2026-03-20'), 'week', 1)).toEqual([MONDAY, day('2026-03-09'), day('2026-03-16')]);

    const weekly = switchSeries(input(week, MONDAY, addDays(MONDAY, 13)), 'week');
    expect(weekly).toEqual([
      { key: MONDAY, switches: 4.7, average: null },
      { key: addDays(MONDAY, 7), switches: null, average: null },
    ]);
  });
});

describe('stretch distribution', () => {
  it('puts each stretch in its band, 60 minutes opening the deep-work bands', () => {
    const buckets = stretchBuckets([5, 14, 15, 59, 60, 119, 120, 400]);
    expect(buckets.map((bucket) => [bucket.label, bucket.count, bucket.minutes])).toEqual([
      ['Under 15m', 2, 19],
      ['15–30m', 1, 15],
      ['30–60m', 1, 59],
      ['1–1½h', 1, 60],
      ['1½–2h', 1, 119],
      ['2h or more', 2, 520],
    ]);
  });
});

describe('planned figures from blocks', () => {
  it('reads deep work, clients and admin as hats, skips breaks and counts switches between blocks', () => {
    const planned = plannedByDay([
      block(MONDAY, '09:00', '11:30', 'deep_work', 'WEB'),
      block(MONDAY, '11:30', '12:30', 'client', 'ADS'),
      block(MONDAY, '12:30', '13:15', 'break'),
      block(MONDAY, '13:15', '14:00', 'pm_admin'),
      block(MONDAY, '14:00', '15:00', 'meeting', 'WEB'),
    ]);
    expect(planned.get(MONDAY)).toEqual({
      projectRuns: ['WEB', 'ADS', '', 'WEB'],
      projectSwitches: 3,
      hatSwitches: 3,
      stretches: [150, 60, 45, 60],
      deepWorkMinutes: 150,
    });
  });

  it('has no figures for a day of breaks only', () => {
    expect(plannedByDay([block(MONDAY, '12:00', '13:00', 'break')]).size).toBe(0);
  });

  it('counts a block over the spring-forward jump in wall-clock minutes, as the grid draws it', () => {
    const dst = springForwardDay();
    expect(plannedByDay([block(dst, '01:00', '04:00', 'deep_work', 'WEB')]).get(dst)).toMatchObject({
      stretches: [180],
      deepWorkMinutes: 180,
    });
  });
});
