import type { CostRate } from '../model/cost-rate';
import type { DayKey } from '../time/day-key';

// Which cost rate is in force on a day (docs/product.md, "Profitability").

/**
 * The rate in force on `day`: the one with the latest `from` on or before it; undefined when the
 * history is empty or every rate starts after `day`. The history need not be sorted.
 */
export function costRateOn(history: readonly CostRate[], day: DayKey | string): CostRate['rate'] | undefined {
  let found: CostRate | undefined;
  for (const rate of history) {
    if (rate.from <= day && (found === undefined || rate.from > found.from)) found = rate;
  }
  return found?.rate;
}

/** The first day any rate of the history applies, or undefined for an empty history. */
export function firstCostDay(history: readonly CostRate[]): DayKey | undefined {
  let first: DayKey | undefined;
  for (const rate of history) if (first === undefined || rate.from < first) first = rate.from;
  return first;
}
