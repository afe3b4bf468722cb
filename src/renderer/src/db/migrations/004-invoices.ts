import { EARLIEST_COST_DAY } from '../../domain/model/cost-rate';
import type { Migration } from './migration';

// Version 4: invoices and their payments (issue 16). The two tables start empty. Entries and
// expenses gain an optional invoiceId (set when a sent invoice bills them) and an entry an optional
// cost snapshot; neither is indexed, so those tables do not change. The rollup rows gain four
// figures (invoiced time, invoiced expenses, cost, entries with a cost): nothing stored before this
// version is on an invoice or has a cost, so every old row gets them as 0, which is what a repair
// would compute.
// A teammate's single cost rate becomes a history of one rate from the earliest day (a rate of 0, or
// none, an empty history), in the teammates table and in teammates held by the trash.
//   invoices  clientId – a client's invoices (its page, deleting a client)
//             status   – open (sent) invoices for ageing and the uninvoiced figure
//             number   – every number already given, read as keys only, when the next one is made
//   payments  invoiceId – an invoice's payments (its balance, recording and deleting one)
const NEW_FIGURES = ['invoicedAmountMinor', 'invoicedExpensesMinor', 'costMinor', 'costedEntryCount'] as const;

export const migration004Invoices: Migration = {
  version: 4,
  name: 'invoices',
  stores: {
    invoices: 'id, clientId, status, number',
    payments: 'id, invoiceId',
  },
  async upgrade(tx) {
    for (const table of ['projectTotals', 'projectDays']) {
      await tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          for (const key of NEW_FIGURES) row[key] ??= 0;
        });
    }
    await tx
      .table('teammates')
      .toCollection()
      .modify((row: Record<string, unknown>) => costRateToHistory(row));
    await tx
      .table('trash')
      .toCollection()
      .modify((item: { payload?: { records?: { teammates?: Record<string, unknown>[] } } }) => {
        for (const row of item.payload?.records?.teammates ?? []) costRateToHistory(row);
      });
  },
};

/**
 * Version 3's `costRate` (minor units per hour) as a version 4 history: one rate from the earliest day.
 * A row that already holds a history (written in version 4's shape) keeps it.
 */
function costRateToHistory(row: Record<string, unknown>): void {
  if (!('costRate' in row)) {
    row.costRates ??= [];
    return;
  }
  const rate = row.costRate;
  delete row.costRate;
  row.costRates = typeof rate === 'number' && rate > 0 ? [{ from: EARLIEST_COST_DAY, rate }] : [];
}
