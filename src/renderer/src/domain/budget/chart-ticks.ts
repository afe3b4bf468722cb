import { dayNumber, monthStartsAfter } from './burn-chart';
import { addDays, daysBetween } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// Axis ticks for the burn charts, on screen (recharts) and printed (SVG): round values on the value
// axis, dates on the day axis.

const NICE_FACTORS = [1, 2, 2.5, 5, 10] as const;

/** The smallest round step (1, 2, 2.5 or 5 × 10^n) that covers `max` in at most `count` steps. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max / count));
  const factor = NICE_FACTORS.find((candidate) => candidate * magnitude * count >= max) ?? 10;
  return factor * magnitude;
}

/** 0, step, 2 × step … up to the first tick at or above `max`. */
export function valueAxis(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const ticks = [0];
  while ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(Math.round(ticks.length * step * 1e6) / 1e6);
  return ticks.length > 1 ? ticks : [0, step];
}

/** Day-axis ticks as day numbers: month starts over long spans, else every 1, 2 or 7 days; at most `max`. */
export function dayAxis(from: DayKey, to: DayKey, max = 7): number[] {
  const span = daysBetween(from, to);
  let days: DayKey[];
  if (span > 75) days = monthStartsAfter(from, to);
  else {
    const every = span > 21 ? 7 : span > 7 ? 2 : 1;
    days = Array.from({ length: Math.floor(span / every) + 1 }, (_, index) => addDays(from, index * every));
  }
  const keepEvery = Math.max(1, Math.ceil(days.length / max));
  return days.filter((_, index) => index % keepEvery === 0).map(dayNumber);
}
