import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import type { RollupFigures } from '../rollup-figures';
import { zeroHatMinutes } from '../switching/day-rollup';
import { addDays, daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { HAT_WEEKS, OVERLOAD_MANAGEMENT_SHARE, OVERLOAD_MIN_MINUTES } from './thresholds';

// Hours per hat over the last four weeks, from the per-project-per-day rollup rows (which carry
// minutes per hat), and whether management is crowding out production. Weeks are the 7-day
// stretches ending today, so "this week" is always a full week.

export type HatDayFigures = Pick<RollupFigures, 'productionMinutes' | 'accountMinutes' | 'projectMinutes'> & { day: DayKey };

export interface HatWeek {
  from: DayKey;
  to: DayKey;
  minutes: Record<Hat, number>;
  total: number;
}

export interface HatHours {
  from: DayKey;
  to: DayKey;
  /** oldest first */
  weeks: HatWeek[];
  minutes: Record<Hat, number>;
  total: number;
  /** account + project minutes / all minutes; null with nothing logged */
  managementShare: number | null;
}

export function hatWindow(today: DayKey): { from: DayKey; to: DayKey } {
  return { from: addDays(today, -(HAT_WEEKS * 7 - 1)), to: today };
}

function managementOf(minutes: Record<Hat, number>): number {
  return minutes.account + minutes.project;
}

export function hatHours(days: readonly HatDayFigures[], today: DayKey): HatHours {
  const { from, to } = hatWindow(today);
  const weeks: HatWeek[] = Array.from({ length: HAT_WEEKS }, (_, index) => ({
    from: addDays(from, index * 7),
    to: addDays(from, index * 7 + 6),
    minutes: zeroHatMinutes(),
    total: 0,
  }));
  const minutes = zeroHatMinutes();
  for (const row of days) {
    if (row.day < from || row.day > to) continue;
    const week = weeks[Math.floor(daysBetween(from, row.day) / 7)]!;
    for (const hat of HATS) {
      const value = row[`${hat}Minutes`];
      week.minutes[hat] += value;
      minutes[hat] += value;
    }
  }
  for (const week of weeks) week.total = HATS.reduce((sum, hat) => sum + week.minutes[hat], 0);
  const total = HATS.reduce((sum, hat) => sum + minutes[hat], 0);
  return { from, to, weeks, minutes, total, managementShare: total > 0 ? managementOf(minutes) / total : null };
}

export type OverloadState = 'overloaded' | 'balanced' | 'unknown';

export interface OverloadSignal {
  state: OverloadState;
  managementShare: number | null;
  /** the weeks (7-day stretches) in which management passed the threshold */
  heavyWeeks: number;
  text: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function overloadSignal(hours: HatHours): OverloadSignal {
  const share = hours.managementShare;
  const limit = percent(OVERLOAD_MANAGEMENT_SHARE);
  if (share === null || hours.total < OVERLOAD_MIN_MINUTES) {
    return {
      state: 'unknown',
      managementShare: share,
      heavyWeeks: 0,
      text: `Fewer than ${OVERLOAD_MIN_MINUTES / 60} hours logged in the last ${HAT_WEEKS} weeks: too little to tell.`,
    };
  }
  const heavyWeeks = hours.weeks.filter(
    (week) => week.total > 0 && managementOf(week.minutes) / week.total > OVERLOAD_MANAGEMENT_SHARE,
  ).length;
  const weeks = `${heavyWeeks} of ${HAT_WEEKS} weeks`;
  if (share > OVERLOAD_MANAGEMENT_SHARE) {
    return {
      state: 'overloaded',
      managementShare: share,
      heavyWeeks,
      text: `Account and project management took ${percent(share)} of your logged hours (more than ${limit}; ${weeks} over): management is crowding out production.`,
    };
  }
  return {
    state: 'balanced',
    managementShare: share,
    heavyWeeks,
    text: `Account and project management took ${percent(share)} of your logged hours, within ${limit}${heavyWeeks > 0 ? ` (${weeks} over)` : ''}: production still comes first.`,
  };
}
