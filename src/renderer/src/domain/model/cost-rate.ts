import { z } from 'zod';
import { dayField, minorAmount } from './fields';

// A person's cost rates with their history (docs/product.md, "Profitability"): each rate applies
// from its day on, until the next one starts. Rates are minor units per hour in the home currency.

/**
 * The day a rate with no known start applies from: a teammate's single cost rate from before rates
 * had a history becomes a rate from this day, so it covers every entry. Screens say "from the start".
 */
export const EARLIEST_COST_DAY = '1970-01-01';

/** Most rates one person's history holds (a change a month for eight years). */
export const MAX_COST_RATES = 100;

export const costRateSchema = z.object({
  /** the first day this rate applies (a local day key) */
  from: dayField('From'),
  /** minor units per hour in the home currency */
  rate: minorAmount('Cost rate'),
});
export type CostRate = z.infer<typeof costRateSchema>;
export type CostRateInput = z.input<typeof costRateSchema>;

/** A history, stored oldest first; two rates cannot start on the same day. */
export const costRateHistorySchema = z
  .array(costRateSchema)
  .max(MAX_COST_RATES, `A person can have at most ${MAX_COST_RATES} cost rates`)
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((rate, index) => {
      if (seen.has(rate.from))
        ctx.addIssue({ code: 'custom', path: [index, 'from'], message: 'Another cost rate already starts on this day' });
      seen.add(rate.from);
    });
  })
  .transform((rates) => [...rates].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));
export type CostRateHistory = z.infer<typeof costRateHistorySchema>;
