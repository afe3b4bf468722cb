import type { Migration } from './migration';

// Version 4: invoices and their payments (issue 16). The two tables start empty. Entries and
// expenses gain an optional invoiceId (set when a sent invoice bills them) and an entry an optional
// cost snapshot; neither is indexed, so those tables do not change. The rollup rows gain three
// figures (invoiced time, invoiced expenses, cost): nothing stored before this version is on an
// invoice or has a cost, so every old row gets them as 0, which is what a repair would compute.
//   invoices  clientId – a client's invoices (its page, deleting a client)
//             status   – open (sent) invoices for ageing and the uninvoiced figure
//             number   – every number already given, read as keys only, when the next one is made
//   payments  invoiceId – an invoice's payments (its balance, recording and deleting one)
const NEW_FIGURES = ['invoicedAmountMinor', 'invoicedExpensesMinor', 'costMinor'] as const;

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
  },
};
