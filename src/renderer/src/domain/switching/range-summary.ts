import { HATS } from '../model/hat';
import type { Hat } from '../model/hat';
import type { DayKey } from '../time/day-key';
import type { WeekStart } from '../time/week';
import type { ClientOf } from './client-switches';
import type { SequenceFigures } from './day-figures';
import { zeroHatMinutes } from './day-rollup';
import type { DaySwitching } from './day-rollup';
import { summarizeDay } from './day-summary';
import type { DaySummary } from './day-summary';
import { stretchBuckets } from './stretch-buckets';
import type { StretchBucket } from './stretch-buckets';

// A range of days summed up from the daySwitching rows (and the plan's figures for the same days).
// "Worked days" are days with at least one entry: averages are per worked day, so weekends and
// holidays do not dilute them.

export interface SwitchingSettings {
  deepWorkTargetMinutes: number;
  minutesLostPerSwitch: number;
  weekStart: WeekStart;
}

export interface SwitchingRangeInput {
  from: DayKey;
  to: DayKey;
  /** rows of the range; rows before `from` (for trailing averages) are allowed and ignored here */
  rows: readonly DaySwitching[];
  /** the plan's figures per day of the range (days with blocks) */
  planned: ReadonlyMap<DayKey, SequenceFigures>;
  clientOf: ClientOf;
  settings: SwitchingSettings;
}

export interface RangeTotals {
  workedDays: number;
  projectSwitches: number;
  clientSwitches: number;
  hatSwitches: number;
  /** switches per worked day, one decimal; null without worked days */
  averageSwitches: number | null;
  minutesLost: number;
  deepWorkMinutes: number;
  plannedDeepWorkMinutes: number;
  /** worked days whose deep work reached the daily target */
  daysOnTarget: number;
  stretchCount: number;
  longestStretch: number;
  averageStretch: number;
  distinctProjects: number;
  distinctClients: number;
  hatMinutes: Record<Hat, number>;
}

export interface RangeSummary {
  totals: RangeTotals;
  /** one per worked day of the range, in day order */
  days: DaySummary[];
  buckets: StretchBucket[];
  /** the days with the most switches (see worstDays) */
  worst: DaySummary[];
}

export const WORST_DAY_COUNT = 5;

export function rowsInRange(rows: readonly DaySwitching[], from: DayKey, to: DayKey): DaySwitching[] {
  return rows.filter((row) => row.day >= from && row.day <= to);
}

export function summarizeRange(input: SwitchingRangeInput): RangeSummary {
  const { settings, clientOf } = input;
  const rows = rowsInRange(input.rows, input.from, input.to);
  const days = rows.map((row) => summarizeDay(row, clientOf, settings.minutesLostPerSwitch));
  const projects = new Set<string>();
  const clients = new Set<string>();
  const hatMinutes = zeroHatMinutes();
  const stretches: number[] = [];
  for (const row of rows) {
    for (const projectId of row.projectRuns) {
      projects.add(projectId);
      clients.add(clientOf(projectId) ?? `project:${projectId}`);
    }
    for (const hat of HATS) hatMinutes[hat] += row.hatMinutes[hat];
    stretches.push(...row.stretches);
  }
  const sum = (pick: (day: DaySummary) => number) => days.reduce((total, day) => total + pick(day), 0);
  const projectSwitches = sum((day) => day.projectSwitches);
  const stretchTotal = stretches.reduce((total, minutes) => total + minutes, 0);
  let plannedDeepWorkMinutes = 0;
  for (const [day, figures] of input.planned) {
    if (day >= input.from && day <= input.to) plannedDeepWorkMinutes += figures.deepWorkMinutes;
  }
  const target = settings.deepWorkTargetMinutes;
  return {
    totals: {
      workedDays: days.length,
      projectSwitches,
      clientSwitches: sum((day) => day.clientSwitches),
      hatSwitches: sum((day) => day.hatSwitches),
      averageSwitches: days.length === 0 ? null : Math.round((projectSwitches / days.length) * 10) / 10,
      minutesLost: projectSwitches * settings.minutesLostPerSwitch,
      deepWorkMinutes: sum((day) => day.deepWorkMinutes),
      plannedDeepWorkMinutes,
      daysOnTarget: target > 0 ? days.filter((day) => day.deepWorkMinutes >= target).length : days.length,
      stretchCount: stretches.length,
      longestStretch: stretches.reduce((longest, minutes) => Math.max(longest, minutes), 0),
      averageStretch: stretches.length === 0 ? 0 : Math.round(stretchTotal / stretches.length),
      distinctProjects: projects.size,
      distinctClients: clients.size,
      hatMinutes,
    },
    days,
    buckets: stretchBuckets(stretches),
    worst: worstDays(days),
  };
}

/**
 * The days that cost the most: most project switches first, then most client switches, then
 * least deep work, then the most recent. Days without a switch are never "worst".
 */
export function worstDays(days: readonly DaySummary[], count = WORST_DAY_COUNT): DaySummary[] {
  return days
    .filter((day) => day.projectSwitches > 0)
    .sort(
      (a, b) =>
        b.projectSwitches - a.projectSwitches ||
        b.clientSwitches - a.clientSwitches ||
        a.deepWorkMinutes - b.deepWorkMinutes ||
        (a.day < b.day ? 1 : a.day > b.day ? -1 : 0),
    )
    .slice(0, count);
}
