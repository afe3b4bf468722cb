import { amountMinorForMinutes } from './units/money';
import type { CurrencyCode } from './units/money';
import type { DayKey } from './time/day-key';
import type { Expense } from './model/expense';
import type { TimeEntry } from './model/time-entry';

// Pure arithmetic behind the rollup tables. A rollup row is a sum of per-record figures, so an
// edit is "subtract the old record's figures, add the new one's" and a rebuild is "add them all".
// All money is minor units in the project's currency (one currency per project is an invariant
// the repositories keep); all durations are minutes; counts let empty rows be dropped.

export interface RollupFigures {
  minutes: number;
  billableMinutes: number;
  productionMinutes: number;
  accountMinutes: number;
  projectMinutes: number;
  /** Σ round(minutes × rate snapshot / 60) over all entries, minor units */
  amountMinor: number;
  /** the same over billable entries only */
  billableAmountMinor: number;
  expensesMinor: number;
  billableExpensesMinor: number;
  /** billableAmountMinor of the entries on a sent invoice (those with an invoiceId) */
  invoicedAmountMinor: number;
  /** billableExpensesMinor of the expenses on a sent invoice */
  invoicedExpensesMinor: number;
  /** Σ round(minutes × cost snapshot / 60) over the entries that have a cost snapshot, minor units */
  costMinor: number;
  /** entries that have a cost snapshot: entryCount − this are the ones still without a cost */
  costedEntryCount: number;
  entryCount: number;
  expenseCount: number;
}

export const FIGURE_KEYS = [
  'minutes',
  'billableMinutes',
  'productionMinutes',
  'accountMinutes',
  'projectMinutes',
  'amountMinor',
  'billableAmountMinor',
  'expensesMinor',
  'billableExpensesMinor',
  'invoicedAmountMinor',
  'invoicedExpensesMinor',
  'costMinor',
  'costedEntryCount',
  'entryCount',
  'expenseCount',
] as const satisfies readonly (keyof RollupFigures)[];

/** Everything logged on one project (table projectTotals, key projectId). */
export interface ProjectTotals extends RollupFigures {
  projectId: string;
  /** the currency of its entries and expenses; null only while it has none */
  currency: CurrencyCode | null;
  firstDay: DayKey | null;
  lastDay: DayKey | null;
}

/** Everything logged on one project on one local day (table projectDays, key [projectId+day]). */
export interface ProjectDay extends RollupFigures {
  projectId: string;
  day: DayKey;
  currency: CurrencyCode;
}

export function zeroFigures(): RollupFigures {
  return {
    minutes: 0,
    billableMinutes: 0,
    productionMinutes: 0,
    accountMinutes: 0,
    projectMinutes: 0,
    amountMinor: 0,
    billableAmountMinor: 0,
    expensesMinor: 0,
    billableExpensesMinor: 0,
    invoicedAmountMinor: 0,
    invoicedExpensesMinor: 0,
    costMinor: 0,
    costedEntryCount: 0,
    entryCount: 0,
    expenseCount: 0,
  };
}

/** The contribution of one entry; sign -1 removes it. */
export function figuresOfEntry(entry: TimeEntry, sign: 1 | -1 = 1): RollupFigures {
  const figures = zeroFigures();
  const amount = amountMinorForMinutes(entry.minutes, entry.rateSnapshot);
  figures.minutes = sign * entry.minutes;
  figures.billableMinutes = entry.billable ? sign * entry.minutes : 0;
  figures[`${entry.hat}Minutes`] = sign * entry.minutes;
  figures.amountMinor = sign * amount;
  figures.billableAmountMinor = entry.billable ? sign * amount : 0;
  figures.invoicedAmountMinor = entry.billable && entry.invoiceId ? sign * amount : 0;
  figures.costMinor = entry.costSnapshot ? sign * amountMinorForMinutes(entry.minutes, entry.costSnapshot) : 0;
  figures.costedEntryCount = entry.costSnapshot === undefined ? 0 : sign;
  figures.entryCount = sign;
  return figures;
}

/** The contribution of one expense; sign -1 removes it. */
export function figuresOfExpense(expense: Expense, sign: 1 | -1 = 1): RollupFigures {
  const figures = zeroFigures();
  figures.expensesMinor = sign * expense.amount;
  figures.billableExpensesMinor = expense.billable ? sign * expense.amount : 0;
  figures.invoicedExpensesMinor = expense.billable && expense.invoiceId ? sign * expense.amount : 0;
  figures.expenseCount = sign;
  return figures;
}

/** Adds `delta` into `target` in place and returns it. */
export function addFigures<T extends RollupFigures>(target: T, delta: RollupFigures): T {
  for (const key of FIGURE_KEYS) target[key] += delta[key];
  return target;
}

/** A row with no entries and no expenses left carries no information and is removed. */
export function isEmptyFigures(figures: RollupFigures): boolean {
  return figures.entryCount === 0 && figures.expenseCount === 0;
}

export function pickFigures(source: RollupFigures): RollupFigures {
  return addFigures(zeroFigures(), source);
}

/** Totals for a project with nothing logged yet (it has no projectTotals row). */
export function emptyTotals(projectId: string, currency: CurrencyCode | null = null): ProjectTotals {
  return { projectId, currency, firstDay: null, lastDay: null, ...zeroFigures() };
}

/**
 * Billable time and expenses not yet on a sent invoice, minor units (docs/product.md, "Uninvoiced"):
 * the figure for a time-and-materials project; fixed-fee and retainer projects bill a fee instead.
 */
export function uninvoicedMinor(figures: RollupFigures): number {
  return (
    figures.billableAmountMinor - figures.invoicedAmountMinor + figures.billableExpensesMinor - figures.invoicedExpensesMinor
  );
}

/** Spent money of a project: the time value (rate snapshots) plus expenses, minor units. */
export function spentMinor(totals: ProjectTotals): number {
  return totals.amountMinor + totals.expensesMinor;
}
