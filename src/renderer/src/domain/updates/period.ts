import { formatDay } from '../format/format-day';
import { addDays, daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// The period a client update covers and the window its "next" section looks ahead to. Both are
// inclusive day ranges; `today` is always passed in, the clock is never read.

export interface DayRange {
  start: DayKey;
  /** included */
  end: DayKey;
}

/** Days an update covers by default, and days its "next" section looks ahead. */
export const UPDATE_PERIOD_DAYS = 7;

/** The last 7 days up to and including today. */
export function defaultPeriod(today: DayKey): DayRange {
  return { start: addDays(today, -(UPDATE_PERIOD_DAYS - 1)), end: today };
}

/**
 * What comes next: the 7 days from today on. It starts today, not tomorrow, because an open task
 * due today or a block later today is still ahead of the client.
 */
export function nextWindow(today: DayKey): DayRange {
  return { start: today, end: addDays(today, UPDATE_PERIOD_DAYS - 1) };
}

export function inRange(day: DayKey | undefined, range: DayRange): boolean {
  return day !== undefined && day >= range.start && day <= range.end;
}

export function rangeDays(range: DayRange): number {
  return daysBetween(range.start, range.end) + 1;
}

/** 'Mar 12 – Mar 18, 2026' (one year shown once when both ends share it). */
export function rangeWords(range: DayRange, locale?: string): string {
  const sameYear = range.start.slice(0, 4) === range.end.slice(0, 4);
  const start = formatDay(range.start, locale, sameYear ? 'short' : 'medium');
  if (range.start === range.end) return formatDay(range.end, locale, 'medium');
  return `${start} – ${formatDay(range.end, locale, 'medium')}`;
}
