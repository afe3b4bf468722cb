import { describe, expect, it } from 'vitest';
import { RollupAccumulator } from '../../../src/renderer/src/domain/rollup-accumulator';
import { figuresOfEntry, figuresOfExpense, uninvoicedMinor, zeroFigures } from '../../../src/renderer/src/domain/rollup-figures';
import { validate } from '../../../src/renderer/src/domain/validation';
import { timeEntrySchema } from '../../../src/renderer/src/domain/model/time-entry';
import type { TimeEntryInput } from '../../../src/renderer/src/domain/model/time-entry';
import { expenseSchema } from '../../../src/renderer/src/domain/model/expense';

function entry(overrides: Partial<TimeEntryInput>) {
  return validate(timeEntrySchema, {
    projectId: 'p1',
    startedAt: '2026-03-02T08:00:00.000Z',
    day: '2026-03-02',
    minutes: 90,
    hat: 'production',
    billable: true,
    rateSnapshot: 10_000,
    currency: 'EUR',
    ...overrides,
  });
}

describe('rollup figures', () => {
  it('values one entry and its removal', () => {
    expect(figuresOfEntry(entry({ minutes: 7, rateSnapshot: 1_234, hat: 'account', billable: false }))).toEqual({
      minutes: 7,
      billableMinutes: 0,
      productionMinutes: 0,
      accountMinutes: 7,
      projectMinutes: 0,
      amountMinor: 144,
      billableAmountMinor: 0,
      expensesMinor: 0,
      billableExpensesMinor: 0,
      invoicedAmountMinor: 0,
      invoicedExpensesMinor: 0,
      costMinor: 0,
      costedEntryCount: 0,
      entryCount: 1,
      expenseCount: 0,
    });
    expect(figuresOfEntry(entry({}), -1)).toMatchObject({
      minutes: -90,
      billableMinutes: -90,
      amountMinor: -15_000,
      entryCount: -1,
    });
  });

  it('counts an invoiced billable entry or expense as invoiced, and an entry’s cost from its snapshot', () => {
    // 90 min at 100.00/h = 150.00; at a cost of 45.67/h: 90 × 4,567 / 60 = 6,850.5, rounded half away = 6,851
    expect(figuresOfEntry(entry({ invoiceId: 'inv1', costSnapshot: 4_567 }))).toMatchObject({
      billableAmountMinor: 15_000,
      invoicedAmountMinor: 15_000,
      costMinor: 6_851,
    });
    expect(figuresOfEntry(entry({ invoiceId: 'inv1', costSnapshot: 4_567 }), -1)).toMatchObject({
      invoicedAmountMinor: -15_000,
      costMinor: -6_851,
    });
    // Not billable: never invoiced money, whatever it carries; its cost still counts.
    expect(figuresOfEntry(entry({ billable: false, invoiceId: 'inv1', costSnapshot: 6_000 }))).toMatchObject({
      invoicedAmountMinor: 0,
      costMinor: 9_000,
    });
    const expense = (input: { billable: boolean; invoiceId?: string }) =>
      validate(expenseSchema, { projectId: 'p1', day: '2026-03-05', amount: 2_500, currency: 'EUR', ...input });
    expect(figuresOfExpense(expense({ billable: true, invoiceId: 'inv1' }))).toMatchObject({ invoicedExpensesMinor: 2_500 });
    expect(figuresOfExpense(expense({ billable: true }))).toMatchObject({ invoicedExpensesMinor: 0 });
    expect(figuresOfExpense(expense({ billable: false, invoiceId: 'inv1' }))).toMatchObject({ invoicedExpensesMinor: 0 });
  });

  it('accumulates per project and day, with first and last days', () => {
    const acc = new RollupAccumulator();
    acc.addEntry(entry({ day: '2026-03-03', minutes: 60 }));
    acc.addEntry(entry({ day: '2026-03-02', minutes: 30, hat: 'project' }));
    acc.addEntry(entry({ day: '2026-03-03', minutes: 15, billable: false }));
    acc.addEntry(entry({ projectId: 'p2', currency: 'USD', minutes: 60, rateSnapshot: 5_000 }));
    acc.addExpense(
      validate(expenseSchema, { projectId: 'p1', day: '2026-03-05', amount: 2_500, currency: 'EUR', billable: false }),
    );
    expect(
      figuresOfExpense(validate(expenseSchema, { projectId: 'p1', day: '2026-03-05', amount: 1, currency: 'EUR' })),
    ).toMatchObject({
      expensesMinor: 1,
      billableExpensesMinor: 1,
      expenseCount: 1,
    });
    const days = acc.projectDays();
    expect(days.map((row) => [row.projectId, row.day, row.minutes, row.amountMinor, row.expensesMinor])).toEqual([
      ['p1', '2026-03-02', 30, 5_000, 0],
      ['p1', '2026-03-03', 75, 12_500, 0],
      ['p1', '2026-03-05', 0, 0, 2_500],
      ['p2', '2026-03-02', 60, 5_000, 0],
    ]);
    const [p1, p2] = acc.projectTotals();
    expect(p1).toMatchObject({
      projectId: 'p1',
      currency: 'EUR',
      firstDay: '2026-03-02',
      lastDay: '2026-03-05',
      minutes: 105,
      billableMinutes: 90,
      productionMinutes: 75,
      projectMinutes: 30,
      amountMinor: 17_500,
      billableAmountMinor: 15_000,
      expensesMinor: 2_500,
      billableExpensesMinor: 0,
      entryCount: 3,
      expenseCount: 1,
    });
    expect(p2).toMatchObject({ projectId: 'p2', currency: 'USD', minutes: 60, amountMinor: 5_000 });
  });
});

describe('uninvoicedMinor', () => {
  it('is billable time and expenses less what sent invoices already bill', () => {
    const figures = {
      ...zeroFigures(),
      billableAmountMinor: 50_000,
      invoicedAmountMinor: 30_000,
      billableExpensesMinor: 4_500,
      invoicedExpensesMinor: 1_000,
    };
    // (50,000 − 30,000) + (4,500 − 1,000) = 23,500
    expect(uninvoicedMinor(figures)).toBe(23_500);
    expect(uninvoicedMinor(zeroFigures())).toBe(0);
  });
});
