import { addDays, daysBetween, weekdayOf } from './day-key';
import type { DayKey } from './day-key';

// Weeks and working days. A week starts on `weekStart` (0 = Sunday … 6 = Saturday).
// Working days: with a 5-day week Monday to Friday, with a 7-day week every day; the week start
// only changes how weeks are drawn, not which days are worked.

export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type WorkWeekDays = 5 | 7;

export function startOfWeek(key: DayKey, weekStart: WeekStart): DayKey {
  const offset = (weekdayOf(key) - weekStart + 7) % 7;
  return addDays(key, -offset);
}

export function endOfWeek(key: DayKey, weekStart: WeekStart): DayKey {
  return addDays(startOfWeek(key, weekStart), 6);
}

export function isWorkingDay(key: DayKey, workWeekDays: WorkWeekDays): boolean {
  if (workWeekDays === 7) return true;
  const weekday = weekdayOf(key);
  return weekday !== 0 && weekday !== 6;
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countWorkingDays(from: DayKey, to: DayKey, workWeekDays: WorkWeekDays): number {
  const total = daysBetween(from, to) + 1;
  if (total <= 0) return 0;
  if (workWeekDays === 7) return total;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  // The remaining 0–6 days are counted one by one.
  for (let day = addDays(from, fullWeeks * 7); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, workWeekDays)) count += 1;
  }
  return count;
}

/**
 * The working day `count` working days after `key` (before it when negative). Day 0 is `key`
 * itself when it is a working day, otherwise the next working day.
 */
export function addWorkingDays(key: DayKey, count: number, workWeekDays: WorkWeekDays): DayKey {
  if (!Number.isInteger(count)) throw new RangeError(`${count} is not a whole number of days`);
  const step = count < 0 ? -1 : 1;
  let day = key;
  while (!isWorkingDay(day, workWeekDays)) day = addDays(day, step);
  let remaining = Math.abs(count);
  if (workWeekDays === 5 && remaining > 5) {
    // Jump whole weeks (5 working days = 7 calendar days) to stay O(1) for long horizons.
    const weeks = Math.floor((remaining - 1) / 5);
    day = addDays(day, step * weeks * 7);
    remaining -= weeks * 5;
  }
  while (remaining > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day, workWeekDays)) remaining -= 1;
  }
  return day;
}

/** The shown days of the week holding `anchor`: from the settings' week start, working days only. */
export function weekDays(anchor: DayKey, settings: { weekStart: WeekStart; workWeekDays: WorkWeekDays }): DayKey[] {
  const start = startOfWeek(anchor, settings.weekStart);
  return Array.from({ length: 7 }, (_, index) => addDays(start, index)).filter((day) => isWorkingDay(day, settings.workWeekDays));
}
