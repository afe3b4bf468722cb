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

/** How a local wall-clock time met the clock: shown once, jumped over (spring forward) or shown twice (fall back). */
export type WallClockFit = 'exact' | 'skipped' | 'repeated';

/**
 * The instant at `second` seconds of wall-clock time on a local day, and how it fitted. A skipped
 * time is read forward by the gap (02:30 on the day clocks jump 02:00 → 03:00 is 03:30), a repeated
 * one as its earlier instant (02:15 summer time on the day clocks go back): Date's and Temporal's
 * 'compatible' reading. Seconds past midnight roll into the next day.
 */
export function localInstantAt(key: DayKey, second: number): { instant: Date; fit: WallClockFit } {
  const { year, month, day } = parseDayKey(key);
  const instant = new Date(year, month - 1, day, 0, 0, second);
  const asked = new Date(Date.UTC(year, month - 1, day, 0, 0, second));
  const shown = Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes(), instant.getSeconds());
  if (shown !== asked.getTime()) return { instant, fit: 'skipped' };
  // Clocks that go back within the next hours show this time again, later by the step they go back.
  const backMinutes = new Date(instant.getTime() + 6 * 3_600_000).getTimezoneOffset() - instant.getTimezoneOffset();
  const again = new Date(instant.getTime() + backMinutes * 60_000);
  const repeated = backMinutes > 0 && again.getHours() === instant.getHours() && again.getMinutes() === instant.getMinutes();
  return { instant, fit: repeated ? 'repeated' : 'exact' };
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
