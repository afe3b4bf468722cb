import { z } from 'zod';
import { roundHalfAwayFromZero } from './rounding';

// Durations are whole minutes everywhere; seconds only exist while a timer runs.

export const minutesSchema = z.int().min(0).brand<'Minutes'>();
export type Minutes = z.infer<typeof minutesSchema>;

export const MINUTES_PER_DAY = 1440;

/** Brands a whole, non-negative number of minutes; throws otherwise (a programming error). */
export function toMinutes(value: number): Minutes {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${value} is not a whole number of minutes`);
  return (value || 0) as Minutes;
}

/** Elapsed milliseconds to minutes, rounded half away from zero (29.5 s -> 0, 30 s -> 1). */
export function minutesFromMs(ms: number): Minutes {
  return toMinutes(Math.max(0, roundHalfAwayFromZero(ms / 60_000)));
}

export function sumMinutes(values: Iterable<number>): Minutes {
  let total = 0;
  for (const value of values) total += value;
  return toMinutes(total);
}
