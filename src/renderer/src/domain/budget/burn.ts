import { addDays } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { addWorkingDays, countWorkingDays } from '../time/week';
import type { WorkWeekDays } from '../time/week';
import { divideCeil } from './fraction';
import type { RunOut } from './types';

// Burn rate (docs/product.md, "Burn rate and run-out date"): spent per working day over the trailing
// window of calendar days (settings.burnWindowDays, 14 by default). The window ends on and includes
// `today`, so today's logged time counts: today − (window − 1) … today.
// Run-out date: today + remaining / burn rate, counted in working days after today.

/** Far enough to say "not in sight" (about 20 years of 5-day weeks) and keep day keys 4-digit. */
export const MAX_RUN_OUT_WORKING_DAYS = 5200;

export interface BurnWindow {
  from: DayKey;
  to: DayKey;
  /** working days in the window; at least 1 so a weekend-only window still divides */
  workingDays: number;
}

export function burnWindow(today: DayKey, windowDays: number, workWeekDays: WorkWeekDays): BurnWindow {
  const from = addDays(today, -(Math.max(1, windowDays) - 1));
  return { from, to: today, workingDays: Math.max(1, countWorkingDays(from, today, workWeekDays)) };
}

/**
 * When a remaining amount lasts at `windowSpent` per `workingDays`: the run-out day is the
 * ceil(remaining / rate)-th working day after today (the day the last of it is spent).
 * Exact: ceil(remaining × workingDays / windowSpent).
 */
export function runOutOf(
  remaining: number,
  windowSpent: number,
  workingDays: number,
  today: DayKey,
  workWeekDays: WorkWeekDays,
): RunOut {
  if (remaining <= 0) return { kind: 'used-up' };
  if (windowSpent <= 0) return { kind: 'no-burn' };
  const days = divideCeil(remaining * workingDays, windowSpent);
  if (days > MAX_RUN_OUT_WORKING_DAYS) return { kind: 'beyond', workingDays: days };
  return { kind: 'date', day: addWorkingDays(addDays(today, 1), days - 1, workWeekDays), workingDays: days };
}

/** The day a run-out is compared with the end date on: used up means today. */
export function runOutDay(runOut: RunOut, today: DayKey): DayKey | null {
  if (runOut.kind === 'date') return runOut.day;
  if (runOut.kind === 'used-up') return today;
  return null;
}
