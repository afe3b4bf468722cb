import { parseDayKey } from './day-key';
import type { DayKey } from './day-key';

// Plan items are wall-clock: a DayKey plus minutes from local midnight (0–1440). They stay at
// "09:00" across daylight-saving changes; only the real elapsed time of a block can differ.

/** Minutes from local midnight of an instant, 0–1439 (seconds are dropped). */
export function minuteOfDay(instant: Date): number {
  return instant.getHours() * 60 + instant.getMinutes();
}

/**
 * The instant at `minute` minutes of wall-clock time on a local day. Minutes inside a
 * spring-forward gap (02:30 on the day clocks jump 02:00 → 03:00) resolve forward, as Date does.
 * 1440 is the next local midnight.
 */
export function localDateAt(key: DayKey, minute: number): Date {
  const { year, month, day } = parseDayKey(key);
  return new Date(year, month - 1, day, Math.floor(minute / 60), minute % 60, 0, 0);
}

/**
 * Real minutes that pass between two wall-clock minutes of one day: 60–240 (01:00–04:00) is
 * 180 minutes on an ordinary day, 120 on a spring-forward day and 240 on a fall-back day
 * (the repeated hour lies inside the block).
 */
export function elapsedMinutesBetween(key: DayKey, startMinute: number, endMinute: number): number {
  return Math.round((localDateAt(key, endMinute).getTime() - localDateAt(key, startMinute).getTime()) / 60_000);
}

/** Real length of a local day in minutes: 1440, or 1380 / 1500 on daylight-saving change days. */
export function minutesInDay(key: DayKey): number {
  return elapsedMinutesBetween(key, 0, 1440);
}

/** 'HH:MM' for a wall-clock minute (machine-readable; use formatWallClock for people). */
export function clockText(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Parses 'H:MM' or 'HH:MM' (00:00–24:00) into minutes from midnight, or null. */
export function parseClockText(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Snaps a minute to a grid step (15 for the planner), halves up, clamped to 0–1440. */
export function snapMinute(minute: number, step: number): number {
  const snapped = Math.round(minute / step) * step;
  return Math.min(1440, Math.max(0, snapped));
}
