import { addDays, dayKeyFromParts, daysBetween, isDayKey, parseDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { endOfWeek, startOfWeek } from '../time/week';
import type { WeekStart } from '../time/week';

// The Switching screen's ranges: a calendar week (from the settings' week start), month or
// quarter around an anchor day, or a custom from–to. Calendar periods step back and forth whole.

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  from: DayKey;
  to: DayKey;
}

function monthStart(key: DayKey, monthOffset = 0): DayKey {
  const { year, month } = parseDayKey(key);
  const index = year * 12 + (month - 1) + monthOffset;
  return dayKeyFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

function quarterStart(key: DayKey): DayKey {
  const { month } = parseDayKey(key);
  return monthStart(key, -((month - 1) % 3));
}

/** The calendar period of `kind` that holds `anchor` (custom periods are given whole). */
export function periodAround(kind: Exclude<PeriodKind, 'custom'>, anchor: DayKey, weekStart: WeekStart): Period {
  if (kind === 'week') return { kind, from: startOfWeek(anchor, weekStart), to: endOfWeek(anchor, weekStart) };
  const from = kind === 'month' ? monthStart(anchor) : quarterStart(anchor);
  return { kind, from, to: addDays(monthStart(from, kind === 'month' ? 1 : 3), -1) };
}

/** The period before (−1) or after (+1): calendar periods by one, custom ones by their length. */
export function stepPeriod(period: Period, direction: -1 | 1, weekStart: WeekStart): Period {
  if (period.kind === 'custom') {
    const length = daysBetween(period.from, period.to) + 1;
    return { kind: 'custom', from: addDays(period.from, direction * length), to: addDays(period.to, direction * length) };
  }
  const anchor = direction === 1 ? addDays(period.to, 1) : addDays(period.from, -1);
  return periodAround(period.kind, anchor, weekStart);
}

/**
 * Reads '#/switching/<kind>/<day>[/<to>]': the period of `kind` holding `day`, or for 'custom'
 * the days from `day` to `to`. Anything unreadable falls back to this month.
 */
export function parsePeriod(params: readonly string[], today: DayKey, weekStart: WeekStart): Period {
  const [kind, first, second] = params;
  const anchor = isDayKey(first) ? first : today;
  if (kind === 'custom' && isDayKey(first) && isDayKey(second) && first <= second) {
    return { kind, from: first, to: second };
  }
  if (kind === 'week' || kind === 'quarter') return periodAround(kind, anchor, weekStart);
  return periodAround('month', anchor, weekStart);
}

/** The route params that name a period (its first day is the anchor). */
export function periodParams(period: Period): string[] {
  return period.kind === 'custom' ? ['custom', period.from, period.to] : [period.kind, period.from];
}
