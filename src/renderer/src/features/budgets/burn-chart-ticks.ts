import { dayNumber, monthStartsAfter } from '../../domain/budget/burn-chart';
import { addDays, daysBetween } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';

// Date ticks for the burn chart's linear day axis: month starts for long ranges, Mondays-ish
// every 7 days for short ones, thinned to about `max` ticks.

export function dayTicks(from: DayKey, to: DayKey, max = 8): number[] {
  const span = daysBetween(from, to);
  const days: DayKey[] = [];
  if (span > 75) {
    days.push(...monthStartsAfter(from, to));
  } else {
    const step = span > 21 ? 7 : span > 7 ? 2 : 1;
    for (let offset = 0; offset <= span; offset += step) days.push(addDays(from, offset));
  }
  const every = Math.max(1, Math.ceil(days.length / max));
  return days.filter((_, index) => index % every === 0).map(dayNumber);
}

/** 0 and round steps (1, 2, 2.5 or 5 × a power of ten) up to at least `max`: about `count` ticks. */
export function valueTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  return ticks;
}
