import { describe, expect, it } from 'vitest';
import { costRateOn, firstCostDay } from '../../../../src/renderer/src/domain/invoices/cost-rates';
import { costRateHistorySchema } from '../../../../src/renderer/src/domain/model/cost-rate';
import type { CostRate } from '../../../../src/renderer/src/domain/model/cost-rate';
import { fieldErrorsOf, validate } from '../../../../src/renderer/src/domain/validation';

const history = (...rates: [string, number][]): CostRate[] =>
  validate(
    costRateHistorySchema,
    rates.map(([from, rate]) => ({ from, rate })),
  );

describe('costRateOn: the rate in force on a day', () => {
  // 40.00/h from 1 March, 55.00/h from 1 July (given out of order: the history sorts itself)
  const rates = history(['2026-07-01', 5_500], ['2026-03-01', 4_000]);

  it('is the latest rate starting on or before the day', () => {
    expect(costRateOn(rates, '2026-03-01')).toBe(4_000); // its first day
    expect(costRateOn(rates, '2026-06-30')).toBe(4_000); // the day before the change
    expect(costRateOn(rates, '2026-07-01')).toBe(5_500); // the change's first day
    expect(costRateOn(rates, '2030-01-01')).toBe(5_500); // and every day after
  });

  it('is undefined before the first rate and for an empty history', () => {
    expect(costRateOn(rates, '2026-02-28')).toBeUndefined();
    expect(costRateOn([], '2026-03-01')).toBeUndefined();
  });

  it('does not need the history sorted', () => {
    const unsorted = [
      { from: '2026-07-01', rate: 5_500 },
      { from: '2026-03-01', rate: 4_000 },
    ] as CostRate[];
    expect(costRateOn(unsorted, '2026-08-15')).toBe(5_500);
    expect(costRateOn(unsorted, '2026-04-15')).toBe(4_000);
  });

  it('a rate of 0 is a rate (no cost from that day), not a missing one', () => {
    expect(costRateOn(history(['2026-01-01', 4_000], ['2026-05-01', 0]), '2026-05-02')).toBe(0);
  });

  it('firstCostDay is the earliest start', () => {
    expect(firstCostDay(rates)).toBe('2026-03-01');
    expect(firstCostDay([])).toBeUndefined();
  });
});

describe('the cost rate history schema', () => {
  it('stores the rates oldest first', () => {
    expect(history(['2026-07-01', 5_500], ['2026-03-01', 4_000]).map((rate) => rate.from)).toEqual(['2026-03-01', '2026-07-01']);
  });

  it('refuses two rates from the same day, a day that is not real and a negative or fractional rate', () => {
    expect(
      fieldErrorsOf(costRateHistorySchema, [
        { from: '2026-03-01', rate: 4_000 },
        { from: '2026-03-01', rate: 5_000 },
      ]),
    ).toEqual({ '1.from': 'Another cost rate already starts on this day' });
    expect(fieldErrorsOf(costRateHistorySchema, [{ from: '2026-02-30', rate: 4_000 }])).toEqual({
      '0.from': 'From must be a real day written YYYY-MM-DD',
    });
    expect(fieldErrorsOf(costRateHistorySchema, [{ from: '2026-03-01', rate: -1 }])).toEqual({
      '0.rate': 'Cost rate cannot be negative',
    });
    expect(fieldErrorsOf(costRateHistorySchema, [{ from: '2026-03-01', rate: 40.5 }])).toEqual({
      '0.rate': 'Cost rate must be a whole number of cents',
    });
  });
});
