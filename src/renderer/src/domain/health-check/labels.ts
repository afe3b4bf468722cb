import { formatDay } from '../format/format-day';
import { dayKeyOf, daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// Small helpers for the evidence sentences and the day arithmetic the rules share.

/** '1 contact', '3 contacts'; `many` for irregular plurals. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 'Mar 3, 2026' */
export function dayText(day: DayKey, locale?: string): string {
  return formatDay(day, locale, 'medium');
}

/** 'today', 'yesterday', '12 days ago' */
export function agoText(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** 'A', 'A and B', 'A, B and 3 more' (at most `shown` names spelled out). */
export function nameList(names: readonly string[], shown = 2): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** The local day an update was sent (sent instants are stored as ISO strings). */
export function sentDay(instant: string): DayKey {
  return dayKeyOf(new Date(instant));
}

/** The latest of `days` on or before `today`, or null. */
export function latestUpTo(days: readonly DayKey[], today: DayKey): DayKey | null {
  let latest: DayKey | null = null;
  for (const day of days) if (day <= today && (latest === null || day > latest)) latest = day;
  return latest;
}

/** True when `day` is at most `window` days before `today` (and not after it). */
export function within(day: DayKey, today: DayKey, window: number): boolean {
  const age = daysBetween(day, today);
  return age >= 0 && age <= window;
}
