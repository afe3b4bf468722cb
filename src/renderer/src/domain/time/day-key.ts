import { z } from 'zod';

// A DayKey is a local calendar day 'YYYY-MM-DD'. Arithmetic works on the calendar date via UTC
// (which has no daylight saving), never by adding 24 h to a local instant, so DST never shifts it.

const DAY_KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function partsOf(value: string): DayParts | null {
  const match = DAY_KEY_PATTERN.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  const real =
    check.getUTCFullYear() === parts.year && check.getUTCMonth() === parts.month - 1 && check.getUTCDate() === parts.day;
  return real ? parts : null;
}

export const dayKeySchema = z
  .string({ error: 'Date is required' })
  .refine((value) => partsOf(value) !== null, 'Date must be a real day written YYYY-MM-DD')
  .brand<'DayKey'>();
export type DayKey = z.infer<typeof dayKeySchema>;

export function isDayKey(value: unknown): value is DayKey {
  return typeof value === 'string' && partsOf(value) !== null;
}

/** Brands a string as a DayKey; throws when it is not a real 'YYYY-MM-DD' day. */
export function toDayKey(value: string): DayKey {
  if (!isDayKey(value)) throw new RangeError(`${value} is not a day written YYYY-MM-DD`);
  return value;
}

export function parseDayKey(key: DayKey | string): DayParts {
  const parts = partsOf(key);
  if (!parts) throw new RangeError(`${key} is not a day written YYYY-MM-DD`);
  return parts;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function dayKeyFromParts(year: number, month: number, day: number): DayKey {
  return toDayKey(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/** The local calendar day of an instant (in the machine's time zone). */
export function dayKeyOf(instant: Date): DayKey {
  return dayKeyFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

function utcMsOf(key: DayKey): number {
  const { year, month, day } = parseDayKey(key);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): DayKey {
  const date = new Date(ms);
  return dayKeyFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(key: DayKey, days: number): DayKey {
  if (!Number.isInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
  return fromUtcMs(utcMsOf(key) + days * MS_PER_DAY);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); 2026-03-28 → 2026-03-30 is 2. */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utcMsOf(to) - utcMsOf(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(key: DayKey): number {
  return new Date(utcMsOf(key)).getUTCDay();
}

/** ISO strings compare chronologically, so plain string comparison orders day keys. */
export function compareDayKeys(a: DayKey, b: DayKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDayKey(a: DayKey, b: DayKey): DayKey {
  return a <= b ? a : b;
}

export function maxDayKey(a: DayKey, b: DayKey): DayKey {
  return a >= b ? a : b;
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: DayKey, to: DayKey): DayKey[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(from, index));
}

/** A calendar month 'YYYY-MM' (opportunities' expected month, retainer cycles). */
export const monthKeySchema = z
  .string({ error: 'Month is required' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month must be written YYYY-MM')
  .brand<'MonthKey'>();
export type MonthKey = z.infer<typeof monthKeySchema>;

export function monthKeyOf(key: DayKey): MonthKey {
  // A day key is valid already, so its first seven characters are a month: no parse (rollup writes call this per row).
  return key.slice(0, 7) as MonthKey;
}
