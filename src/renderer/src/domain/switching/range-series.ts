import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import { addDays, daysBetween, eachDay, parseDayKey, dayKeyFromParts } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { startOfWeek } from '../time/week';
import type { WeekStart } from '../time/week';
import { zeroHatMinutes } from './day-rollup';
import type { DaySwitching } from './day-rollup';
import type { SwitchingRangeInput } from './range-summary';

// Chart series for a range. Charts get at most about 500 points: a range up to 120 days is drawn
// day by day, up to three years week by week, longer ones month by month. Aggregated points are
// averages per worked day (a day with entries), so a short first week is not a small bar.

export type Granularity = 'day' | 'week' | 'month';

const DAILY_UP_TO_DAYS = 120;
const WEEKLY_UP_TO_DAYS = 156 * 7;
/** the hat mix is drawn per day for a week or two, otherwise per week (or month) */
const HAT_DAILY_UP_TO_DAYS = 14;
/** the trailing window of the switches' average, days (the day itself included) */
export const TREND_DAYS = 7;

export function granularityFor(from: DayKey, to: DayKey): Granularity {
  const days = daysBetween(from, to) + 1;
  if (days <= DAILY_UP_TO_DAYS) return 'day';
  return days <= WEEKLY_UP_TO_DAYS ? 'week' : 'month';
}

export function hatGranularityFor(from: DayKey, to: DayKey): Granularity {
  return daysBetween(from, to) + 1 <= HAT_DAILY_UP_TO_DAYS ? 'day' : granularityFor(from, to) === 'month' ? 'month' : 'week';
}

/** The first day of the point a day belongs to. */
export function bucketOf(day: DayKey, granularity: Granularity, weekStart: WeekStart): DayKey {
  if (granularity === 'day') return day;
  if (granularity === 'week') return startOfWeek(day, weekStart);
  const { year, month } = parseDayKey(day);
  return dayKeyFromParts(year, month, 1);
}

/** Every point's key from `from` to `to`, in order (the first may start before `from`). */
export function bucketKeys(from: DayKey, to: DayKey, granularity: Granularity, weekStart: WeekStart): DayKey[] {
  if (granularity === 'day') return eachDay(from, to);
  const keys: DayKey[] = [];
  let key = bucketOf(from, granularity, weekStart);
  while (key <= to) {
    keys.push(key);
    key = granularity === 'week' ? addDays(key, 7) : nextMonth(key);
  }
  return keys;
}

function nextMonth(key: DayKey): DayKey {
  const { year, month } = parseDayKey(key);
  return month === 12 ? dayKeyFromParts(year + 1, 1, 1) : dayKeyFromParts(year, month + 1, 1);
}

interface Bucket {
  rows: DaySwitching[];
  plannedDays: number;
  plannedDeepWork: number;
}

function bucketsOf(input: SwitchingRangeInput, granularity: Granularity): Map<DayKey, Bucket> {
  const { from, to, settings } = input;
  const buckets = new Map<DayKey, Bucket>(
    bucketKeys(from, to, granularity, settings.weekStart).map((key) => [key, { rows: [], plannedDays: 0, plannedDeepWork: 0 }]),
  );
  for (const row of input.rows) {
    if (row.day < from || row.day > to) continue;
    buckets.get(bucketOf(row.day, granularity, settings.weekStart))?.rows.push(row);
  }
  for (const [day, figures] of input.planned) {
    if (day < from || day > to) continue;
    const bucket = buckets.get(bucketOf(day, granularity, settings.weekStart));
    if (!bucket) continue;
    bucket.plannedDays += 1;
    bucket.plannedDeepWork += figures.deepWorkMinutes;
  }
  return buckets;
}

const perDay = (total: number, days: number): number | null => (days === 0 ? null : Math.round((total / days) * 10) / 10);
const sumOf = (rows: readonly DaySwitching[], pick: (row: DaySwitching) => number) =>
  rows.reduce((sum, row) => sum + pick(row), 0);

export interface SwitchPoint {
  key: DayKey;
  /** the day's switches, or the average per worked day of a week/month; null: nothing logged */
  switches: number | null;
  /** per day only: average switches per worked day over the trailing 7 days */
  average: number | null;
}

/** Needs `rows` from 6 days before `from` for the first days' averages. */
export function switchSeries(input: SwitchingRangeInput, granularity: Granularity): SwitchPoint[] {
  if (granularity !== 'day') {
    return [...bucketsOf(input, granularity)].map(([key, bucket]) => ({
      key,
      switches: perDay(
        sumOf(bucket.rows, (row) => row.projectSwitches),
        bucket.rows.length,
      ),
      average: null,
    }));
  }
  const byDay = new Map(input.rows.map((row) => [row.day, row]));
  return eachDay(input.from, input.to).map((key) => {
    let total = 0;
    let worked = 0;
    for (let back = 0; back < TREND_DAYS; back += 1) {
      const row = byDay.get(addDays(key, -back));
      if (!row) continue;
      total += row.projectSwitches;
      worked += 1;
    }
    return { key, switches: byDay.get(key)?.projectSwitches ?? null, average: perDay(total, worked) };
  });
}

export interface DeepWorkPoint {
  key: DayKey;
  /** deep-work minutes (per worked day when aggregated); null: nothing logged */
  actual: number | null;
  /** planned deep-work minutes (per planned day when aggregated); null: nothing planned */
  planned: number | null;
}

export function deepWorkSeries(input: SwitchingRangeInput, granularity: Granularity): DeepWorkPoint[] {
  return [...bucketsOf(input, granularity)].map(([key, bucket]) => ({
    key,
    actual: perDay(
      sumOf(bucket.rows, (row) => row.deepWorkMinutes),
      bucket.rows.length,
    ),
    planned: perDay(bucket.plannedDeepWork, bucket.plannedDays),
  }));
}

export type HatPoint = { key: DayKey } & Record<Hat, number>;

/** Minutes per hat per point (totals, not averages: the stack height is the time logged). */
export function hatSeries(input: SwitchingRangeInput, granularity: Granularity): HatPoint[] {
  return [...bucketsOf(input, granularity)].map(([key, bucket]) => {
    const minutes = zeroHatMinutes();
    for (const row of bucket.rows) for (const hat of HATS) minutes[hat] += row.hatMinutes[hat];
    return { key, ...minutes };
  });
}
