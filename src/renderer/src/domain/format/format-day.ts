import { dateTimeFormat } from './formatter-cache';
import { parseDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// Day keys are formatted through a UTC date with timeZone 'UTC', so the machine's zone can never
// move the printed day.

export type DayFormatStyle = 'short' | 'medium' | 'long' | 'weekday' | 'month';

const STYLE_OPTIONS: Record<DayFormatStyle, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  month: { month: 'long', year: 'numeric' },
};

/** 'Mar 29, 2026' (medium, en-US) or 'Sunday, 29 March 2026' (long, en-GB). */
export function formatDay(key: DayKey, locale?: string, style: DayFormatStyle = 'medium'): string {
  const { year, month, day } = parseDayKey(key);
  const utc = new Date(Date.UTC(year, month - 1, day));
  return dateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone: 'UTC' }).format(utc);
}

/** A wall-clock minute for people in the locale's style ('9:30 AM' en-US, '09:30' de). */
export function formatWallClock(minute: number, locale?: string): string {
  const utc = new Date(Date.UTC(2000, 0, 1, Math.floor(minute / 60), minute % 60));
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(utc);
}
